// Starts the sync scheduler on a device where staff set up a server (it does nothing elsewhere). Loaded
// as its own chunk after the page has loaded, so learners' first paint never waits for sync code.
import { getDatabase } from '@/db/database';
import { startSync } from '@/sync/scheduler';

export function startSyncIfSetUp(): Promise<void> {
  return startSync(getDatabase());
}
