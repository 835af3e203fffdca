// The merge of an incoming copy of a record (from the server or a sync file) with the stored one:
// three-way per field against the base copy (the last copy both sides agreed on). A field changed on
// one side only takes that side's value; where both sides changed a field, the later HLC stamp wins
// and, as stamps end with the device id, the device id breaks ties. A deletion stays a deletion: the
// merged tombstone keeps only its identity fields, so erased personal data never comes back.
// Pure and synchronous: it runs inside the transaction of src/db/sync-store.ts.

import { compareStamps, type HlcClock, parseStamp } from '@/db/hlc';
import { TOMBSTONE_FIELDS } from '@/db/records';
import type { IncomingRecord, MergeDecision, RecordFields } from '@/db/sync-store';
import { revGeneration } from '@/sync/documents';

/** Envelope fields that are not merged field by field. */
const ENVELOPE = new Set(['id', 'updatedAt', 'updatedBy', 'rev', 'dirty']);

/** Returns a value as canonical JSON text (object keys sorted), for equality of plain data. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(
      Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

function same(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

function domain(fields: RecordFields | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (!ENVELOPE.has(key) && value !== undefined) result[key] = value;
  }
  return result;
}

/** Returns true when two records hold the same domain fields (tombstone flag included). */
export function sameContent(a: RecordFields | undefined, b: RecordFields | undefined): boolean {
  return same(domain(a), domain(b));
}

/**
 * Merges the domain fields of `local` and `remote` against `base`: a field one side changed takes that
 * side's value, fields the app does not know included. Without a base (never agreed) a field only one
 * side has is kept, and a field both have with different values goes to the later stamp. Returns the merged domain fields, a tombstone reduced to
 * its identity fields.
 */
export function mergeFields(
  type: IncomingRecord['type'],
  base: RecordFields | undefined,
  local: RecordFields,
  remote: RecordFields,
): Record<string, unknown> {
  const [b, l, r] = [domain(base), domain(local), domain(remote)];
  const localWins = compareStamps(local.updatedAt, remote.updatedAt) > 0;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(l), ...Object.keys(r), ...Object.keys(b)])) {
    const [lv, rv, bv] = [l[key], r[key], b[key]];
    let value: unknown;
    if (same(lv, rv)) value = lv;
    else if (base !== undefined && same(lv, bv)) value = rv;
    else if (base !== undefined && same(rv, bv)) value = lv;
    // Without a base a missing field was never deleted: the side that has it keeps it.
    else if (base === undefined && (lv === undefined || rv === undefined)) value = lv ?? rv;
    else value = localWins ? lv : rv;
    if (value !== undefined) merged[key] = value;
  }
  if (merged.deleted !== true) {
    delete merged.deleted;
    return merged;
  }
  const kept = new Set<string>(TOMBSTONE_FIELDS[type] as readonly string[]);
  return Object.fromEntries(Object.entries(merged).filter(([key]) => kept.has(key) || key === 'deleted'));
}

/** Returns the tombstone of a record: its envelope and identity fields (TOMBSTONE_FIELDS), `deleted`. */
export function tombstoneOf(type: IncomingRecord['type'], fields: RecordFields): RecordFields {
  const kept = new Set<string>([
    ...(TOMBSTONE_FIELDS[type] as readonly string[]),
    'id',
    'updatedAt',
    'updatedBy',
  ]);
  const tombstone = Object.fromEntries(Object.entries(fields).filter(([key]) => kept.has(key)));
  return {
    ...tombstone,
    id: fields.id,
    updatedAt: fields.updatedAt,
    updatedBy: fields.updatedBy,
    deleted: true,
  };
}

/**
 * A document the server deleted (`_deleted`, by a coordinator, Fauxton or a replication) becomes a
 * clean tombstone at the server's rev, like one the app makes: identity fields only, so personal data
 * leaves the device. Local edits of the record are dropped (a deletion stays a deletion); a record the
 * device never had is kept as a tombstone too, so no sync file brings it back.
 */
function serverDeletion(
  incoming: IncomingRecord,
  stored: RecordFields | undefined,
  clock: HlcClock,
): MergeDecision {
  if (stored !== undefined && stored.rev === incoming.rev) return { action: 'skip' };
  if (stored !== undefined && revGeneration(incoming.rev) < revGeneration(stored.rev))
    return { action: 'skip' };
  if (stored !== undefined && stored.deleted === true) {
    return { action: 'store', fields: tombstoneOf(incoming.type, stored), dirty: 0 };
  }
  const stamp = clock.tick();
  const identity = stored ?? incoming.fields;
  const fields = tombstoneOf(incoming.type, {
    ...identity,
    updatedAt: stamp,
    updatedBy: parseStamp(stamp).node,
  });
  return { action: 'store', fields, dirty: 0 };
}

/**
 * Decides what to store for an incoming record (see Merger in src/db/sync-store.ts). From the server
 * (with a rev): an older or already known rev is skipped; a clean local copy is replaced; a dirty one is
 * merged and stays dirty unless the merge equals the server's copy. From a file (no rev): merged the
 * same way against the base copy and marked dirty when it changes anything, so it reaches the server.
 */
export function decideMerge(
  incoming: IncomingRecord,
  stored: RecordFields | undefined,
  storedDirty: boolean,
  base: RecordFields | undefined,
  clock: HlcClock,
): MergeDecision {
  if (incoming.serverDeleted) return serverDeletion(incoming, stored, clock);
  const remote = incoming.fields;
  const fromServer = incoming.rev !== undefined;
  if (stored === undefined) return { action: 'store', fields: remote, dirty: fromServer ? 0 : 1 };
  if (fromServer) {
    const storedRev = stored.rev;
    if (storedRev === incoming.rev) return { action: 'skip' };
    // Replayed or out-of-order changes: never step back to an older revision.
    if (revGeneration(incoming.rev) < revGeneration(storedRev)) return { action: 'skip' };
    if (!storedDirty) return { action: 'store', fields: remote, dirty: 0 };
  } else if (sameContent(stored, remote) || stored.updatedAt === remote.updatedAt) {
    return { action: 'skip' };
  }
  const merged = mergeFields(incoming.type, base, stored, remote);
  const keep = fromServer ? {} : typeof stored.rev === 'string' ? { rev: stored.rev } : {};
  if (same(merged, domain(remote))) {
    // The merge is the incoming copy: from the server it is clean; from a file it is news to push.
    return { action: 'store', fields: { ...remote, ...keep }, dirty: fromServer ? 0 : 1 };
  }
  if (same(merged, domain(stored))) {
    if (!fromServer) return { action: 'skip' };
    return { action: 'store', fields: { ...stored }, dirty: 1 };
  }
  const stamp = clock.tick();
  const fields: RecordFields = {
    ...merged,
    ...keep,
    id: stored.id,
    updatedAt: stamp,
    updatedBy: parseStamp(stamp).node,
  };
  return { action: 'store', fields, dirty: 1 };
}
