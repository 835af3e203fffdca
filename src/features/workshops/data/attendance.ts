// Attendance at one session: the sheet (the group's members and their marks) and the marks themselves.
// Each mark is its own record with the id `${sessionId}:${memberId}`, saved at once, so two devices
// marking the same session merge member by member.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import type {
  AttendanceRecord,
  AttendanceStatus,
  GroupRecord,
  MemberRecord,
  SessionRecord,
} from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { getRecord, saveRecord, saveRecords } from '@/db/write';
import { groupMemberIds } from '@/features/workshops/data/groups';
import { listMembers } from '@/features/workshops/data/members';

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'excused', 'absent'];

export type SessionSheet = {
  session: SessionRecord;
  group: GroupRecord;
  /** The group's members, by name; archived members only when they already have a mark. */
  members: MemberRecord[];
  marks: ReadonlyMap<string, AttendanceStatus>;
};

/** The live marks of one session, by member id. Rejects with StorageProblem. */
export async function sessionMarks(
  db: KrokDatabase,
  sessionId: string,
): Promise<Map<string, AttendanceStatus>> {
  const stored = await withStorage(() => db.attendance.where('sessionId').equals(sessionId).toArray());
  return new Map(
    stored
      .filter((record): record is AttendanceRecord => record.deleted !== true)
      .map((record) => [record.memberId, record.status]),
  );
}

/** The attendance sheet of a session; null when the session or its group does not exist. */
export async function getSessionSheet(db: KrokDatabase, sessionId: string): Promise<SessionSheet | null> {
  const session = await getRecord(db, 'session', sessionId);
  if (!session) return null;
  const group = await getRecord(db, 'group', session.groupId);
  if (!group) return null;
  const [memberIds, marks, members] = await Promise.all([
    groupMemberIds(db, group.id),
    sessionMarks(db, sessionId),
    listMembers(db),
  ]);
  const inGroup = new Set(memberIds);
  return {
    session,
    group,
    members: members.filter((member) => (inGroup.has(member.id) && !member.archived) || marks.has(member.id)),
    marks,
  };
}

/** Saves one member's mark at once. Resolves to the record. Rejects with StorageProblem. */
export function markAttendance(
  db: KrokDatabase,
  sessionId: string,
  memberId: string,
  status: AttendanceStatus,
): Promise<AttendanceRecord> {
  return saveRecord(db, 'attendance', { sessionId, memberId, status });
}

/**
 * "Everyone present" as a starting point: marks present every listed member who has no mark yet
 * (marks already made are kept), one record each, in one transaction. Resolves to how many were marked.
 */
export async function markAllPresent(
  db: KrokDatabase,
  sessionId: string,
  memberIds: readonly string[],
): Promise<number> {
  const marks = await sessionMarks(db, sessionId);
  const unmarked = memberIds.filter((memberId) => !marks.has(memberId));
  await saveRecords(
    db,
    'attendance',
    unmarked.map((memberId) => ({ sessionId, memberId, status: 'present' as const })),
  );
  return unmarked.length;
}

/** Counts per status, plus the members without a mark. */
export function countMarks(sheet: SessionSheet): Record<AttendanceStatus | 'unmarked', number> {
  const counts = { present: 0, late: 0, excused: 0, absent: 0, unmarked: 0 };
  for (const member of sheet.members) {
    const status = sheet.marks.get(member.id);
    counts[status ?? 'unmarked'] += 1;
  }
  return counts;
}

export function useSessionSheet(sessionId: string | undefined): SessionSheet | null | undefined {
  return useLiveQuery(
    async () => (sessionId ? getSessionSheet(getDatabase(), sessionId) : null),
    [sessionId],
  );
}

export const attendanceStore = {
  mark: (sessionId: string, memberId: string, status: AttendanceStatus) =>
    markAttendance(getDatabase(), sessionId, memberId, status),
  markAllPresent: (sessionId: string, memberIds: readonly string[]) =>
    markAllPresent(getDatabase(), sessionId, memberIds),
};
