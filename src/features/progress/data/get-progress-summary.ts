// Reads the learner's progress records into a summary for the progress page.
import { useLiveQuery } from 'dexie-react-hooks';
import type { KrokDatabase } from '@/db/database';
import { getDatabase } from '@/db/database';

export type ProgressSummary = { started: number; finished: number };

/** Counts lessons started (not finished) and finished; tombstoned records are ignored. */
export async function getProgressSummary(db: KrokDatabase): Promise<ProgressSummary> {
  const records = await db.progress.toArray();
  let started = 0;
  let finished = 0;
  for (const record of records) {
    if (record.deleted) continue;
    if (record.completedAt) finished += 1;
    else started += 1;
  }
  return { started, finished };
}

/** The live summary; undefined while it is first read. */
export function useProgressSummary(): ProgressSummary | undefined {
  return useLiveQuery(() => getProgressSummary(getDatabase()), []);
}
