// The one write path for synced records: every feature saves, updates and deletes members, groups,
// sessions, attendance, progress and assessments through these functions, which fill the sync envelope
// (id, HLC stamp, device id, dirty flag, base rev) in one transaction, keeping the synced copy of a clean
// record as its base copy for a later merge (rememberBase). Also the readers that hide tombstones.
// The sync engine applies pulled records through its own path (it must not mark them dirty).

import type { Table, Transaction } from 'dexie';
import { markProgressStored } from '@/db/boot-hints';
import { getClock, type KrokDatabase, loadedClock, syncedTable } from '@/db/database';
import { getDeviceId, loadedDeviceId } from '@/db/device';
import { type HlcClock, isStamp } from '@/db/hlc';
import { requestPersistence } from '@/db/persist';
import { mergeProgress } from '@/db/progress-merge';
import {
  attendanceId,
  isLive,
  progressId,
  REVIVABLE_TYPES,
  type StoredRecord,
  type SyncedFieldsMap,
  type SyncedRecordMap,
  type SyncedType,
  TOMBSTONE_FIELDS,
} from '@/db/records';
import { StorageProblem, withStorage } from '@/db/storage-problems';
import { forgetBase, rememberBase } from '@/db/sync-store';
import { newId } from '@/db/ulid';

/** Domain fields of a new or replaced record; `id` is optional (a ULID or the derived id is assigned). */
export type RecordInput<T extends SyncedType> = SyncedFieldsMap[T] & { id?: string };
/** Fields to change in a stored record; a field set to undefined is removed. */
export type RecordChanges<T extends SyncedType> = Partial<SyncedFieldsMap[T]>;

/** Thrown (before anything is written) when an id contradicts the record's deterministic id. */
export class RecordIdError extends Error {
  override readonly name = 'RecordIdError';
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'updatedAt',
  'updatedBy',
  'deleted',
  'rev',
  'dirty',
]);

/** Types whose id is made of two fields; those fields cannot change after creation. */
const DERIVED_IDS: {
  readonly [T in SyncedType]?: { fields: readonly [string, string]; make: (a: string, b: string) => string };
} = {
  attendance: { fields: ['sessionId', 'memberId'], make: attendanceId },
  progress: { fields: ['owner', 'lessonId'], make: progressId },
};

type Fields = Record<string, unknown>;

/**
 * The fields a save stores over a stored copy: the new ones over the old, except that a learner's
 * progress never moves backwards (mergeProgress), whichever tab or device saves last.
 */
function combine(type: SyncedType, base: object | undefined, domain: Fields): Fields {
  const stored = domainFields(base);
  if (type === 'progress' && base !== undefined && (base as { deleted?: boolean }).deleted !== true)
    return mergeProgress(stored, domain);
  return { ...stored, ...domain };
}

function domainFields(source: object | undefined): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(source ?? {})) {
    if (!ENVELOPE_KEYS.has(key)) fields[key] = value;
  }
  return fields;
}

function derivedId(type: SyncedType, fields: Fields): string | undefined {
  const rule = DERIVED_IDS[type];
  if (rule === undefined) return undefined;
  const [first, second] = rule.fields.map((key) => fields[key]);
  return typeof first === 'string' && typeof second === 'string' ? rule.make(first, second) : undefined;
}

type WriteContext<T extends SyncedType> = {
  table: Table<StoredRecord<T>, string>;
  clock: HlcClock;
  deviceId: string;
};

async function writeContext<T extends SyncedType>(db: KrokDatabase, type: T): Promise<WriteContext<T>> {
  const [clock, deviceId] = await Promise.all([getClock(db), getDeviceId(db)]);
  return { table: syncedTable(db, type), clock, deviceId };
}

/**
 * The write context without waiting a turn, once clock and device id are loaded (every write after the
 * first): the transaction then starts in the caller's own task, e.g. before React renders the screen
 * that a tap changed, instead of after it.
 */
function loadedWriteContext<T extends SyncedType>(db: KrokDatabase, type: T): WriteContext<T> | undefined {
  const clock = loadedClock(db);
  const deviceId = loadedDeviceId(db);
  if (clock === undefined || deviceId === undefined) return undefined;
  return { table: syncedTable(db, type), clock, deviceId };
}

/**
 * Asks IndexedDB to commit `transaction` (the one the scope function was given, never whichever
 * transaction happens to be current) at once; call it right after issuing its last request. Without it the commit waits for that request's answer to come back to the
 * page first, a round trip that, after a tap, comes only after the next frame is drawn.
 */
function commitNow(transaction: Transaction): void {
  try {
    transaction.idbtrans?.commit?.();
  } catch {
    // Already committing or finished: IndexedDB commits it anyway.
  }
}

