// The sync file: for organisations without a server, one device exports its records (all, or those
// changed since a date) and another imports them through the same merge as a pull. A file that is not
// ours, or damaged in any record, is refused whole and changes nothing.
import '@/lib/zod-setup';
import { z } from 'zod';
import { getDatabase, type KrokDatabase, syncedTable } from '@/db/database';
import { getDeviceId } from '@/db/device';
import { isStamp, parseStamp } from '@/db/hlc';
import { SYNCED_TYPES } from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { applyIncoming, type IncomingRecord, type RecordFields } from '@/db/sync-store';
import { decideMerge } from '@/sync/merge';

export const SYNC_FILE_FORMAT = 'krok-po-kroku-sync';
export const SYNC_FILE_VERSION = 1;

/** Why a file was refused: not a sync file at all, a newer format, or damaged records. */
export type SyncFileProblem = 'notJson' | 'foreign' | 'newerVersion' | 'damaged';

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
 * Imports a parsed sync file through the sync merge, in one transaction (all or nothing). Records that
 * change something here become dirty, so they also reach the server if there is one. Resolves to how
 * many records were stored. Rejects with StorageProblem.
 */
export async function importSyncFile(db: KrokDatabase, file: SyncFile): Promise<number> {
  const incoming: IncomingRecord[] = file.records.map(({ type, ...fields }) => ({
    type,
    fields: fields as RecordFields,
  }));
  return applyIncoming(db, incoming, decideMerge);
}
