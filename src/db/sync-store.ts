// The sync engine's storage: the write path for records that come from a server or a sync file (they
// are NOT marked dirty unless a merge keeps local edits), the base copies a three-way merge needs, the
// pull checkpoint (committed in the same transaction as the batch it belongs to), push acknowledgements
// and the quarantine of records a server refused. All of it lives in the device-only `syncState` table
// under prefixed keys; src/sync decides what to merge, this module only stores it atomically.
//
// Base copies are kept only where they differ from the record: the base of a record is the server's copy
// at the record's `rev`, so a CLEAN record with a rev is its own base and nothing more is stored (a push
// or a pull of 20,000 records writes no base copies). A base copy is written when a record with a rev
// becomes dirty while the server's copy is known: by a local edit (rememberBase, called by src/db/write.ts
// before it overwrites a clean record), by a merge that keeps local edits, by a push acknowledged after the
// record changed again. A stored base copy counts only while its rev is the record's rev.

import type { Table } from 'dexie';
import { getClock, type KrokDatabase, syncedTable } from '@/db/database';
import { type HlcClock, isStamp } from '@/db/hlc';
import { type StoredRecord, SYNCED_TYPES, type SyncedType, type SyncStateRecord } from '@/db/records';
import { withStorage } from '@/db/storage-problems';

/** A synced record as plain fields: the envelope without `dirty`, plus the domain fields. */
export type RecordFields = Record<string, unknown> & { id: string; updatedAt: string; updatedBy: string };

/**
 * A record received from elsewhere: its type, its fields and the server's revision (none from a file).
 * `serverDeleted`: the server deleted the document (`_deleted`); `fields` then hold only the id, and the
 * merge makes the device's copy a tombstone.
 */
export type IncomingRecord = { type: SyncedType; fields: RecordFields; rev?: string; serverDeleted?: true };

/** What a merge decided for one incoming record. */
export type MergeDecision =
  /** Nothing to store (the incoming copy is older than, or the same as, what we have). */
  | { action: 'skip' }
  /** Store `fields`; `dirty` says whether local edits remain to be pushed. */
  | { action: 'store'; fields: RecordFields; dirty: 0 | 1 };

/**
 * Decides what to store for one incoming record, given the stored copy (undefined when new) and the
 * base copy the stored one was last synced from. Must be synchronous (it runs inside a transaction);
 * `clock` stamps a merge result that differs from both sides.
 */
export type Merger = (
  incoming: IncomingRecord,
  stored: RecordFields | undefined,
  storedDirty: boolean,
  base: RecordFields | undefined,
  clock: HlcClock,
) => MergeDecision;

/** A record the server accepted: what was sent (its stamp tells whether it changed since) and the new rev. */
export type PushAck = { type: SyncedType; fields: RecordFields; rev: string };

/** Why the server refused a record, kept until the record changes again. */
export type QuarantineEntry = {
  type: SyncedType;
  id: string;
  /** The stamp of the refused copy: a later local edit is tried again. */
  updatedAt: string;
  /** The server's error (`forbidden`, `unauthorized`, `too_large`…) and its reason text. */
  error: string;
  reason: string;
  /** ISO date-time. */
  at: string;
};

const BASE_PREFIX = 'base:';
const QUARANTINE_PREFIX = 'quarantine:';

function baseKey(type: SyncedType, id: string): string {
  return `${BASE_PREFIX}${type}:${id}`;
}

function quarantineKey(type: SyncedType, id: string): string {
  return `${QUARANTINE_PREFIX}${type}:${id}`;
}

function allTables(db: KrokDatabase): Table[] {
  return [...SYNCED_TYPES.map((type) => syncedTable(db, type) as unknown as Table), db.syncState];
}

/** Strips `dirty` (local bookkeeping) from a stored record. */
function toFields(stored: StoredRecord<SyncedType>): RecordFields {
  const { dirty: _dirty, ...fields } = stored as unknown as Record<string, unknown>;
  return fields as RecordFields;
}

/**
 * The base copy of a record for a three-way merge: the stored base copy when it belongs to the record's
 * rev, else the record itself when it is clean and has a rev (it is the server's copy), else undefined
 * (never agreed with a server).
 */
function effectiveBase(
  stored: StoredRecord<SyncedType> | undefined,
  entry: unknown,
): RecordFields | undefined {
  if (stored === undefined || typeof stored.rev !== 'string') return undefined;
  if (stored.dirty === 0) return toFields(stored);
  const base = entry as RecordFields | undefined;
  return base !== undefined && base.rev === stored.rev ? base : undefined;
}

