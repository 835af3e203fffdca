// Reads the active learner's progress records for the progress page.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { listActiveProgress, listProgress } from '@/db/progress-queries';
import type { ProgressRecord } from '@/db/records';

export type ProgressSummary = {
  started: number;
  finished: number;
  byLesson: ReadonlyMap<string, ProgressRecord>;
};

function summarize(records: ProgressRecord[]): ProgressSummary {
  let started = 0;
  let finished = 0;
  const byLesson = new Map<string, ProgressRecord>();
  for (const record of records) {
    byLesson.set(record.lessonId, record);
    if (record.completedAt) finished += 1;
    else started += 1;
  }
  return { started, finished, byLesson };
}

/** Counts lessons started (not finished) and finished by one learner; tombstones are ignored. */
export async function getProgressSummary(db: KrokDatabase, owner = 'default'): Promise<ProgressSummary> {
  return summarize(await listProgress(db, owner));
}

/** The live summary of the active learner; undefined while it is first read. */
export function useProgressSummary(): ProgressSummary | undefined {
  return useLiveQuery(async () => summarize(await listActiveProgress(getDatabase())), []);
}
