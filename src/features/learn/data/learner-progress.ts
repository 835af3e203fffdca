// The active learner's progress across lessons, for the home page (continue, per-module counts).
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/db/database';
import { listActiveProgress } from '@/db/progress-queries';
import type { ProgressRecord } from '@/db/records';

/** Live list of the active learner's progress, newest first; undefined while loading or unreadable. */
export function useLearnerProgress(): ProgressRecord[] | undefined {
  return useLiveQuery(() => listActiveProgress(getDatabase()).catch(() => []), []);
}
