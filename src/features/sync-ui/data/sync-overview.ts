// What the sync screen reads and does: the stored server settings, the sync status written by the
// syncing tab, the changes waiting and the records the server refused (live, from every tab), saving
// settings (which restarts sync), the connection check, the sync file and the staff sign-out.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/db/database';
import type { SyncedType } from '@/db/records';
import {
  countDirty,
  type IncomingRefusal,
  listQuarantine,
  listRefusedIncoming,
  type QuarantineEntry,
  readSyncState,
  wipeSyncedData,
} from '@/db/sync-store';
import { type ServerSettings, signOut } from '@/sync/couch-client';
import {
  CONFLICTS_RESOLVED_KEY,
  restartSyncEverywhere,
  STATUS_KEY,
  type SyncStatus,
  stopSync,
  syncNow,
} from '@/sync/scheduler';
import {
  type ConnectionCheck,
  checkConnection,
  pairDevice,
  readServerSettings,
  signInDevice,
  writeServerSettings,
} from '@/sync/server-settings';
import { exportSyncFile, importSyncFile, parseSyncFile, readSyncFileText } from '@/sync/sync-file';

export type SyncOverview = {
  settings: ServerSettings | undefined;
  status: SyncStatus | undefined;
  waiting: number;
  refused: QuarantineEntry[];
  /** Records from the server or a sync file refused at the boundary (never applied). */
  refusedIncoming: IncomingRefusal[];
  /** Server conflicts this device merged (two edits of one record kept side by side on the server). */
  conflictsResolved: number;
};

/** The staff data a sign-out removes: the roster and workshops. Learners' own progress stays. */
const STAFF_TYPES: readonly SyncedType[] = ['member', 'group', 'membership', 'session', 'attendance'];

/** The live overview, or undefined while loading (or when storage cannot be read). */
export function useSyncOverview(): SyncOverview | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const [settings, status, waiting, refused, refusedIncoming, resolved] = await Promise.all([
      readServerSettings(db),
      readSyncState(db, STATUS_KEY) as Promise<SyncStatus | undefined>,
      countDirty(db),
      listQuarantine(db),
      listRefusedIncoming(db),
      readSyncState(db, CONFLICTS_RESOLVED_KEY),
    ]);
    const conflictsResolved = typeof resolved === 'number' ? resolved : 0;
    return { settings, status, waiting, refused, refusedIncoming, conflictsResolved };
  }, []);
}

export const syncActions = {
  check: (settings: ServerSettings) => checkConnection(settings),
  /**
   * Signs the device in (the browser keeps the session cookie), then stores the settings without the
   * password and starts syncing. Resolves to 'ok' or why signing in failed (then nothing is stored).
   * Rejects with StorageProblem.
   */
  async save(settings: ServerSettings): Promise<ConnectionCheck> {
    const signedIn = await signInDevice(settings);
    if (signedIn !== 'ok') return signedIn;
    await writeServerSettings(getDatabase(), settings);
    await restartSyncEverywhere(getDatabase());
    return 'ok';
  },
  /**
   * Pairs the device with a coordinator's pairing code: signs in with the account it carries, voids the
   * code (the account gets a new password nobody knows), stores no password and starts syncing. Resolves to the account, 'notCode' for text that is not a pairing
   * code, or why signing in failed. Rejects with StorageProblem.
   */
  async pair(code: string): Promise<{ user: string } | 'notCode' | Exclude<ConnectionCheck, 'ok'>> {
    const { result, settings } = await pairDevice(code);
    if (result !== 'ok' || settings === undefined) return result === 'ok' ? 'badResponse' : result;
    await writeServerSettings(getDatabase(), settings);
    await restartSyncEverywhere(getDatabase());
    return { user: settings.user };
  },
  syncNow,
  /** Stops syncing and wipes the staff data and sync settings of this device. Rejects with StorageProblem. */
  async signOut(): Promise<void> {
    stopSync();
    const settings = await readServerSettings(getDatabase()).catch(() => undefined);
    if (settings !== undefined) await signOut(settings);
    await wipeSyncedData(getDatabase(), STAFF_TYPES);
    // Other tabs find no settings now and stop.
    await restartSyncEverywhere(getDatabase());
  },
  exportFile: (since?: Date) => exportSyncFile(getDatabase(), since),
  /**
   * Checks a chosen file's size, parses and imports it; throws SyncFileError for a refused file,
   * StorageProblem for storage.
   */
  importFile: async (file: Blob) =>
    importSyncFile(getDatabase(), parseSyncFile(await readSyncFileText(file))),
};
