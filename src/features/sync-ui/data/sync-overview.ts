// What the sync screen reads and does: the stored server settings, the sync status written by the
// syncing tab, the changes waiting and the records the server refused (live, from every tab), saving
// settings (which restarts sync), the connection check, the sync file and the staff sign-out.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/db/database';
import type { SyncedType } from '@/db/records';
import {
  countDirty,
  listQuarantine,
  type QuarantineEntry,
  readSyncState,
  wipeSyncedData,
} from '@/db/sync-store';
import type { ServerSettings } from '@/sync/couch-client';
import {
  CONFLICTS_RESOLVED_KEY,
  restartSyncEverywhere,
  STATUS_KEY,
  type SyncStatus,
  stopSync,
  syncNow,
} from '@/sync/scheduler';
import { checkConnection, readServerSettings, writeServerSettings } from '@/sync/server-settings';
import { exportSyncFile, importSyncFile, parseSyncFile } from '@/sync/sync-file';

export type SyncOverview = {
  settings: ServerSettings | undefined;
  status: SyncStatus | undefined;
  waiting: number;
  refused: QuarantineEntry[];
  /** Server conflicts this device merged (two edits of one record kept side by side on the server). */
  conflictsResolved: number;
};

/** The staff data a sign-out removes: the roster and workshops. Learners' own progress stays. */
const STAFF_TYPES: readonly SyncedType[] = ['member', 'group', 'membership', 'session', 'attendance'];

/** The live overview, or undefined while loading (or when storage cannot be read). */
export function useSyncOverview(): SyncOverview | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [settings, status, waiting, refused, resolved] = await Promise.all([
      readServerSettings(db),
      readSyncState(db, STATUS_KEY) as Promise<SyncStatus | undefined>,
      countDirty(db),
      listQuarantine(db),
      readSyncState(db, CONFLICTS_RESOLVED_KEY),
    ]);
    const conflictsResolved = typeof resolved === 'number' ? resolved : 0;
    return { settings, status, waiting, refused, conflictsResolved };
  }, []);
}

export const syncActions = {
  check: (settings: ServerSettings) => checkConnection(settings),
  /** Stores the settings and starts syncing with them. Rejects with StorageProblem. */
  async save(settings: ServerSettings): Promise<void> {
    await writeServerSettings(getDatabase(), settings);
    await restartSyncEverywhere(getDatabase());
  },
  syncNow,
  /** Stops syncing and wipes the staff data and sync settings of this device. Rejects with StorageProblem. */
  async signOut(): Promise<void> {
    stopSync();
    await wipeSyncedData(getDatabase(), STAFF_TYPES);
    // Other tabs find no settings now and stop.
    await restartSyncEverywhere(getDatabase());
  },
  exportFile: (since?: Date) => exportSyncFile(getDatabase(), since),
  /** Parses and imports a file; throws SyncFileError for a refused file, StorageProblem for storage. */
  importFile: (text: string) => importSyncFile(getDatabase(), parseSyncFile(text)),
};
