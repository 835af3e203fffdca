// Attendance reports, computed from records alone (no Dexie here: load-report.ts reads the tables):
// the member × session matrix of a group, each member's and each session's attendance rate, the
// summaries per group and per member across groups and terms, the filters, and certificate eligibility.
//
// Counting rules (shown to the coordinator on the report screens):
// - only sessions already held count (startsAt at or before `now`); later ones are "planned";
// - present and late count as attended, absent as not attended;
// - excused counts as attended, as not attended, or is left out, as the coordinator chooses;
// - a held session without a mark for a member is "not marked" and left out of the rate (a forgotten
//   tap must not count against anyone);
// - archived members stay in the reports (they were in the course); erased members (a tombstone with
//   no personal fields) are never listed by row, but their marks still count in the group's totals.
import type {
  AttendanceRecord,
  AttendanceStatus,
  GroupRecord,
  MembershipRecord,
  SessionRecord,
  StoredRecord,
} from '@/db/records';

export type ExcusedMode = 'present' | 'absent' | 'omit';
export const EXCUSED_MODES: readonly ExcusedMode[] = ['present', 'absent', 'omit'];

/** Live records of the synced tables, plus member tombstones (to tell an erased member from an unknown one). */
export type ReportData = {
  members: readonly StoredRecord<'member'>[];
  groups: readonly GroupRecord[];
  memberships: readonly MembershipRecord[];
  sessions: readonly SessionRecord[];
  attendance: readonly AttendanceRecord[];
};

export type ReportFilters = { term?: string; groupId?: string; instructor?: string };

export type ReportOptions = {
  excused: ExcusedMode;
  /** ISO date-time: sessions starting after it are planned, not held. */
  now: string;
};

/** A member as a report shows them; `name` and `memberNumber` are empty for an erased member. */
export type MemberRef = {
  id: string;
  name: string;
  memberNumber: string;
  archived: boolean;
  erased: boolean;
};

/** Counts of marks and the rate they give. */
export type Tally = {
  present: number;
  late: number;
  excused: number;
  absent: number;
  /** Held sessions without a mark. */
  unmarked: number;
  /** Marks that count towards the rate (the denominator). */
  counted: number;
  /** Marks that count as attended (the numerator). */
  attended: number;
  /** attended / counted, from 0 to 1; null when nothing counts. */
  rate: number | null;
};

export type MatrixRow = {
  member: MemberRef;
  /** One entry per held session, in the order of GroupMatrix.sessions; undefined = not marked. */
  statuses: (AttendanceStatus | undefined)[];
  tally: Tally;
};

export type GroupMatrix = {
  group: GroupRecord;
  /** Held sessions, earliest first: the matrix's columns. */
  sessions: SessionRecord[];
  /** Every live session of the group, held or not. */
  planned: number;
  /** Members listed by name (Polish order); erased members are left out. */
  rows: MatrixRow[];
  /** How many erased members had marks or a membership in this group (counted in the totals). */
  erased: number;
  /** One tally per held session (every member, erased ones too). */
  sessionTallies: Tally[];
  /** All marks of the group. */
  total: Tally;
};

export type MemberSummary = { member: MemberRef; groups: string[]; tally: Tally };

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

type Counts = Pick<Tally, 'present' | 'late' | 'excused' | 'absent' | 'unmarked'>;

function emptyCounts(): Counts {
  return { present: 0, late: 0, excused: 0, absent: 0, unmarked: 0 };
}

/** Turns counts into a tally under the chosen treatment of excused absences. */
export function tallyOf(counts: Counts, excused: ExcusedMode): Tally {
  const attendedBase = counts.present + counts.late;
  const attended = attendedBase + (excused === 'present' ? counts.excused : 0);
  const counted = attendedBase + counts.absent + (excused === 'omit' ? 0 : counts.excused);
  return { ...counts, attended, counted, rate: counted === 0 ? null : attended / counted };
}

function addCounts(into: Counts, from: Counts): void {
  into.present += from.present;
  into.late += from.late;
  into.excused += from.excused;
  into.absent += from.absent;
  into.unmarked += from.unmarked;
}

/** Groups matching the filters, sorted by term (newest first), then name. */
export function filterGroups(groups: readonly GroupRecord[], filters: ReportFilters): GroupRecord[] {
  const instructor = filters.instructor?.trim().toLocaleLowerCase('pl');
  return groups
    .filter(
      (group) =>
        (!filters.term || group.term === filters.term) &&
        (!filters.groupId || group.id === filters.groupId) &&
        (!instructor || group.instructorIds.some((name) => name.toLocaleLowerCase('pl') === instructor)),
    )
    .sort((a, b) => collator.compare(b.term, a.term) || collator.compare(a.name, b.name));
}

/** The terms and instructors the filters offer, sorted. */
export function filterChoices(groups: readonly GroupRecord[]): { terms: string[]; instructors: string[] } {
  const terms = new Set<string>();
  const instructors = new Set<string>();
  for (const group of groups) {
    if (group.term) terms.add(group.term);
    for (const name of group.instructorIds) if (name) instructors.add(name);
  }
  return {
    terms: [...terms].sort((a, b) => collator.compare(b, a)),
    instructors: [...instructors].sort(collator.compare),
  };
}

/** Indexes that every report over the same data needs; build once, reuse for each group. */
export type ReportIndex = {
  members: Map<string, MemberRef>;
  sessionsByGroup: Map<string, SessionRecord[]>;
  membersByGroup: Map<string, Set<string>>;
  /** session id → member id → status */
  marksBySession: Map<string, Map<string, AttendanceStatus>>;
};

