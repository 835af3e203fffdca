// The CouchDB sync engine: one sync = check the server database is the one we knew, pull its changes
// since our checkpoint (each batch applied with its checkpoint in one transaction), push our dirty
// records through `_bulk_docs` with their base rev, merge conflicts and quarantine refused records.
// Framework-free: it runs in the browser and in Node tests; scheduling lives in scheduler.ts.

import { getClock, type KrokDatabase } from '@/db/database';
import { getDeviceId } from '@/db/device';
import { compareStamps, parseStamp } from '@/db/hlc';
import type { SyncedType } from '@/db/records';
import {
  applyIncoming,
  forgetServerState,
  listDirtyIds,
  markPushed,
  type PushAck,
  type QuarantineEntry,
  quarantine,
  type RecordFields,
  readDirty,
  readSyncState,
  writeSyncState,
} from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { type RetryOptions, withRetry } from '@/sync/backoff';
import {
  type CouchClient,
  createCouchClient,
  databaseUrl,
  type ServerSettings,
  SyncFailure,
} from '@/sync/couch-client';
import { type CouchDoc, docId, fromDoc, incomingFromDoc, toDoc } from '@/sync/documents';
import { decideMerge, mergeFields, sameContent } from '@/sync/merge';

/**
 * Records per `_changes` page and per `_bulk_docs` request. 500 keeps a request near 200 kB for our
 * records (well under CouchDB's default 8 MB max_http_request_size) and a Dexie transaction short
 * enough not to stall the UI on a phone.
 */
export const DEFAULT_BATCH_SIZE = 500;
/** A record still in conflict after this many merges in one push is quarantined, not retried forever. */
const MAX_CONFLICT_ROUNDS = 5;
/**
 * `_bulk_docs` requests in flight at once: while the answer to one is written locally, the next one or
 * two are on their way, so the server is never idle waiting for us (answers are still settled in order).
 */
const PUSH_IN_FLIGHT = 2;

type DirtyRecord = { type: SyncedType; fields: RecordFields };

export type SyncEngineOptions = {
  db: KrokDatabase;
  settings: ServerSettings;
  fetch?: typeof fetch;
  batchSize?: number;
  /** Backoff settings for transient failures (tests pass a no-wait `wait`). */
  retry?: Omit<RetryOptions, 'signal'>;
};

export type SyncReport = {
  /** Records stored from the server. */
  pulled: number;
  /** Records the server accepted. */
  pushed: number;
  /** Records the server refused in this sync. */
  refused: number;
  /** True when the server database was new to us (recreated): everything was pushed again. */
  serverReset: boolean;
  /** Server documents with conflicting revisions that this sync merged into one. */
  conflictsResolved: number;
};

