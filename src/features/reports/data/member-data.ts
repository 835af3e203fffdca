// A member's own data: everything stored about them, as one JSON file (the right of access), and the
// erasure of their personal data (the right to be forgotten). Erasure writes the member's tombstone
// through the write path — every personal field gone, `deleted: true`, a new stamp — so it syncs to
// every device. Their memberships and attendance marks stay, tied only to the bare id: the group's
// totals keep counting them, and no report can name them again.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import {
  type AssessmentRecord,
  type AttendanceStatus,
  isLive,
  type MemberRecord,
  type ProgressRecord,
} from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { deleteRecord, getRecord } from '@/db/write';

export const MEMBER_DATA_FORMAT = 'krok-po-kroku/member-data';

export type MemberDataExport = {
  format: typeof MEMBER_DATA_FORMAT;
  version: 1;
  /** ISO date-time of the export. */
  exportedAt: string;
  /** The roster entry as stored, sync envelope included. */
  member: MemberRecord;
  groups: { groupId: string; name: string; term: string }[];
  attendance: { sessionId: string; startsAt: string; groupName: string; status: AttendanceStatus }[];
  progress: ProgressRecord[];
  assessments: AssessmentRecord[];
};

/**
 * Everything stored about one member, or undefined when there is no live member with this id (never
 * stored, or already erased). Rejects with StorageProblem.
 */
export async function exportMemberData(
  db: KrokDatabase,
  memberId: string,
  now: Date = new Date(),
): Promise<MemberDataExport | undefined> {
  const member = await getRecord(db, 'member', memberId);
  if (!member) return undefined;
  const [memberships, marks, progress, assessments, groups, sessions] = await withStorage(() =>
    Promise.all([
      db.memberships.where('memberId').equals(memberId).toArray(),
      db.attendance.where('memberId').equals(memberId).toArray(),
      db.progress.where('owner').equals(memberId).toArray(),
      db.assessments.where('owner').equals(memberId).toArray(),
      db.groups.toArray(),
      db.sessions.toArray(),
    ]),
  );
  const groupById = new Map(groups.filter(isLive).map((group) => [group.id, group]));
  const sessionById = new Map(sessions.filter(isLive).map((session) => [session.id, session]));
  return {
    format: MEMBER_DATA_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    member,
    groups: memberships.filter(isLive).map((membership) => {
      const group = groupById.get(membership.groupId);
      return { groupId: membership.groupId, name: group?.name ?? '', term: group?.term ?? '' };
    }),
    attendance: marks
      .filter(isLive)
      .map((mark) => {
        const session = sessionById.get(mark.sessionId);
        return {
          sessionId: mark.sessionId,
          startsAt: session?.startsAt ?? '',
          groupName: (session && groupById.get(session.groupId)?.name) ?? '',
          status: mark.status,
        };
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    progress: progress.filter(isLive),
    assessments: assessments.filter(isLive),
  };
}

/**
 * Erases a member's personal data: the member record becomes a tombstone with no personal field.
 * Resolves to true when a live member was erased, false when there was none. Rejects with
 * StorageProblem, in which case nothing changed.
 */
export function eraseMember(db: KrokDatabase, memberId: string): Promise<boolean> {
  return deleteRecord(db, 'member', memberId);
}

/** One live member; null when there is none (or they were erased); undefined while loading. */
export function useMemberRecord(memberId: string | undefined): MemberRecord | null | undefined {
  return useLiveQuery(
    async () => (memberId ? ((await getRecord(getDatabase(), 'member', memberId)) ?? null) : null),
    [memberId],
  );
}

export const memberData = {
  export: (memberId: string) => exportMemberData(getDatabase(), memberId),
  erase: (memberId: string) => eraseMember(getDatabase(), memberId),
};