/** The id a saved record gets, and its domain fields. Throws RecordIdError (see saveRecord). */
function resolveId(type: SyncedType, fields: RecordInput<SyncedType>): { id: string; domain: Fields } {
  const domain = domainFields(fields);
  const derived = derivedId(type, domain);
  const { id: givenId } = fields;
  if (givenId === '' || (givenId !== undefined && derived !== undefined && givenId !== derived)) {
    throw new RecordIdError(`A ${type} record with these fields must have id ${derived ?? '(not empty)'}`);
  }
  return { id: givenId ?? derived ?? newId(), domain };
}

/**
 * Throws RecordIdError when a save would bring a deleted member, group or session back (a restore is
 * a new record; the server refuses it too).
 */
function refuseRevival(type: SyncedType, id: string, stored: { deleted?: unknown } | undefined): void {
  if (stored?.deleted === true && !REVIVABLE_TYPES.has(type)) {
    throw new RecordIdError(`The ${type} record ${id} was deleted; a restore is a new record`);
  }
}

/** withStorage, except that a RecordIdError thrown inside the transaction (which aborts it) stays one. */
async function withStorageOrRefusal<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await withStorage(operation);
  } catch (error) {
    if (error instanceof StorageProblem && error.cause instanceof RecordIdError) throw error.cause;
    throw error;
  }
}

/** Fills the envelope: a stamp later than the stored copy's (another tab may have written it). */
function stamp(
  context: { clock: HlcClock; deviceId: string },
  id: string,
  fields: Fields,
  stored: { updatedAt: unknown; rev?: string } | undefined,
): Fields {
  if (stored !== undefined && isStamp(stored.updatedAt)) context.clock.seed(stored.updatedAt);
  const record: Fields = {
    ...fields,
    id,
    updatedAt: context.clock.tick(),
    updatedBy: context.deviceId,
    dirty: 1,
  };
  if (stored?.rev !== undefined) record.rev = stored.rev;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) delete record[key];
  }
  return record;
}

const persistenceRequested = new WeakSet<KrokDatabase>();

/**
 * After a successful write: note stored progress for boot.js, and (the first time) ask for persistent
 * storage, in the background, errors ignored.
 */
function afterWrite(db: KrokDatabase, type?: SyncedType): void {
  if (type === 'progress') markProgressStored();
  if (persistenceRequested.has(db)) return;
  persistenceRequested.add(db);
  requestPersistence(db).catch(() => undefined);
}

/**
 * Saves a record: assigns the id (given, deterministic for attendance and progress, else a new ULID),
 * merges the fields over the stored copy (fields not given are kept; a tombstone of a membership,
 * attendance mark, progress or assessment is revived, one of a member, group or session refused), stamps
 * `updatedAt`, sets `updatedBy` to this device, `dirty` to 1 and keeps the stored `rev`.
 * Envelope fields in `fields` are ignored. Returns the stored record.
 * Throws RecordIdError when a given id contradicts the deterministic id or names a deleted member, group
 * or session; rejects with StorageProblem
 * ('full' when the disk is full), in which case nothing was written.
 */
export async function saveRecord<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  fields: RecordInput<T>,
): Promise<SyncedRecordMap[T]> {
  const { id, domain } = resolveId(type, fields);
  const context = loadedWriteContext(db, type) ?? (await writeContext(db, type));
  const saved = await withStorageOrRefusal(() =>
    db.transaction('rw', [context.table, db.syncState], async (transaction) => {
      const stored = await context.table.get(id);
      refuseRevival(type, id, stored);
      const record = stamp(context, id, combine(type, stored, domain), stored);
      // Both writes are issued before the commit is asked for (rememberBase writes only for a clean record).
      const remembering = rememberBase(db, type, stored);
      const written = context.table.put(record as StoredRecord<T>);
      commitNow(transaction);
      await Promise.all([remembering, written]);
      return record as SyncedRecordMap[T];
    }),
  );
  afterWrite(db, type);
  return saved;
}

/** Whether two stored copies are the same version (both absent, or the same stamp and base rev). */
function sameVersion(
  a: { updatedAt: unknown; rev?: string } | undefined,
  b: { updatedAt: unknown; rev?: string } | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.updatedAt === b.updatedAt && a.rev === b.rev;
}

/** Saves of one record type that need not read before they write: see createRecordWriter. */
export type RecordWriter<T extends SyncedType> = {
  /** Reads a record like getRecord, and remembers the stored copy for the next save. */
  get(id: string): Promise<SyncedRecordMap[T] | undefined>;
  /** Saves like saveRecord; resolves when committed, with the record as stored. */
  save(fields: RecordInput<T>): Promise<SyncedRecordMap[T]>;
};