/**
 * Called by the local write path inside its transaction (which must include `syncState`) before it
 * overwrites `stored`: a clean record with a rev is about to become dirty, so its copy is kept as the
 * base copy a later merge needs. Does nothing for a record that is dirty already or was never synced.
 */
export async function rememberBase(
  db: KrokDatabase,
  type: SyncedType,
  stored: StoredRecord<SyncedType> | undefined,
): Promise<void> {
  if (stored === undefined || stored.dirty !== 0 || typeof stored.rev !== 'string') return;
  await db.syncState.put({ key: baseKey(type, stored.id), value: toFields(stored) });
}

/** Returns a syncState value, or undefined. Rejects with StorageProblem. */
export async function readSyncState(db: KrokDatabase, key: string): Promise<unknown> {
  const stored = await withStorage(() => db.syncState.get(key));
  return stored?.value;
}

/** Stores a syncState value. Rejects with StorageProblem. */
export async function writeSyncState(db: KrokDatabase, key: string, value: unknown): Promise<void> {
  await withStorage(() => db.syncState.put({ key, value }));
}

/**
 * Applies a batch of incoming records through `merge` and, in the SAME transaction, stores `checkpoint`
 * under `checkpointKey` (when given), so a batch is either applied with its checkpoint or not at all.
 * Resolves to how many records were stored. Rejects with StorageProblem (nothing was written then).
 */
export async function applyIncoming(
  db: KrokDatabase,
  records: readonly IncomingRecord[],
  merge: Merger,
  checkpoint?: { key: string; value: string },
): Promise<number> {
  const clock = await getClock(db);
  return withStorage(() =>
    db.transaction('rw', allTables(db), async () => {
      // Read every stored copy and base copy of the batch at once (bulkGet), decide in order (the same
      // record may come twice in a replayed batch), then write each table at once (bulkPut).
      const types = [...new Set(records.map((record) => record.type))];
      const current = new Map<string, { stored: StoredRecord<SyncedType> | undefined; entry: unknown }>();
      for (const type of types) {
        const ids = [...new Set(records.filter((record) => record.type === type).map((r) => r.fields.id))];
        const [stored, bases] = await Promise.all([
          syncedTable(db, type).bulkGet(ids),
          db.syncState.bulkGet(ids.map((id) => baseKey(type, id))),
        ]);
        ids.forEach((id, index) => {
          current.set(baseKey(type, id), { stored: stored[index], entry: bases[index]?.value });
        });
      }
      const writes = new Map<SyncedType, Map<string, StoredRecord<SyncedType>>>();
      const baseWrites = new Map<string, SyncStateRecord>();
      for (const incoming of records) {
        const { type, fields } = incoming;
        const key = baseKey(type, fields.id);
        const known = current.get(key) ?? { stored: undefined, entry: undefined };
        const base = effectiveBase(known.stored, known.entry);
        if (isStamp(fields.updatedAt)) {
          try {
            clock.receive(fields.updatedAt);
          } catch {
            // A stamp far in the future (a broken clock) is stored but does not drag our clock along.
          }
        }
        const decision = merge(
          incoming,
          known.stored === undefined ? undefined : toFields(known.stored),
          known.stored?.dirty === 1,
          base,
          clock,
        );
        if (decision.action === 'skip') continue;
        const record: Record<string, unknown> = { ...decision.fields, dirty: decision.dirty };
        if (incoming.rev !== undefined) record.rev = incoming.rev;
        const stored = record as unknown as StoredRecord<SyncedType>;
        let table = writes.get(type);
        if (table === undefined) {
          table = new Map();
          writes.set(type, table);
        }
        table.set(fields.id, stored);
        // A record stored dirty keeps the base copy of its rev: the incoming copy (from the server), or,
        // when a clean record becomes dirty (a sync file), the clean copy it was.
        let entry = known.entry;
        if (decision.dirty === 1 && incoming.rev !== undefined) entry = { ...fields, rev: incoming.rev };
        else if (decision.dirty === 1 && known.stored?.dirty === 0 && base !== undefined) entry = base;
        // A clean tombstone keeps no copy of what it was (the personal data goes with the record).
        else if (decision.dirty === 0 && decision.fields.deleted === true) entry = undefined;
        if (entry !== known.entry) baseWrites.set(key, { key, value: entry });
        current.set(key, { stored, entry });
      }
      let count = 0;
      for (const [type, table] of writes) {
        await syncedTable(db, type).bulkPut([...table.values()]);
        count += table.size;
      }
      const kept = [...baseWrites.values()].filter((entry) => entry.value !== undefined);
      const dropped = [...baseWrites.values()].filter((entry) => entry.value === undefined).map((e) => e.key);
      if (kept.length > 0) await db.syncState.bulkPut(kept);
      if (dropped.length > 0) await db.syncState.bulkDelete(dropped);
      if (checkpoint !== undefined) await db.syncState.put({ key: checkpoint.key, value: checkpoint.value });
      return count;
    }),
  );
}

