// The database schema, one entry per shipped version, oldest first, with the upgrade that carries each
// version's records into the next. A shipped entry is never edited: a change is a new version with an
// upgrade function and a test that opens a database written by the previous version.

import type { Table, Transaction } from 'dexie';
import { readOrCreateDeviceId } from '@/db/device';
import { createClock } from '@/db/hlc';
import { type MetaRecord, progressId, type SyncedType } from '@/db/records';

export type SchemaVersion = {
  version: number;
  /** Dexie store definitions: primary key first, then indexes; null deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};

/** Version 1, as shipped before sync: learner tables only, progress without an envelope. */
export const SCHEMA_V1 = {
  progress: 'id, lessonId',
  settings: 'key',
  profiles: 'id',
} as const;

/**
 * Version 2: every synced table indexes `dirty` (what to push) and `updatedAt` (the newest stamp,
 * to seed the clock at start-up), plus the lookups the features need.
 */
export const SCHEMA_V2 = {
  members: 'id, dirty, updatedAt, memberNumber',
  groups: 'id, dirty, updatedAt',
  memberships: 'id, dirty, updatedAt, groupId, memberId',
  sessions: 'id, dirty, updatedAt, groupId, startsAt',
  attendance: 'id, dirty, updatedAt, sessionId, memberId',
  progress: 'id, dirty, updatedAt, owner, lessonId',
  assessments: 'id, dirty, updatedAt, owner, moduleId',
  settings: 'key',
  profiles: 'id',
  syncState: 'key',
  meta: 'key',
} as const;

/** The table of each synced type. */
export const SYNCED_TABLES = {
  member: 'members',
  group: 'groups',
  membership: 'memberships',
  session: 'sessions',
  attendance: 'attendance',
  progress: 'progress',
  assessment: 'assessments',
} as const satisfies { [T in SyncedType]: keyof typeof SCHEMA_V2 };

/** A version 1 progress record as stored: an object with a primary key, fields unchecked. */
type LegacyProgress = Record<string, unknown> & { id: unknown };

function isLegacyProgress(value: unknown): value is LegacyProgress {
  return typeof value === 'object' && value !== null && 'id' in value;
}

/** The id version 2 expects, or the old id when the record lacks owner or lessonId. */
function currentProgressId(record: LegacyProgress): unknown {
  const { owner, lessonId } = record;
  return typeof owner === 'string' && typeof lessonId === 'string' ? progressId(owner, lessonId) : record.id;
}

/** True when `a` is further along than `b`: completed beats not completed, then the later step. */
function isFurther(a: LegacyProgress, b: LegacyProgress): boolean {
  const aDone = typeof a.completedAt === 'string';
  const bDone = typeof b.completedAt === 'string';
  if (aDone !== bDone) return aDone;
  return (typeof a.step === 'number' ? a.step : 0) > (typeof b.step === 'number' ? b.step : 0);
}

/**
 * Gives every version 1 progress record the envelope: a stamp from a clock of this device, the device id
 * (created here if missing) and dirty 1, so that the first sync pushes it. A record whose id was not
 * `${owner}:${lessonId}` is moved to that id; if two records land on one id, the one further along wins.
 */
async function upgradeToV2(transaction: Transaction): Promise<void> {
  const deviceId = await readOrCreateDeviceId(transaction.table('meta') as Table<MetaRecord, string>);
  const clock = createClock(deviceId);
  const progress = transaction.table('progress');
  const legacy: unknown[] = await progress.toArray();
  const byId = new Map<unknown, LegacyProgress>();
  for (const record of legacy) {
    if (!isLegacyProgress(record)) continue;
    const id = currentProgressId(record);
    const kept = byId.get(id);
    if (kept === undefined || isFurther(record, kept)) byId.set(id, { ...record, id });
  }
  await progress.clear();
  await progress.bulkPut(
    [...byId.values()].map((record) => ({
      ...record,
      updatedAt: clock.tick(),
      updatedBy: deviceId,
      dirty: 1,
    })),
  );
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
];
