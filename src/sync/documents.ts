// CouchDB documents ↔ local records. A record of type T with id X is the document `${T}:${X}`; its body is
// the record's fields (envelope included: updatedAt, updatedBy, deleted) plus `type`. Local bookkeeping
// (`dirty`, `rev`) never goes to the server; the server's `_rev` becomes the record's base rev.
// Anything else on the server (design documents, foreign or damaged documents) is recognised and left out.

import { isStamp } from '@/db/hlc';
import { SYNCED_TYPES, type SyncedType } from '@/db/records';
import type { IncomingRecord, RecordFields } from '@/db/sync-store';

/** A document as sent to or received from CouchDB. */
export type CouchDoc = Record<string, unknown> & { _id: string; _rev?: string };

const TYPES: ReadonlySet<string> = new Set(SYNCED_TYPES);
/** Fields the client keeps to itself or that CouchDB owns. */
const LOCAL_ONLY = new Set(['dirty', 'rev', 'type', '_id', '_rev', '_revisions', '_conflicts', '_deleted']);

/** Returns the document id of a record. */
export function docId(type: SyncedType, id: string): string {
  return `${type}:${id}`;
}

/** Returns the document for a record, with `_rev` set to its base rev when it has one. */
export function toDoc(type: SyncedType, fields: RecordFields): CouchDoc {
  const doc: CouchDoc = { _id: docId(type, fields.id), type };
  const rev = fields.rev;
  if (typeof rev === 'string') doc._rev = rev;
  for (const [key, value] of Object.entries(fields)) {
    if (!LOCAL_ONLY.has(key) && value !== undefined) doc[key] = value;
  }
  return doc;
}

/**
 * Returns the record a document holds, or undefined when it is not one of ours (a design document, a
 * CouchDB deletion, a document of an unknown type, without a valid stamp, or whose id and body disagree).
 */
export function fromDoc(doc: unknown): IncomingRecord | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const body = doc as Record<string, unknown>;
  const { _id, _rev, type, id, updatedAt, updatedBy } = body;
  if (typeof _id !== 'string' || typeof type !== 'string' || !TYPES.has(type)) return undefined;
  if (body._deleted === true || typeof id !== 'string' || _id !== `${type}:${id}`) return undefined;
  if (!isStamp(updatedAt) || typeof updatedBy !== 'string') return undefined;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!LOCAL_ONLY.has(key)) fields[key] = value;
  }
  const record: IncomingRecord = { type: type as SyncedType, fields: fields as RecordFields };
  if (typeof _rev === 'string') record.rev = _rev;
  return record;
}

/**
 * Returns the deletion a `_deleted` document of ours stands for (its type and id read from `_id`), or
 * undefined when it is not one: the device makes its copy a tombstone.
 */
export function deletionFromDoc(doc: unknown): IncomingRecord | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const { _id, _rev, _deleted } = doc as Record<string, unknown>;
  if (_deleted !== true || typeof _id !== 'string' || typeof _rev !== 'string') return undefined;
  const colon = _id.indexOf(':');
  const type = _id.slice(0, colon);
  const id = _id.slice(colon + 1);
  if (colon <= 0 || id === '' || !TYPES.has(type)) return undefined;
  return {
    type: type as SyncedType,
    fields: { id, updatedAt: '', updatedBy: '' },
    rev: _rev,
    serverDeleted: true,
  };
}

/** Returns what a document from the server means for the device: a record, a deletion, or nothing. */
export function incomingFromDoc(doc: unknown): IncomingRecord | undefined {
  return fromDoc(doc) ?? deletionFromDoc(doc);
}

/** Returns the generation (the number before the dash) of a CouchDB rev, or 0. */
export function revGeneration(rev: unknown): number {
  if (typeof rev !== 'string') return 0;
  const generation = Number.parseInt(rev, 10);
  return Number.isSafeInteger(generation) && generation > 0 ? generation : 0;
}