/**
 * Returns up to `limit` dirty records (all types, in type order), leaving out those quarantined at their
 * current stamp. Rejects with StorageProblem.
 */
export async function listDirty(
  db: KrokDatabase,
  limit: number,
): Promise<{ type: SyncedType; fields: RecordFields }[]> {
  return withStorage(() =>
    db.transaction('r', allTables(db), async () => {
      const quarantined = new Map<string, string>();
      await db.syncState
        .where('key')
        .startsWith(QUARANTINE_PREFIX)
        .each((entry) => {
          const value = entry.value as QuarantineEntry;
          quarantined.set(quarantineKey(value.type, value.id), value.updatedAt);
        });
      const found: { type: SyncedType; fields: RecordFields }[] = [];
      for (const type of SYNCED_TYPES) {
        if (found.length >= limit) break;
        // toArray (one getAll) is far faster than a cursor; ask for enough to skip the quarantined.
        const records = await syncedTable(db, type)
          .where('dirty')
          .equals(1)
          .limit(limit - found.length + quarantined.size)
          .toArray();
        for (const record of records) {
          if (found.length >= limit) break;
          if (quarantined.get(quarantineKey(type, record.id)) === record.updatedAt) continue;
          found.push({ type, fields: toFields(record) });
        }
      }
      return found;
    }),
  );
}

/**
 * Reads the records with these ids (undefined where missing), in the order of `ids`. A batch of ids taken
 * in key order is usually (nearly) a contiguous run of the table, so it is read with one getAll over
 * its key range (bounded to twice its length, so sparse ids never read much more); ids left outside
 * that read are fetched one by one. Call it inside a transaction.
 */
async function readByIds<T extends SyncedType>(
  db: KrokDatabase,
  type: T,
  ids: readonly string[],
): Promise<(StoredRecord<SyncedType> | undefined)[]> {
  if (ids.length === 0) return [];
  const table = syncedTable(db, type);
  const sorted = [...ids].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const limit = ids.length * 2;
  const run = await table.where(':id').between(first, last, true, true).limit(limit).toArray();
  const found = new Map<string, StoredRecord<SyncedType>>(run.map((record) => [record.id, record]));
  // A full run covers the whole range, so an id not in it does not exist; a cut run may miss some.
  if (run.length >= limit) {
    const missing = ids.filter((id) => !found.has(id));
    const rest = await table.bulkGet(missing);
    missing.forEach((id, index) => {
      const record = rest[index];
      if (record !== undefined) found.set(id, record);
    });
  }
  return ids.map((id) => found.get(id));
}

/** The ids of the dirty records of each type, in key order (a snapshot to push). Rejects with StorageProblem. */
export async function listDirtyIds(db: KrokDatabase): Promise<{ type: SyncedType; ids: string[] }[]> {
  return withStorage(() =>
    db.transaction('r', allTables(db), async () => {
      const found: { type: SyncedType; ids: string[] }[] = [];
      for (const type of SYNCED_TYPES) {
        const ids = await syncedTable(db, type).where('dirty').equals(1).primaryKeys();
        if (ids.length > 0) found.push({ type, ids });
      }
      return found;
    }),
  );
}

/**
 * Reads the records with these ids (of each type) that are still dirty, leaving out those quarantined at
 * their current stamp: what listDirty returns, for ids from listDirtyIds. Rejects with StorageProblem.
 */
export async function readDirty(
  db: KrokDatabase,
  batch: readonly { type: SyncedType; ids: readonly string[] }[],
): Promise<{ type: SyncedType; fields: RecordFields }[]> {
  return withStorage(() =>
    db.transaction('r', allTables(db), async () => {
      const [quarantined, ...records] = await Promise.all([
        db.syncState.where('key').startsWith(QUARANTINE_PREFIX).toArray(),
        ...batch.map(({ type, ids }) => readByIds(db, type, ids)),
      ]);
      const refusedAt = new Map(
        quarantined.map((entry) => [entry.key, (entry.value as QuarantineEntry).updatedAt]),
      );
      const found: { type: SyncedType; fields: RecordFields }[] = [];
      batch.forEach(({ type }, index) => {
        for (const record of records[index] ?? []) {
          if (record === undefined || record.dirty !== 1) continue;
          if (refusedAt.get(quarantineKey(type, record.id)) === record.updatedAt) continue;
          found.push({ type, fields: toFields(record) });
        }
      });
      return found;
    }),
  );
}

