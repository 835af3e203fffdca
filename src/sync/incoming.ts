// The boundary for records from elsewhere: every pulled document and every record of a sync file is
// checked against its type's schema (record-schemas.ts, the server's rules) before it is applied.
// What fails is returned as a refusal (kept in syncState and listed on the sync screen), never applied.

import { SYNCED_TYPES, type SyncedType } from '@/db/records';
import type { IncomingRecord, IncomingRefusal } from '@/db/sync-store';
import { deletionFromDoc, fromDoc } from '@/sync/documents';
import { recordProblem } from '@/sync/record-schemas';

const TYPES: ReadonlySet<string> = new Set(SYNCED_TYPES);

export type Screened = { records: IncomingRecord[]; refused: IncomingRefusal[] };

function refusal(
  type: SyncedType,
  id: string,
  updatedAt: unknown,
  problem: IncomingRefusal['problem'],
  source: IncomingRefusal['source'],
): IncomingRefusal {
  const stamp = typeof updatedAt === 'string' ? updatedAt.slice(0, 200) : '';
  return { type, id: id.slice(0, 200), updatedAt: stamp, problem, source, at: new Date().toISOString() };
}

/** Splits checked records into those that may be applied and refusals. */
export function screenRecords(
  incoming: readonly IncomingRecord[],
  source: IncomingRefusal['source'],
  nowMs: number = Date.now(),
): Screened {
  const screened: Screened = { records: [], refused: [] };
  for (const record of incoming) {
    const problem = recordProblem(record.type, record.fields, nowMs);
    if (problem === undefined) screened.records.push(record);
    else
      screened.refused.push(refusal(record.type, record.fields.id, record.fields.updatedAt, problem, source));
  }
  return screened;
}

/**
 * Screens pulled documents: a CouchDB deletion of one of our records passes as a deletion (the device
 * makes its copy a tombstone; it carries no fields to check); documents that are not records (design
 * documents, other types) are left out; a record document that cannot even be read as one, or that
 * fails its schema, is refused.
 */
export function screenDocs(docs: readonly unknown[], nowMs: number = Date.now()): Screened {
  const readable: IncomingRecord[] = [];
  const unreadable: IncomingRefusal[] = [];
  const deletions: IncomingRecord[] = [];
  for (const doc of docs) {
    const record = fromDoc(doc);
    if (record !== undefined) {
      readable.push(record);
      continue;
    }
    const deletion = deletionFromDoc(doc);
    if (deletion !== undefined) {
      deletions.push(deletion);
      continue;
    }
    if (typeof doc !== 'object' || doc === null) continue;
    const { _id, _deleted, type, id, updatedAt } = doc as Record<string, unknown>;
    if (typeof _id !== 'string' || _deleted === true || typeof type !== 'string' || !TYPES.has(type))
      continue;
    if (!_id.startsWith(`${type}:`)) continue;
    const recordId = typeof id === 'string' ? id : _id.slice(type.length + 1);
    unreadable.push(refusal(type as SyncedType, recordId, updatedAt, 'shape', 'server'));
  }
  const screened = screenRecords(readable, 'server', nowMs);
  screened.records.push(...deletions);
  screened.refused.push(...unreadable);
  return screened;
}