/**
 * A writer for records that one screen saves again and again, such as a lesson's progress at every step.
 * It remembers, per id, the stored copy its last save left (or its `get` read), so the next save stamps
 * the record at once and asks IndexedDB to commit it in the same task as the tap that caused it.
 * (saveRecord must first read the stored copy, and after a tap that read comes back only after the next
 * frame is drawn: then the write and the commit take another round trip.)
 * The stored copy is still read in the same transaction. If it is not the remembered one (another tab or
 * the sync wrote it meanwhile), the save writes once more over that copy, as saveRecord would have, and
 * resolves after that. Saves of one id run one after another; an id the writer knows nothing about is
 * saved by saveRecord.
 */
export function createRecordWriter<T extends SyncedType>(db: KrokDatabase, type: T): RecordWriter<T> {
  const known = new Map<string, StoredRecord<T> | undefined>();
  /** The last save of each id, so the next one starts after it. */
  const running = new Map<string, Promise<unknown>>();

  async function saveKnown(
    context: WriteContext<T>,
    id: string,
    domain: Fields,
    expected: StoredRecord<T> | undefined,
  ): Promise<SyncedRecordMap[T]> {
    const record = stamp(context, id, combine(type, expected, domain), expected);
    const found = await withStorage(() =>
      db.transaction('rw', [context.table, db.syncState], async (transaction) => {
        const reading = context.table.get(id);
        const remembering = rememberBase(db, type, expected);
        const writing = context.table.put(record as StoredRecord<T>);
        commitNow(transaction);
        const [stored] = await Promise.all([reading, writing, remembering]);
        return stored;
      }),
    );
    afterWrite(db, type);
    if (sameVersion(found, expected)) return record as SyncedRecordMap[T];
    // Someone else wrote `found` after the copy this writer knew: write the fields again over their
    // copy (or over a still later one, if they wrote again), as saveRecord would have.
    return withStorage(() =>
      db.transaction('rw', [context.table, db.syncState], async () => {
        const current = await context.table.get(id);
        const base = sameVersion(current, record as StoredRecord<T>) ? found : current;
        const merged = stamp(context, id, combine(type, base, domain), base);
        await rememberBase(db, type, base);
        await context.table.put(merged as StoredRecord<T>);
        return merged as SyncedRecordMap[T];
      }),
    );
  }

  async function save(fields: RecordInput<T>, id: string, domain: Fields): Promise<SyncedRecordMap[T]> {
    const context = loadedWriteContext(db, type);
    const saved =
      context !== undefined && known.has(id)
        ? await saveKnown(context, id, domain, known.get(id))
        : await saveRecord(db, type, fields);
    known.set(id, saved as StoredRecord<T>);
    return saved;
  }

  return {
    async get(id) {
      // The clock and device id load meanwhile, so the first save after this read starts at once too
      // (a failure there is the save's to report).
      writeContext(db, type).catch(() => undefined);
      const stored = await withStorage(() => syncedTable(db, type).get(id));
      known.set(id, stored);
      return stored !== undefined && isLive(stored) ? stored : undefined;
    },
    save(fields) {
      let resolved: { id: string; domain: Fields };
      try {
        resolved = resolveId(type, fields);
      } catch (error) {
        return Promise.reject(error);
      }
      const { id, domain } = resolved;
      const before = running.get(id);
      const saving = before
        ? before.then(
            () => save(fields, id, domain),
            () => save(fields, id, domain),
          )
        : save(fields, id, domain);
      // A failed save leaves the stored copy unknown: the next one reads it first.
      const settled = saving.then(
        () => undefined,
        () => {
          known.delete(id);
        },
      );
      running.set(id, settled);
      settled.then(() => {
        if (running.get(id) === settled) running.delete(id);
      });
      return saving;
    },
  };
}

/**
 * Saves many records of one type in ONE transaction: all are written or, on any failure, none.
 * Each input is resolved to its id as in saveRecord; `merge` (optional) decides the fields to store
 * from the stored live copy (if any) and the input, e.g. to keep the further progress of the two.
 * Returns the stored records. Throws RecordIdError before writing anything; rejects with StorageProblem.
 */
export async function saveRecords<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  inputs: readonly RecordInput<T>[],
  merge?: (stored: SyncedRecordMap[T] | undefined, incoming: SyncedFieldsMap[T]) => SyncedFieldsMap[T],
): Promise<SyncedRecordMap[T][]> {
  const prepared = inputs.map((fields) => resolveId(type, fields));
  if (prepared.length === 0) return [];
  const context = await writeContext(db, type);
  const saved = await withStorageOrRefusal(() =>
    db.transaction('rw', [context.table, db.syncState], async () => {
      const written: SyncedRecordMap[T][] = [];
      for (const { id, domain } of prepared) {
        const stored = await context.table.get(id);
        refuseRevival(type, id, stored);
        const live = stored !== undefined && isLive(stored) ? stored : undefined;
        const fields = merge
          ? (merge(live, domain as SyncedFieldsMap[T]) as Fields)
          : { ...domainFields(stored), ...domain };
        const record = stamp(context, id, fields, stored);
        await rememberBase(db, type, stored);
        await context.table.put(record as StoredRecord<T>);
        written.push(record as SyncedRecordMap[T]);
      }
      return written;
    }),
  );
  afterWrite(db, type);
  return saved;
}

