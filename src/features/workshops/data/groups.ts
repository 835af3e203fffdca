// Groups and terms, their members (membership records) and their sessions (single or a weekly series).
// Writes go through src/db/write.ts; a membership's id is `${groupId}:${memberId}`, so adding a member
// twice (or on two devices) makes one record.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import type { GroupRecord, MemberRecord, SessionRecord } from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { newId } from '@/db/ulid';
import { deleteRecords, getRecord, listRecords, saveRecord, saveRecords } from '@/db/write';
import { listMembers } from '@/features/workshops/data/members';

export type GroupDetails = { name: string; term: string; instructorIds: string[]; moduleIds: string[] };

export type SessionPlan =
  | { kind: 'single'; date: string; time: string }
  | { kind: 'weekly'; startDate: string; weekday: number; time: string; count: number };

/** The most sessions one weekly series may plan: a long UTW term has about 15 weeks, a year 30. */
export const MAX_SERIES_COUNT = 30;

export function membershipId(groupId: string, memberId: string): string {
  return `${groupId}:${memberId}`;
}

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** Live groups sorted by term (newest first), then name. Rejects with StorageProblem. */
export async function listGroups(db: KrokDatabase): Promise<GroupRecord[]> {
  return (await listRecords(db, 'group')).sort(
    (a, b) => collator.compare(b.term, a.term) || collator.compare(a.name, b.name),
  );
}

/** The ids of the live members of a group. Rejects with StorageProblem. */
export async function groupMemberIds(db: KrokDatabase, groupId: string): Promise<string[]> {
  const stored = await withStorage(() => db.memberships.where('groupId').equals(groupId).toArray());
  return stored.filter((record) => record.deleted !== true).map((record) => record.memberId as string);
}

/** A group's sessions, earliest first. Rejects with StorageProblem. */
export async function groupSessions(db: KrokDatabase, groupId: string): Promise<SessionRecord[]> {
  const stored = await withStorage(() => db.sessions.where('groupId').equals(groupId).toArray());
  return stored
    .filter((record): record is SessionRecord => record.deleted !== true)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * Creates a group (no id) or changes one, and makes `memberIds` its members: memberships are added for
 * new members and tombstoned for removed ones. Resolves to the group. Rejects with StorageProblem.
 */
export async function saveGroup(
  db: KrokDatabase,
  details: GroupDetails,
  memberIds: readonly string[],
  id?: string,
): Promise<GroupRecord> {
  const group = await saveRecord(db, 'group', {
    id,
    name: details.name.trim(),
    term: details.term.trim(),
    instructorIds: details.instructorIds.map((name) => name.trim()).filter(Boolean),
    moduleIds: details.moduleIds,
  });
  const current = new Set(await groupMemberIds(db, group.id));
  const wanted = new Set(memberIds);
  await saveRecords(
    db,
    'membership',
    [...wanted]
      .filter((memberId) => !current.has(memberId))
      .map((memberId) => ({ id: membershipId(group.id, memberId), groupId: group.id, memberId })),
  );
  const removed = [...current].filter((memberId) => !wanted.has(memberId));
  if (removed.length > 0) {
    await deleteRecords(
      db,
      'membership',
      removed.map((memberId) => membershipId(group.id, memberId)),
    );
  }
  return group;
}

/** Local date-time from "YYYY-MM-DD" and "HH:MM", as an ISO string (UTC). */
function localDateTime(date: string, time: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month - 1, day, hours, minutes);
}

/**
 * The start times of a plan as ISO strings: one for a single session; for a weekly series, `count`
 * dates on `weekday` (0 = Sunday … 6 = Saturday, as Date.getDay) from the first such day on or after
 * `startDate`, each at the same local time (also across a change to or from summer time).
 */
export function planDates(plan: SessionPlan): string[] {
  if (plan.kind === 'single') return [localDateTime(plan.date, plan.time).toISOString()];
  const first = localDateTime(plan.startDate, plan.time);
  first.setDate(first.getDate() + ((plan.weekday - first.getDay() + 7) % 7));
  const count = Math.max(1, Math.min(MAX_SERIES_COUNT, Math.floor(plan.count)));
  return Array.from({ length: count }, (_, week) => {
    const day = new Date(first);
    day.setDate(first.getDate() + week * 7);
    return day.toISOString();
  });
}

