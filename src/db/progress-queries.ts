// Reads of learners' progress records shared by the features that show progress.
import type { KrokDatabase } from '@/db/database';
import { getActiveProfileId } from '@/db/profiles';
import { isLive, type ProgressRecord } from '@/db/records';
import { withStorage } from '@/db/storage-problems';

/** The live progress records of one learner, newest change first. Rejects with StorageProblem. */
export async function listProgress(db: KrokDatabase, owner: string): Promise<ProgressRecord[]> {
  const records = await withStorage(() => db.progress.where('owner').equals(owner).toArray());
  return records
    .filter(isLive)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The active learner's progress records, newest change first. Rejects with StorageProblem. */
export async function listActiveProgress(db: KrokDatabase): Promise<ProgressRecord[]> {
  return listProgress(db, await getActiveProfileId(db));
}