export type SyncEngine = {
  /** One full sync (retrying transient failures). Rejects with SyncFailure or StorageProblem. */
  sync(signal?: AbortSignal): Promise<SyncReport>;
  /**
   * Pulls every change since the checkpoint, resolving the server's conflicts on the way. Resolves to
   * how many records were stored.
   */
  pull(signal?: AbortSignal): Promise<number>;
  /** Pushes every dirty record. */
  push(signal?: AbortSignal): Promise<{ pushed: number; refused: number }>;
  /** Waits (longpoll, up to `timeoutMs`) until the server has changes after the checkpoint; true if any. */
  waitForChanges(timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
};

/** The syncState keys of one server database. */
export function syncKeys(settings: Pick<ServerSettings, 'url' | 'database'>) {
  const target = databaseUrl(settings);
  return {
    checkpoint: `checkpoint:${target}`,
    epoch: `epoch:${target}`,
    lastSynced: `lastSynced:${target}`,
  };
}

/** The revisions of a document's branch, newest first, from its `_revisions` (or just its `_rev`). */
function history(doc: Record<string, unknown>): string[] {
  const revisions = doc._revisions as { start?: unknown; ids?: unknown } | undefined;
  if (
    typeof revisions === 'object' &&
    revisions !== null &&
    typeof revisions.start === 'number' &&
    Array.isArray(revisions.ids)
  ) {
    const start = revisions.start;
    return revisions.ids.map((hash, index) => `${start - index}-${String(hash)}`);
  }
  return typeof doc._rev === 'string' ? [doc._rev] : [];
}

/** Creates an engine for one database and one server. Throws SyncFailure('badAddress') for a bad URL. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, settings } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const client: CouchClient = createCouchClient(settings, options.fetch);
  const keys = syncKeys(settings);

  /**
   * Makes sure the server database is the one our revs and checkpoint belong to: each device keeps a
   * token in a `_local` document (never replicated, gone when the database is deleted). A missing or
   * different token means a new database: forget revs and checkpoint and push everything again. A
   * known database costs one request; the database itself is asked about only when the token is missing
   * (so a 404 says whether the database or only the token is gone).
   */
  async function checkEpoch(signal?: AbortSignal): Promise<boolean> {
    const markerId = `krok-device-${await getDeviceId(db)}`;
    const [marker, known] = await Promise.all([
      client.getLocal(markerId, signal),
      readSyncState(db, keys.epoch),
    ]);
    if (marker !== undefined && typeof known === 'string' && marker.token === known) return false;
    if (marker === undefined) await client.info(signal);
    const reset = known !== undefined;
    if (reset) await forgetServerState(db, keys.checkpoint);
    const token = newId();
    await writeSyncState(db, keys.epoch, token);
    const body: Record<string, unknown> = { token };
    if (marker !== undefined && typeof marker._rev === 'string') body._rev = marker._rev;
    await client.putLocal(markerId, body, signal);
    return reset;
  }

  async function checkpoint(): Promise<string> {
    const stored = await readSyncState(db, keys.checkpoint);
    return typeof stored === 'string' ? stored : '0';
  }

  /** Conflicts resolved since the engine was made (syncOnce reports the difference). */
  let resolvedTotal = 0;

  async function pull(signal?: AbortSignal): Promise<number> {
    let since = await checkpoint();
    let stored = 0;
    let page = client.changes(since, batchSize, { signal });
    for (;;) {
      const { results, lastSeq } = await page;
      const more = results.length >= batchSize && lastSeq !== since;
      // The next page is fetched while this one is written: the server's time overlaps ours. Pages are
      // still applied (and their checkpoints committed) strictly in order.
      if (more) {
        page = client.changes(lastSeq, batchSize, { signal });
        page.catch(() => undefined);
      }
      // Conflicts are resolved on the server before the page (and its checkpoint) is stored, so one cut
      // short is met again by the next pull; the device then stores the merged revision.
      const docs = results.map((row) => row.doc);
      const conflicted = docs.filter(
        (doc): doc is Record<string, unknown> & { _id: string } =>
          doc !== undefined && Array.isArray(doc._conflicts) && doc._conflicts.length > 0,
      );
      const merged = await resolveServerConflicts(conflicted, signal);
      const records = docs
        .map((doc) => incomingFromDoc(merged.get(String(doc?._id)) ?? doc))
        .filter((record) => record !== undefined);
      stored += await applyIncoming(db, records, decideMerge, { key: keys.checkpoint, value: lastSeq });
      if (!more) return stored;
      since = lastSeq;
    }
  }

  /**
   * Resolves server documents with `_conflicts` the CouchDB way: reads the winning and the losing
   * revisions with their history (`_bulk_get`), merges each loser into the winner field by field from
   * their common ancestor (mergeFields: what either side changed is kept, unknown fields too), and writes
   * the merge on the winner together with the deletion of the losers in one `_bulk_docs`. Resolves to the
   * new documents by id (only those fully resolved); a document another device resolved meanwhile
   * (409) is left for the pull that brings its resolution.
   */
  async function resolveServerConflicts(
    docs: (Record<string, unknown> & { _id: string })[],
    signal?: AbortSignal,
  ): Promise<Map<string, Record<string, unknown>>> {
    const resolved = new Map<string, Record<string, unknown>>();
    const plans = docs
      .map((doc) => ({
        doc,
        record: fromDoc(doc),
        losers: (doc._conflicts as unknown[]).filter((rev): rev is string => typeof rev === 'string'),
      }))
      .filter((plan) => plan.record !== undefined && typeof plan.doc._rev === 'string');
    if (plans.length === 0) return resolved;
    const leaves = await client.getRevisions(
      plans.flatMap(({ doc, losers }) =>
        [doc._rev as string, ...losers].map((rev) => ({ id: doc._id, rev })),
      ),
      signal,
    );
    const leaf = (id: string, rev: string) =>
      leaves.find((found) => found.id === id && found.rev === rev)?.doc;
    const pairs = plans.map(({ doc, losers }) => {
      const winner = leaf(doc._id, doc._rev as string) ?? doc;
      const winnerHistory = new Set(history(winner));
      return losers.flatMap((rev) => {
        const loser = leaf(doc._id, rev);
        if (loser === undefined || fromDoc(loser) === undefined) return [];
        return [{ loser, ancestor: history(loser).find((old) => winnerHistory.has(old)) }];
      });
    });
    const wanted = new Map<string, { id: string; rev: string }>();
    plans.forEach(({ doc }, index) => {
      for (const { ancestor } of pairs[index] ?? []) {
        if (ancestor !== undefined) wanted.set(`${doc._id} ${ancestor}`, { id: doc._id, rev: ancestor });
      }
    });
    // CouchDB keeps old bodies until compaction: without one, the merge has no base (later stamp wins).
    const ancestors = await client.getRevisions([...wanted.values()], signal);
    const clock = await getClock(db);
    const writes: CouchDoc[] = [];
    const owners: string[] = [];
    plans.forEach(({ doc, record }, index) => {
      const found = pairs[index] ?? [];
      if (record === undefined || found.length === 0) return;
      const winner = record.fields;
      let merged = winner;
      for (const { loser, ancestor } of found) {
        const remote = fromDoc(loser)?.fields;
        if (remote === undefined) continue;
        const baseDoc = ancestors.find((a) => a.id === doc._id && a.rev === ancestor)?.doc;
        const base = baseDoc === undefined ? undefined : fromDoc(baseDoc)?.fields;
        const later = compareStamps(merged.updatedAt, remote.updatedAt) >= 0 ? merged : remote;
        merged = {
          ...mergeFields(record.type, base, merged, remote),
          id: winner.id,
          updatedAt: later.updatedAt,
          updatedBy: later.updatedBy,
        };
      }
      if (!sameContent(merged, winner)) {
        clock.receive(merged.updatedAt);
        const stamp = clock.tick();
        merged = { ...merged, updatedAt: stamp, updatedBy: parseStamp(stamp).node };
        const body = toDoc(record.type, { ...merged, rev: doc._rev as string });
        writes.push(body);
        owners.push(doc._id);
      }
      for (const { loser } of found) {
        writes.push({ _id: doc._id, _rev: loser._rev as string, _deleted: true });
        owners.push(doc._id);
      }
    });
    if (writes.length === 0) return resolved;
    const results = await client.bulkDocs(writes, signal);
    const failed = new Set(owners.filter((_id, index) => results[index]?.ok !== true));
    writes.forEach((write, index) => {
      const result = results[index];
      if (write._deleted === true || failed.has(write._id) || result?.rev === undefined) return;
      resolved.set(write._id, { ...write, _rev: result.rev });
    });
    for (const { doc } of plans) {
      if (owners.includes(doc._id) && !failed.has(doc._id)) resolvedTotal += 1;
    }
    return resolved;
  }

  /** Stores the server's copies of conflicting records, merged with ours (they stay dirty if needed). */
  async function resolveConflicts(ids: string[], signal?: AbortSignal): Promise<void> {
    if (ids.length === 0) return;
    const found = await client.getDocs(ids, signal);
    const records = [...found.values()].map(incomingFromDoc).filter((record) => record !== undefined);
    await applyIncoming(db, records, decideMerge);
  }

  type Outcome = { acks: PushAck[]; conflicts: string[]; refused: QuarantineEntry[] };

  function refusal(type: SyncedType, fields: RecordFields, error: string, reason: string): QuarantineEntry {
    const at = new Date().toISOString();
    return { type, id: fields.id, updatedAt: fields.updatedAt, error, reason, at };
  }

  /** Sends one batch; splits it in halves when the server says it is too large. */
  async function send(
    items: { type: SyncedType; fields: RecordFields }[],
    signal?: AbortSignal,
  ): Promise<Outcome> {
    const docs: CouchDoc[] = items.map(({ type, fields }) => toDoc(type, fields));
    let results: Awaited<ReturnType<CouchClient['bulkDocs']>>;
    try {
      results = await client.bulkDocs(docs, signal);
    } catch (error) {
      if (!(error instanceof SyncFailure) || error.kind !== 'tooLarge') throw error;
      if (items.length === 1 && items[0] !== undefined) {
        const { type, fields } = items[0];
        return { acks: [], conflicts: [], refused: [refusal(type, fields, 'too_large', error.message)] };
      }
      const half = Math.ceil(items.length / 2);
      const first = await send(items.slice(0, half), signal);
      const second = await send(items.slice(half), signal);
      return {
        acks: [...first.acks, ...second.acks],
        conflicts: [...first.conflicts, ...second.conflicts],
        refused: [...first.refused, ...second.refused],
      };
    }
    const byId = new Map(results.map((result) => [result.id, result]));
    const outcome: Outcome = { acks: [], conflicts: [], refused: [] };
    for (const { type, fields } of items) {
      const result = byId.get(docId(type, fields.id));
      if (result === undefined) {
        throw new SyncFailure('server', `bulk docs: no answer for ${docId(type, fields.id)}`);
      }
      if (result.ok === true && typeof result.rev === 'string') {
        outcome.acks.push({ type, fields, rev: result.rev });
      } else if (result.error === 'conflict') {
        outcome.conflicts.push(docId(type, fields.id));
      } else {
        outcome.refused.push(
          refusal(type, fields, result.error ?? 'unknown', result.reason ?? result.error ?? ''),
        );
      }
    }
    return outcome;
  }

  async function push(signal?: AbortSignal): Promise<{ pushed: number; refused: number }> {
    let pushed = 0;
    let refused = 0;
    const conflictRounds = new Map<string, number>();
    /** Records what the server said about one batch: acks, quarantine, conflicts merged for a retry. */
    async function settle(batch: DirtyRecord[], outcome: Outcome): Promise<void> {
      await markPushed(db, outcome.acks);
      pushed += outcome.acks.length;
      const stuck: QuarantineEntry[] = [];
      const retry: string[] = [];
      for (const id of outcome.conflicts) {
        const rounds = (conflictRounds.get(id) ?? 0) + 1;
        conflictRounds.set(id, rounds);
        if (rounds < MAX_CONFLICT_ROUNDS) retry.push(id);
        else {
          const item = batch.find(({ type, fields }) => docId(type, fields.id) === id);
          if (item)
            stuck.push(refusal(item.type, item.fields, 'conflict', 'still in conflict after merging'));
        }
      }
      await quarantine(db, [...outcome.refused, ...stuck]);
      refused += outcome.refused.length + stuck.length;
      await resolveConflicts(retry, signal);
    }
    // Each round pushes a snapshot of the dirty ids, in batches (in type order) read just before they
    // are sent; records that are dirty again afterwards (edited meanwhile, merged after a conflict) go
    // in the next round. A round that sends nothing (all left are quarantined) ends the push.
    for (;;) {
      const batches: { type: SyncedType; ids: string[] }[][] = [];
      let batch: { type: SyncedType; ids: string[] }[] = [];
      let size = 0;
      for (const { type, ids } of await listDirtyIds(db)) {
        for (let start = 0; start < ids.length; ) {
          const taken = ids.slice(start, start + batchSize - size);
          batch.push({ type, ids: taken });
          size += taken.length;
          start += taken.length;
          if (size === batchSize) {
            batches.push(batch);
            batch = [];
            size = 0;
          }
        }
      }
      if (size > 0) batches.push(batch);
      let sent = 0;
      const started: { items: Promise<DirtyRecord[]>; outcome: Promise<Outcome> }[] = [];
      const start = (index: number) => {
        const batch = batches[index];
        if (batch === undefined) return;
        const items = readDirty(db, batch);
        const outcome = items.then((found) => {
          sent += found.length;
          return found.length === 0 ? { acks: [], conflicts: [], refused: [] } : send(found, signal);
        });
        outcome.catch(() => undefined);
        started[index] = { items, outcome };
      };
      for (let index = 0; index < PUSH_IN_FLIGHT; index++) start(index);
      // A failure stops the push at the first unsettled batch; later ones the server may have stored
      // stay dirty and come back as conflicts with the same content, merged without a change.
      for (let index = 0; index < batches.length; index++) {
        const current = started[index];
        if (current === undefined) break;
        const outcome = await current.outcome;
        start(index + PUSH_IN_FLIGHT);
        await settle(await current.items, outcome);
      }
      if (sent === 0) return { pushed, refused };
    }
  }

  async function syncOnce(signal: AbortSignal | undefined, epoch: { reset?: boolean }): Promise<SyncReport> {
    // A retry within one sync does not ask again about a database it just checked.
    epoch.reset ??= await checkEpoch(signal);
    const before = resolvedTotal;
    const pulled = await pull(signal);
    const { pushed, refused } = await push(signal);
    await writeSyncState(db, keys.lastSynced, new Date().toISOString());
    return { pulled, pushed, refused, serverReset: epoch.reset, conflictsResolved: resolvedTotal - before };
  }

  return {
    sync: (signal) => {
      const epoch = {};
      return withRetry(() => syncOnce(signal, epoch), { ...options.retry, signal });
    },
    pull,
    push,
    async waitForChanges(timeoutMs, signal) {
      const { results } = await client.changes(await checkpoint(), 1, { timeoutMs, signal });
      return results.length > 0;
    },
  };
}