/**
 * Plans the sessions of a group (one transaction). A weekly series shares one seriesId.
 * Resolves to the saved sessions. Rejects with StorageProblem.
 */
export function planSessions(
  db: KrokDatabase,
  groupId: string,
  plan: SessionPlan,
  venue: string,
  lessonIds: readonly string[],
): Promise<SessionRecord[]> {
  const seriesId = plan.kind === 'weekly' ? newId() : undefined;
  return saveRecords(
    db,
    'session',
    planDates(plan).map((startsAt) => ({
      groupId,
      startsAt,
      venue: venue.trim() || undefined,
      lessonIds: [...lessonIds],
      seriesId,
    })),
  );
}

/**
 * Cancels sessions: their records become tombstones (so other devices drop them too). Sessions that
 * already have attendance marks are kept, because the marks belong to them. Resolves to how many were
 * cancelled. Rejects with StorageProblem.
 */
export async function cancelSessions(db: KrokDatabase, sessionIds: readonly string[]): Promise<number> {
  const marked = new Set(
    (await listRecords(db, 'attendance'))
      .filter((mark) => sessionIds.includes(mark.sessionId))
      .map((mark) => mark.sessionId),
  );
  return deleteRecords(
    db,
    'session',
    sessionIds.filter((id) => !marked.has(id)),
  );
}

export type GroupView = {
  group: GroupRecord;
  members: MemberRecord[];
  sessions: SessionRecord[];
};

/** A group with its members (sorted by name) and sessions. Null when it does not exist. */
export async function getGroupView(db: KrokDatabase, groupId: string): Promise<GroupView | null> {
  const group = await getRecord(db, 'group', groupId);
  if (!group) return null;
  const memberIds = new Set(await groupMemberIds(db, groupId));
  const members = (await listMembers(db)).filter((member) => memberIds.has(member.id));
  return { group, members, sessions: await groupSessions(db, groupId) };
}

export type SessionListing = { session: SessionRecord; group: GroupRecord };

/** Every session of every live group, earliest first. Rejects with StorageProblem. */
export async function listSessions(db: KrokDatabase): Promise<SessionListing[]> {
  const groups = new Map((await listGroups(db)).map((group) => [group.id, group]));
  return (await listRecords(db, 'session'))
    .flatMap((session) => {
      const group = groups.get(session.groupId);
      return group ? [{ session, group }] : [];
    })
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
}

export function useGroups(): GroupRecord[] | undefined {
  return useLiveQuery(() => listGroups(getDatabase()), []);
}

export function useGroupView(groupId: string | undefined): GroupView | null | undefined {
  return useLiveQuery(async () => (groupId ? getGroupView(getDatabase(), groupId) : null), [groupId]);
}

export function useSessions(): SessionListing[] | undefined {
  return useLiveQuery(() => listSessions(getDatabase()), []);
}

/** How many live members each group has, by group id. */
export function useGroupSizes(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const sizes = new Map<string, number>();
    for (const membership of await listRecords(getDatabase(), 'membership')) {
      sizes.set(membership.groupId, (sizes.get(membership.groupId) ?? 0) + 1);
    }
    return sizes;
  }, []);
}

export const groupsStore = {
  save: (details: GroupDetails, memberIds: readonly string[], id?: string) =>
    saveGroup(getDatabase(), details, memberIds, id),
  planSessions: (groupId: string, plan: SessionPlan, venue: string, lessonIds: readonly string[]) =>
    planSessions(getDatabase(), groupId, plan, venue, lessonIds),
  cancelSessions: (sessionIds: readonly string[]) => cancelSessions(getDatabase(), sessionIds),
};

/** The term label for a date: "2026/27 semestr zimowy" from October to February, else "semestr letni". */
export function termFor(date: Date, winter: string, summer: string): string {
  const month = date.getMonth() + 1;
  const startYear = month >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  const label = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  return `${label} ${month >= 8 || month <= 2 ? winter : summer}`;
}
