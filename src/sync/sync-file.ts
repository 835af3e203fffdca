// The sync file: for organisations without a server, one device exports its records (all, or those
// changed since a date) and another imports them through the same merge as a pull. A file that is not
// ours, or whose records lack their identity, is refused whole and changes nothing; a record that fails
// its type's schema (src/sync/incoming.ts) or would bring an erased member back is refused alone and
// listed on the sync screen, the others are imported.
import '@/lib/zod-setup';
import { z } from 'zod';
import { getDatabase, type KrokDatabase, syncedTable } from '@/db/database';
import { getDeviceId } from '@/db/device';
import { isStamp, parseStamp } from '@/db/hlc';
import { SYNCED_TYPES } from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { applyIncoming, type IncomingRecord, noteIncoming, type RecordFields } from '@/db/sync-store';
import { screenRecords } from '@/sync/incoming';
import { decideMerge } from '@/sync/merge';
import { isRevivable } from '@/sync/record-schemas';

export const SYNC_FILE_FORMAT = 'krok-po-kroku-sync';
export const SYNC_FILE_VERSION = 1;

/** Why a file was refused: not a sync file at all, a newer format, damaged records, or far too large. */
export type SyncFileProblem = 'notJson' | 'foreign' | 'newerVersion' | 'damaged' | 'tooLarge';

export class SyncFileError extends Error {
  override readonly name = 'SyncFileError';
  constructor(readonly problem: SyncFileProblem) {
    super(`Sync file refused: ${problem}`);
  }
}

/** The fields each type needs (as the server's validate_doc_update checks them). */
const REQUIRED: Record<(typeof SYNCED_TYPES)[number], readonly string[]> = {
  member: ['name', 'memberNumber'],
  group: ['name', 'term'],
  membership: ['groupId', 'memberId'],
  session: ['groupId', 'startsAt'],
  attendance: ['sessionId', 'memberId', 'status'],
  progress: ['owner', 'lessonId', 'moduleId'],
  assessment: ['owner', 'moduleId', 'phase'],
};

const recordSchema = z
  .object({
    type: z.enum(SYNCED_TYPES),
    id: z.string().min(1).max(200),
    updatedAt: z.string().refine(isStamp),
    updatedBy: z.string().min(1).max(200),
    deleted: z.literal(true).optional(),
  })
  .loose()
  .refine(
    (record) =>
      record.deleted === true ||
      REQUIRED[record.type].every((key) => typeof (record as Record<string, unknown>)[key] === 'string'),
  );

const fileSchema = z.object({
  format: z.literal(SYNC_FILE_FORMAT),
  version: z.literal(SYNC_FILE_VERSION),
  exportedAt: z.string(),
  deviceId: z.string(),
  /** ISO date of "changes since", or null for every record. */
  since: z.string().nullable(),
  records: z.array(recordSchema),
});

export type SyncFile = z.infer<typeof fileSchema>;

/**
 * Returns the sync file of this device: every record (tombstones too, so deletions travel) or those
 * changed since `since` (a Date). Rejects with StorageProblem.
 */
export async function exportSyncFile(db: KrokDatabase = getDatabase(), since?: Date): Promise<SyncFile> {
  const fromMs = since?.getTime();
  const records: SyncFile['records'] = [];
  await withStorage(() =>
    db.transaction(
      'r',
      SYNCED_TYPES.map((type) => syncedTable(db, type)),
      async () => {
        for (const type of SYNCED_TYPES) {
          await syncedTable(db, type).each((stored) => {
            if (
              fromMs !== undefined &&
              (!isStamp(stored.updatedAt) || parseStamp(stored.updatedAt).ms < fromMs)
            ) {
              return;
            }
            const { dirty: _dirty, rev: _rev, ...fields } = stored as Record<string, unknown>;
            records.push({ ...(fields as RecordFields), type });
          });
        }
      },
    ),
  );
  return {
    format: SYNC_FILE_FORMAT,
    version: SYNC_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    deviceId: await getDeviceId(db),
    since: since?.toISOString() ?? null,
    records,
  };
}

/** Parses a sync file's text; throws SyncFileError with the reason it is refused. */
export function parseSyncFile(text: string): SyncFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SyncFileError('notJson');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== SYNC_FILE_FORMAT
  ) {
    throw new SyncFileError('foreign');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SYNC_FILE_VERSION) throw new SyncFileError('newerVersion');
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new SyncFileError('damaged');
  return parsed.data;
}

/**
 * Imports a parsed sync file through the sync merge, in one transaction (all or nothing), after the
 * boundary check. Records that change something here become dirty, so they also reach the server if
 * there is one. Resolves to how many records were stored and refused. Rejects with StorageProblem.
 */
export async function importSyncFile(db: KrokDatabase, file: SyncFile): Promise<SyncFileImport> {
  const incoming: IncomingRecord[] = file.records.map(({ type, ...fields }) => ({
    type,
    fields: fields as RecordFields,
  }));
  const { records, refused } = screenRecords(incoming, 'file');
  // A live copy of an erased member (group, session) would bring it back: refused and listed.
  const accepted: IncomingRecord[] = [];
  for (const type of SYNCED_TYPES) {
    const ofType = records.filter((record) => record.type === type);
    if (ofType.length === 0) continue;
    const stored = isRevivable(type)
      ? []
      : await withStorage(() => syncedTable(db, type).bulkGet(ofType.map((record) => record.fields.id)));
    ofType.forEach((record, index) => {
      if (stored[index]?.deleted === true && record.fields.deleted !== true) {
        const { id, updatedAt } = record.fields;
        refused.push({
          type,
          id,
          updatedAt,
          problem: 'revival',
          source: 'file',
          at: new Date().toISOString(),
        });
      } else accepted.push(record);
    });
  }
  await noteIncoming(db, refused, accepted);
  const stored = await applyIncoming(db, accepted, decideMerge);
  return { stored, refused: refused.length };
}

/** What an import did: records stored, records refused (listed on the sync screen). */
export type SyncFileImport = { stored: number; refused: number };

/** The largest sync file read: 20,000 records are about 6 MB; anything far larger is not ours. */
export const MAX_SYNC_FILE_BYTES = 50 * 1024 * 1024;

/** Reads a chosen file's text after checking its size; throws SyncFileError('tooLarge') first. */
export async function readSyncFileText(file: Blob): Promise<string> {
  if (file.size > MAX_SYNC_FILE_BYTES) throw new SyncFileError('tooLarge');
  return file.text();
}
