// Record types of the one database: the sync envelope, the synced domain records and the device-only
// records, plus the deterministic ids of attendance and progress. Types only, apart from small helpers.

import type { HlcStamp } from '@/db/hlc';

/** Carried by every synced record (DESIGN.md, "Data"). */
export type Envelope = {
  /** ULID, or deterministic for attendance and progress (see attendanceId, progressId). */
  id: string;
  /** Hybrid logical clock stamp of the last local or merged change. */
  updatedAt: HlcStamp;
  /** Device id of the device that made the last change. */
  updatedBy: string;
  /** Tombstone: records are never hard-deleted before sync. */
  deleted?: true;
  /** The CouchDB `_rev` this copy was based on; absent until first pushed or pulled. */
  rev?: string;
  /** 1 = changed locally since the last push (a number, because IndexedDB cannot index booleans). */
  dirty: 0 | 1;
};

export type AttendanceStatus = 'present' | 'late' | 'excused' | 'absent';
export type AssessmentPhase = 'before' | 'after';

/** A roster entry. Name, phone, notes and consent are personal data, removed from its tombstone. */
export type MemberFields = {
  name: string;
  memberNumber: string;
  phone?: string;
  notes?: string;
  archived?: boolean;
  /** When consent to keep the data was recorded (ISO date) and by whom (a staff name or device id). */
  consent?: { date: string; recordedBy: string };
};

export type GroupFields = {
  name: string;
  /** A term label as used by the UTW office, e.g. "2025/2026 zima". */
  term: string;
  instructorIds: string[];
  moduleIds: string[];
  archived?: boolean;
};

export type MembershipFields = { groupId: string; memberId: string };

/** A workshop meeting. */
export type SessionFields = {
  groupId: string;
  /** ISO 8601 date-time. */
  startsAt: string;
  venue?: string;
  lessonIds: string[];
  /** Shared by the sessions of one repeating series. */
  seriesId?: string;
};

/** One mark; its id is attendanceId(sessionId, memberId) so two devices marking a member merge. */
export type AttendanceFields = { sessionId: string; memberId: string; status: AttendanceStatus };

/** A learner's place in one lesson; its id is progressId(owner, lessonId). */
export type ProgressFields = {
  /** The profile id of the learner (a member id when recorded by an instructor). */
  owner: string;
  lessonId: string;
  moduleId: string;
  /** Index of the current step, from 0. */
  step: number;
  stepsTotal: number;
  /** ISO 8601 date-time. */
  completedAt?: string;
  /** Per quiz step id: the last answer's correctness and how many tries it took. */
  quiz?: Record<string, { correct: boolean; attempts: number }>;
  /** Per practice step id: whether the simulation's goal was reached and the mistakes made. */
  practice?: Record<string, { done: boolean; mistakes: number }>;
};

/** A self-assessment before or after a course (the effectiveness report). */
export type AssessmentFields = {
  /** The profile id or member id of the person assessing themselves. */
  owner: string;
  moduleId: string;
  phase: AssessmentPhase;
  /** Per question id, the chosen value on the scale. */
  answers: Record<string, number>;
};

export type MemberRecord = Envelope & MemberFields;
export type GroupRecord = Envelope & GroupFields;
export type MembershipRecord = Envelope & MembershipFields;
export type SessionRecord = Envelope & SessionFields;
export type AttendanceRecord = Envelope & AttendanceFields;
export type ProgressRecord = Envelope & ProgressFields;
export type AssessmentRecord = Envelope & AssessmentFields;

/** Domain fields (without the envelope) per synced type. */
export type SyncedFieldsMap = {
  member: MemberFields;
  group: GroupFields;
  membership: MembershipFields;
  session: SessionFields;
  attendance: AttendanceFields;
  progress: ProgressFields;
  assessment: AssessmentFields;
};

export type SyncedRecordMap = {
  member: MemberRecord;
  group: GroupRecord;
  membership: MembershipRecord;
  session: SessionRecord;
  attendance: AttendanceRecord;
  progress: ProgressRecord;
  assessment: AssessmentRecord;
};

export type SyncedType = keyof SyncedRecordMap;

export const SYNCED_TYPES = [
  'member',
  'group',
  'membership',
  'session',
  'attendance',
  'progress',
  'assessment',
] as const satisfies readonly SyncedType[];

/** A deleted record: the envelope plus the identity fields listed in TOMBSTONE_FIELDS. */
export type Tombstone<T extends SyncedType> = Envelope & { deleted: true } & Partial<SyncedFieldsMap[T]>;

/** What a synced table holds: live records and tombstones. */
export type StoredRecord<T extends SyncedType> = SyncedRecordMap[T] | Tombstone<T>;

/**
 * Fields a tombstone keeps besides the envelope: only what identifies the record or links it to its
 * parent, so that other devices can drop it from their views. Members keep nothing: erasure removes
 * every personal field (DESIGN.md, "Security and privacy").
 */
export const TOMBSTONE_FIELDS: { readonly [T in SyncedType]: readonly (keyof SyncedFieldsMap[T])[] } = {
  member: [],
  group: [],
  membership: ['groupId', 'memberId'],
  session: ['groupId'],
  attendance: ['sessionId', 'memberId'],
  progress: ['owner', 'lessonId', 'moduleId'],
  assessment: ['owner', 'moduleId', 'phase'],
};

/**
 * Types whose id is made of what they link (a membership, an attendance mark, progress, an assessment):
 * marking a member present again after an "unmark" must reuse the id, so their tombstones may be
 * revived. A deleted member, group or session is never revived: a restore is a new record. The same
 * list is `revivable` in src/sync/record-spec.json (the server's rules); a test keeps the two equal.
 */
export const REVIVABLE_TYPES: ReadonlySet<SyncedType> = new Set<SyncedType>([
  'membership',
  'attendance',
  'progress',
  'assessment',
]);

/** Returns true when a stored record is live (not a tombstone). */
export function isLive<T extends SyncedType>(record: StoredRecord<T>): record is SyncedRecordMap[T] {
  return record.deleted !== true;
}

/** Returns the id of the attendance mark of one member at one session. */
export function attendanceId(sessionId: string, memberId: string): string {
  return `${sessionId}:${memberId}`;
}

/** Returns the id of one learner's progress in one lesson. */
export function progressId(owner: string, lessonId: string): string {
  return `${owner}:${lessonId}`;
}

/** Device-only: a learner or UI preference of this device (text size, contrast, language…). */
export type SettingRecord = { key: string; value: unknown };

/** Device-only: a learner on a shared device. */
export type ProfileRecord = {
  id: string;
  name: string;
  /** A CSS colour for the profile's badge. */
  color: string;
  /** ISO 8601 date-time. */
  createdAt: string;
};

/** Device-only: sync checkpoints and similar state owned by src/sync. */
export type SyncStateRecord = { key: string; value: unknown };

/**
 * Device-only: internal facts about this database that are neither user preferences nor sync state.
 * Kept apart from settings so that "reset settings" can never change the device id.
 */
export type MetaRecord = { key: MetaKey; value: unknown };

export const META_KEYS = {
  /** The device id (a ULID): `updatedBy` of local changes and the node of local clock stamps. */
  deviceId: 'deviceId',
  /** Whether persistent storage was requested, when, and the browser's answer (see persist.ts). */
  persistence: 'persistence',
} as const;

export type MetaKey = (typeof META_KEYS)[keyof typeof META_KEYS];