export function indexReportData(data: ReportData): ReportIndex {
  const members = new Map<string, MemberRef>();
  for (const record of data.members) {
    const erased = record.deleted === true;
    members.set(record.id, {
      id: record.id,
      name: erased ? '' : (record.name ?? ''),
      memberNumber: erased ? '' : (record.memberNumber ?? ''),
      archived: !erased && record.archived === true,
      erased,
    });
  }
  const sessionsByGroup = new Map<string, SessionRecord[]>();
  for (const session of data.sessions) {
    const list = sessionsByGroup.get(session.groupId);
    if (list) list.push(session);
    else sessionsByGroup.set(session.groupId, [session]);
  }
  for (const list of sessionsByGroup.values()) list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const membersByGroup = new Map<string, Set<string>>();
  for (const membership of data.memberships) {
    const set = membersByGroup.get(membership.groupId);
    if (set) set.add(membership.memberId);
    else membersByGroup.set(membership.groupId, new Set([membership.memberId]));
  }
  const marksBySession = new Map<string, Map<string, AttendanceStatus>>();
  for (const mark of data.attendance) {
    const marks = marksBySession.get(mark.sessionId);
    if (marks) marks.set(mark.memberId, mark.status);
    else marksBySession.set(mark.sessionId, new Map([[mark.memberId, mark.status]]));
  }
  return { members, sessionsByGroup, membersByGroup, marksBySession };
}

/** A member the report knows nothing about (not synced yet, or hard-deleted elsewhere) is treated as erased. */
function memberRef(index: ReportIndex, id: string): MemberRef {
  return index.members.get(id) ?? { id, name: '', memberNumber: '', archived: false, erased: true };
}

/**
 * The member × session matrix of one group with every rate. Rows: the group's members and anyone
 * marked at its held sessions (a member moved to another group keeps their marks here).
 */
export function groupMatrix(index: ReportIndex, group: GroupRecord, options: ReportOptions): GroupMatrix {
  const all = index.sessionsByGroup.get(group.id) ?? [];
  const sessions = all.filter((session) => session.startsAt <= options.now);
  const rowIds = new Set(index.membersByGroup.get(group.id));
  const columnMarks = sessions.map((session) => index.marksBySession.get(session.id));
  for (const marks of columnMarks) if (marks) for (const memberId of marks.keys()) rowIds.add(memberId);

  const named: MatrixRow[] = [];
  const totalCounts = emptyCounts();
  const sessionCounts = sessions.map(() => emptyCounts());
  let erased = 0;
  for (const id of rowIds) {
    const member = memberRef(index, id);
    const counts = emptyCounts();
    const statuses: (AttendanceStatus | undefined)[] = new Array(sessions.length);
    for (let column = 0; column < sessions.length; column += 1) {
      const status = columnMarks[column]?.get(id);
      statuses[column] = status;
      const key = status ?? 'unmarked';
      counts[key] += 1;
      (sessionCounts[column] as Counts)[key] += 1;
    }
    addCounts(totalCounts, counts);
    if (member.erased) erased += 1;
    else named.push({ member, statuses, tally: tallyOf(counts, options.excused) });
  }
  named.sort((a, b) => collator.compare(a.member.name, b.member.name));
  return {
    group,
    sessions,
    planned: all.length,
    rows: named,
    erased,
    sessionTallies: sessionCounts.map((counts) => tallyOf(counts, options.excused)),
    total: tallyOf(totalCounts, options.excused),
  };
}

/** The matrices of every group that matches the filters, in filterGroups order. */
export function groupMatrices(
  data: ReportData,
  filters: ReportFilters,
  options: ReportOptions,
  index: ReportIndex = indexReportData(data),
): GroupMatrix[] {
  return filterGroups(data.groups, filters).map((group) => groupMatrix(index, group, options));
}

/** Per member across the given groups (their terms included): the groups they were in and one tally. */
export function memberSummaries(matrices: readonly GroupMatrix[], excused: ExcusedMode): MemberSummary[] {
  const byMember = new Map<string, { member: MemberRef; groups: string[]; counts: Counts }>();
  for (const matrix of matrices) {
    for (const row of matrix.rows) {
      let entry = byMember.get(row.member.id);
      if (!entry) {
        entry = { member: row.member, groups: [], counts: emptyCounts() };
        byMember.set(row.member.id, entry);
      }
      entry.groups.push(matrix.group.name);
      addCounts(entry.counts, row.tally);
    }
  }
  return [...byMember.values()]
    .map(({ member, groups, counts }) => ({ member, groups, tally: tallyOf(counts, excused) }))
    .sort((a, b) => collator.compare(a.member.name, b.member.name));
}

/** The tally of several groups together (their totals added up). */
export function overallTally(matrices: readonly GroupMatrix[], excused: ExcusedMode): Tally {
  const counts = emptyCounts();
  for (const matrix of matrices) addCounts(counts, matrix.total);
  return tallyOf(counts, excused);
}

/** The certificate threshold as coordinators set it: a whole percentage from 1 to 100. */
export const DEFAULT_THRESHOLD_PERCENT = 80;

/**
 * True when the tally reaches the threshold (in whole percent). Compared in integers, so 4 of 5 is
 * exactly 80 % and passes an 80 % threshold. Nothing counted is never eligible.
 */
export function meetsThreshold(tally: Tally, thresholdPercent: number): boolean {
  return tally.counted > 0 && tally.attended * 100 >= thresholdPercent * tally.counted;
}

/** The members of a group who earned a certificate (erased members are never listed). */
export function eligibleRows(matrix: GroupMatrix, thresholdPercent: number): MatrixRow[] {
  return matrix.rows.filter((row) => meetsThreshold(row.tally, thresholdPercent));
}

/** A rate as a whole-or-one-decimal percent number (87.5), or null. */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
