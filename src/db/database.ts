// The one Dexie database of the app: its typed tables, the schema versions from schema.ts, the app-wide
// instance, the hybrid logical clock of each instance, and the reactions to other tabs (blocked
// upgrades, newer versions).
//
// Other tabs: when a newer copy of the app upgrades the database, this connection receives
// `versionchange`. Dexie 4's built-in handler (registered in the Dexie constructor) closes the
// connection with auto-open left on, so the newer tab's upgrade can go ahead; we only add a report
// ('versionTooNew') so the UI can ask for a reload. Dexie 4 opens a database with a higher version than
// declared instead of failing with VersionError, so the report is what tells an old tab to reload.
// When our own upgrade waits for an older tab that does not close, Dexie fires `blocked`: reported as
// 'blocked'; the upgrade continues by itself once that tab closes.

import { Dexie, type Table } from 'dexie';
import { getDeviceId } from '@/db/device';
import { createClock, type HlcClock, type HlcStamp, isStamp, MAX_CLOCK_DRIFT_MS, parseStamp } from '@/db/hlc';
import {
  type MetaRecord,
  type ProfileRecord,
  type SettingRecord,
  type StoredRecord,
  SYNCED_TYPES,
  type SyncedType,
  type SyncStateRecord,
} from '@/db/records';
import { SCHEMA_VERSIONS, SYNCED_TABLES } from '@/db/schema';
import { reportStorageProblem, StorageProblem, withStorage } from '@/db/storage-problems';

export const DEFAULT_DATABASE_NAME = 'krok-po-kroku';

export class KrokDatabase extends Dexie {
  declare readonly members: Table<StoredRecord<'member'>, string>;
  declare readonly groups: Table<StoredRecord<'group'>, string>;
  declare readonly memberships: Table<StoredRecord<'membership'>, string>;
  declare readonly sessions: Table<StoredRecord<'session'>, string>;
  declare readonly attendance: Table<StoredRecord<'attendance'>, string>;
  declare readonly progress: Table<StoredRecord<'progress'>, string>;
  declare readonly assessments: Table<StoredRecord<'assessment'>, string>;
  declare readonly settings: Table<SettingRecord, string>;
  declare readonly profiles: Table<ProfileRecord, string>;
  declare readonly syncState: Table<SyncStateRecord, string>;
  declare readonly meta: Table<MetaRecord, string>;

  constructor(name: string) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
    this.on('blocked', () => {
      reportStorageProblem(new StorageProblem('blocked'));
    });
    this.on('versionchange', (event) => {
      // newVersion is null when another tab deletes the database (logout): nothing to ask the user.
      if (event.newVersion !== null) reportStorageProblem(new StorageProblem('versionTooNew'));
      // Returning nothing lets Dexie's own handler run next and close this connection.
    });
  }
}

/**
 * Returns a new, not yet opened database instance; it opens on first use. Never throws; opening
 * failures surface from the first call that uses it (as StorageProblem through src/db functions).
 */
export function createDatabase(name: string = DEFAULT_DATABASE_NAME): KrokDatabase {
  return new KrokDatabase(name);
}

let appDatabase: KrokDatabase | undefined;

/** Returns the app's database, created on the first call. Never throws. */
export function getDatabase(): KrokDatabase {
  appDatabase ??= createDatabase();
  return appDatabase;
}

/** Returns the table that holds records of a synced type (live records and tombstones). */
export function syncedTable<T extends SyncedType>(db: KrokDatabase, type: T): Table<StoredRecord<T>, string> {
  return db.table(SYNCED_TABLES[type]);
}

/**
 * Returns the newest well-formed `updatedAt` stored in any synced table for which `usable` holds, or
 * undefined when there is none. Reads the updatedAt index from the newest entry until a usable one. Rejects with StorageProblem.
 */
export function newestStoredStamp(
  db: KrokDatabase,
  usable: (stamp: HlcStamp) => boolean = () => true,
): Promise<HlcStamp | undefined> {
  const tables = SYNCED_TYPES.map((type) => syncedTable(db, type));
  return withStorage(() =>
    db.transaction('r', tables, async () => {
      const newest = await Promise.all(
        tables.map((table) =>
          table
            .orderBy('updatedAt')
            .reverse()
            .filter((record) => isStamp(record.updatedAt) && usable(record.updatedAt))
            .first(),
        ),
      );
      // Stamps sort as text in clock order, so the plain string sort finds the newest.
      return newest
        .map((record) => record?.updatedAt)
        .filter(isStamp)
        .sort()
        .at(-1);
    }),
  );
}

const clocks = new WeakMap<KrokDatabase, Promise<HlcClock>>();
/** The clocks that have finished loading, for writes that must start without waiting a turn. */
const loadedClocks = new WeakMap<KrokDatabase, HlcClock>();

async function loadClock(db: KrokDatabase): Promise<HlcClock> {
  const deviceId = await getDeviceId(db);
  const clock = createClock(deviceId);
  // The newest stamp the clock may seed from: ours, or another device's within the drift window.
  const newest = await newestStoredStamp(db, (stamp) => {
    const { ms, node } = parseStamp(stamp);
    return node === deviceId || ms - Date.now() <= MAX_CLOCK_DRIFT_MS;
  });
  if (newest !== undefined) clock.seed(newest);
  return clock;
}

/**
 * Returns the clock of this database instance. The first call opens the database, reads the device id
 * and seeds the clock with the newest stored stamp, so stamps never go backwards across restarts even if
 * the wall clock does. Rejects with StorageProblem (not cached: the next call tries again).
 */
export function getClock(db: KrokDatabase): Promise<HlcClock> {
  const cached = clocks.get(db);
  if (cached !== undefined) return cached;
  const loading = loadClock(db);
  clocks.set(db, loading);
  loading.then(
    (clock) => {
      if (clocks.get(db) === loading) loadedClocks.set(db, clock);
    },
    () => {
      if (clocks.get(db) === loading) clocks.delete(db);
    },
  );
  return loading;
}

/** The clock of this database instance if getClock has already loaded it, else undefined. */
export function loadedClock(db: KrokDatabase): HlcClock | undefined {
  return loadedClocks.get(db);
}