/**
 * Deletes many records of one type in ONE transaction (tombstones as deleteRecord writes them):
 * all or, on any failure, none. Resolves to how many live records were deleted. Rejects with StorageProblem.
 */
export async function deleteRecords<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  ids: readonly string[],
): Promise<number> {
  const context = await writeContext(db, type);
  const kept: readonly string[] = TOMBSTONE_FIELDS[type] as readonly string[];
  const count = await withStorage(() =>
    db.transaction('rw', [context.table, db.syncState], async () => {
      let deleted = 0;
      for (const id of ids) {
        const stored = await context.table.get(id);
        if (stored === undefined || !isLive(stored)) continue;
        const identity = Object.fromEntries(kept.map((key) => [key, (stored as Fields)[key]]));
        // No base copy for a tombstone: it would keep the erased personal data on this device.
        await forgetBase(db, type, id);
        await context.table.put({
          ...stamp(context, id, identity, stored),
          deleted: true,
        } as StoredRecord<T>);
        deleted += 1;
      }
      return deleted;
    }),
  );
  if (count > 0) afterWrite(db);
  return count;
}

/**
 * Changes some fields of a live record and stamps it like saveRecord. Returns the stored record, or
 * undefined when there is no live record with that id (never saved, or deleted meanwhile).
 * Throws RecordIdError when `changes` touch the fields of a deterministic id (to move an attendance mark,
 * delete it and save a new one); rejects with StorageProblem, in which case nothing was written.
 */
export async function updateRecord<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  id: string,
  changes: RecordChanges<T>,
): Promise<SyncedRecordMap[T] | undefined> {
  const domain = domainFields(changes);
  const identity = (DERIVED_IDS[type]?.fields ?? []).filter((key) => key in domain);
  if (identity.length > 0) {
    throw new RecordIdError(
      `The id of a ${type} record is made of ${identity.join(', ')}; they cannot change`,
    );
  }
  const context = await writeContext(db, type);
  const saved = await withStorage(() =>
    db.transaction('rw', [context.table, db.syncState], async () => {
      const stored = await context.table.get(id);
      if (stored === undefined || !isLive(stored)) return undefined;
      const record = stamp(context, id, { ...domainFields(stored), ...domain }, stored);
      await rememberBase(db, type, stored);
      await context.table.put(record as StoredRecord<T>);
      return record as SyncedRecordMap[T];
    }),
  );
  if (saved !== undefined) afterWrite(db, type);
  return saved;
}

/**
 * Deletes a record by replacing it with a tombstone (`deleted: true`, dirty 1, a new stamp) that keeps
 * only the envelope and the identity fields of TOMBSTONE_FIELDS, so a member's personal data is gone.
 * Resolves to true when a live record was deleted, false when there was none (nothing is written).
 * Rejects with StorageProblem, in which case the record is unchanged.
 */
export async function deleteRecord<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  id: string,
): Promise<boolean> {
  const context = await writeContext(db, type);
  const kept: readonly string[] = TOMBSTONE_FIELDS[type] as readonly string[];
  const deleted = await withStorage(() =>
    db.transaction('rw', [context.table, db.syncState], async () => {
      const stored = await context.table.get(id);
      if (stored === undefined || !isLive(stored)) return false;
      const identity = Object.fromEntries(kept.map((key) => [key, (stored as Fields)[key]]));
      const tombstone = { ...stamp(context, id, identity, stored), deleted: true };
      // No base copy for a tombstone: it would keep the erased personal data on this device.
      await forgetBase(db, type, id);
      await context.table.put(tombstone as StoredRecord<T>);
      return true;
    }),
  );
  if (deleted) afterWrite(db);
  return deleted;
}

/** Returns the live record with that id, or undefined (also for a tombstone). Rejects with StorageProblem. */
export async function getRecord<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  id: string,
): Promise<SyncedRecordMap[T] | undefined> {
  const stored = await withStorage(() => syncedTable(db, type).get(id));
  return stored !== undefined && isLive(stored) ? stored : undefined;
}

/** Returns every live record of a type, in id order. Rejects with StorageProblem. */
export async function listRecords<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
): Promise<SyncedRecordMap[T][]> {
  const stored = await withStorage(() => syncedTable(db, type).toArray());
  return stored.filter((record): record is SyncedRecordMap[T] => isLive(record));
}