/** Counts dirty records (changes waiting to be pushed). Rejects with StorageProblem. */
export async function countDirty(db: KrokDatabase): Promise<number> {
  const counts = await withStorage(() =>
    Promise.all(SYNCED_TYPES.map((type) => syncedTable(db, type).where('dirty').equals(1).count())),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Records what the server accepted, in one transaction: each record gets its new rev; it becomes clean
 * only if it did not change since it was sent (same stamp; then it is its own base copy), otherwise it
 * stays dirty so the newer edit is pushed on top of the new rev, and what was sent is stored as its base
 * copy. A quarantine entry for it is cleared. Rejects with StorageProblem.
 */
export async function markPushed(db: KrokDatabase, acks: readonly PushAck[]): Promise<void> {
  if (acks.length === 0) return;
  await withStorage(() =>
    db.transaction('rw', allTables(db), async () => {
      const quarantined = new Set(
        await db.syncState.where('key').startsWith(QUARANTINE_PREFIX).primaryKeys(),
      );
      const cleared = acks
        .map(({ type, fields }) => quarantineKey(type, fields.id))
        .filter((key) => quarantined.has(key));
      if (cleared.length > 0) await db.syncState.bulkDelete(cleared);
      for (const type of new Set(acks.map((ack) => ack.type))) {
        const ofType = acks.filter((ack) => ack.type === type);
        const table = syncedTable(db, type);
        const stored = await readByIds(
          db,
          type,
          ofType.map((ack) => ack.fields.id),
        );
        const updated: StoredRecord<SyncedType>[] = [];
        const bases: SyncStateRecord[] = [];
        ofType.forEach(({ fields, rev }, index) => {
          const local = stored[index];
          if (local === undefined) return;
          const unchanged = local.updatedAt === fields.updatedAt;
          updated.push({ ...local, rev, dirty: unchanged ? 0 : 1 } as StoredRecord<SyncedType>);
          if (!unchanged) bases.push({ key: baseKey(type, fields.id), value: { ...fields, rev } });
        });
        await table.bulkPut(updated);
        if (bases.length > 0) await db.syncState.bulkPut(bases);
      }
    }),
  );
}

/** Stores quarantine entries (records the server refused). Rejects with StorageProblem. */
export async function quarantine(db: KrokDatabase, entries: readonly QuarantineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await withStorage(() =>
    db.syncState.bulkPut(
      entries.map((entry) => ({ key: quarantineKey(entry.type, entry.id), value: entry })),
    ),
  );
}

/** Returns every quarantine entry. Rejects with StorageProblem. */
export async function listQuarantine(db: KrokDatabase): Promise<QuarantineEntry[]> {
  const entries: SyncStateRecord[] = await withStorage(() =>
    db.syncState.where('key').startsWith(QUARANTINE_PREFIX).toArray(),
  );
  return entries.map((entry) => entry.value as QuarantineEntry);
}

/**
 * After the server's database was recreated (it knows none of our revs): forgets every rev, base copy
 * and checkpoint under `checkpointKey`, and marks every record dirty so that the device pushes all it
 * has. One transaction. Rejects with StorageProblem.
 */
export async function forgetServerState(db: KrokDatabase, checkpointKey: string): Promise<void> {
  await withStorage(() =>
    db.transaction('rw', allTables(db), async () => {
      for (const type of SYNCED_TYPES) {
        await syncedTable(db, type)
          .toCollection()
          .modify((record) => {
            delete (record as { rev?: string }).rev;
            record.dirty = 1;
          });
      }
      await db.syncState.where('key').startsWith(BASE_PREFIX).delete();
      await db.syncState.delete(checkpointKey);
    }),
  );
}

/**
 * Wipes the records of `types` and all sync state (server settings, checkpoints, base copies,
 * quarantine) of this device in one transaction: the staff sign-out. Device settings, learner profiles,
 * other types and the device id stay. Rejects with StorageProblem (then nothing was wiped).
 */
export async function wipeSyncedData(db: KrokDatabase, types: readonly SyncedType[]): Promise<void> {
  await withStorage(() =>
    db.transaction('rw', allTables(db), async () => {
      for (const type of types) await syncedTable(db, type).clear();
      await db.syncState.clear();
    }),
  );
}
