// The active learner's progress across lessons, for the home page (continue, per-module counts).
// Loaded after the home page's first paint, so the database stays off the start-up path.
import { liveQuery } from 'dexie';
import { getDatabase } from '@/db/database';
import { listActiveProgress } from '@/db/progress-queries';
import type { ProgressRecord } from '@/db/records';

/**
 * Calls `onChange` with the active learner's progress (newest first) now and after every change,
 * until the returned function is called. An unreadable database reports an empty list.
 */
export function watchLearnerProgress(onChange: (records: ProgressRecord[]) => void): () => void {
  const subscription = liveQuery(() => listActiveProgress(getDatabase())).subscribe({
    next: onChange,
    error: () => onChange([]),
  });
  return () => subscription.unsubscribe();
}
