import { describe, expect, it } from 'vitest';
import type {
  AttendanceRecord,
  AttendanceStatus,
  GroupRecord,
  MembershipRecord,
  SessionRecord,
  StoredRecord,
} from '@/db/records';
import {
  eligibleRows,
  filterChoices,
  filterGroups,
  groupMatrices,
  groupMatrix,
  indexReportData,
  meetsThreshold,
  memberSummaries,
  overallTally,
  type ReportData,
  ratePercent,
  tallyOf,
} from '@/features/reports/data/attendance-report';

const envelope = (id: string) => ({ id, updatedAt: '0', updatedBy: 'test', dirty: 0 as const });
const member = (id: string, name: string, extra: { archived?: true } = {}): StoredRecord<'member'> => ({
  ...envelope(id),
  name,
  memberNumber: `N-${id}`,
  ...extra,
});
const erased = (id: string): StoredRecord<'member'> => ({ ...envelope(id), deleted: true });
const group = (id: string, name: string, term: string, instructors: string[]): GroupRecord => ({
  ...envelope(id),
  name,
  term,
  instructorIds: instructors,
  moduleIds: ['buses'],
});
const session = (id: string, groupId: string, day: string): SessionRecord => ({
  ...envelope(id),
  groupId,
  startsAt: `2026-10-${day}T10:00:00.000Z`,
  lessonIds: [],
});
const membership = (groupId: string, memberId: string): MembershipRecord => ({
  ...envelope(`${groupId}:${memberId}`),
  groupId,
  memberId,
});
const mark = (sessionId: string, memberId: string, status: AttendanceStatus): AttendanceRecord => ({
  ...envelope(`${sessionId}:${memberId}`),
  sessionId,
  memberId,
  status,
});

/**
 * Group A (winter, Nowak): sessions a1–a5 held, a6 planned. Members:
 *  anna   P P L E A  → present 2, late 1, excused 1, absent 1
 *  bogdan P P P P P  → all present
 *  celina P A - E E  → one unmarked
 *  dawid  (archived) P P P P A
 *  erased member     A A A A A (tombstone; counts in totals only)
 * Group B (summer, Kowalska): b1–b2 held. anna P P; zofia (marked, never a member of B) A P.
 */
function data(): ReportData {
  const statuses: Record<string, string> = {
    anna: 'PPLEA',
    bogdan: 'PPPPP',
    celina: 'PA-EE',
    dawid: 'PPPPA',
    gone: 'AAAAA',
  };
  const code: Record<string, AttendanceStatus> = { P: 'present', L: 'late', E: 'excused', A: 'absent' };
  const attendance: AttendanceRecord[] = [];
  for (const [who, row] of Object.entries(statuses)) {
    [...row].forEach((letter, index) => {
      const status = code[letter];
      if (status) attendance.push(mark(`a${index + 1}`, who, status));
    });
  }
  attendance.push(mark('b1', 'anna', 'present'), mark('b2', 'anna', 'present'));
  attendance.push(mark('b1', 'zofia', 'absent'), mark('b2', 'zofia', 'present'));
  attendance.push(mark('a6', 'anna', 'present')); // marked ahead of time: a planned session never counts
  return {
    members: [
      member('anna', 'Anna Łęcka'),
      member('bogdan', 'Bogdan Ćwik'),
      member('celina', 'Celina Żak'),
      member('dawid', 'Dawid Adamczyk', { archived: true }),
      member('zofia', 'Zofia Śliwińska'),
      erased('gone'),
    ],
    groups: [
      group('A', 'Cyfrowy senior', '2026/27 semestr zimowy', ['Aleksandra Nowak']),
      group('B', 'Autobusy', '2026/27 semestr letni', ['Ewa Kowalska', 'Aleksandra Nowak']),
      group('C', 'Drony', '2025/26 semestr zimowy', ['Piotr Lis']),
    ],
    memberships: [
      ...['anna', 'bogdan', 'celina', 'dawid', 'gone'].map((id) => membership('A', id)),
      membership('B', 'anna'),
    ],
    sessions: [
      ...['01', '08', '15', '22', '29'].map((day, index) => session(`a${index + 1}`, 'A', day)),
      { ...session('a6', 'A', '01'), startsAt: '2026-11-05T10:00:00.000Z' },
      session('b1', 'B', '02'),
      session('b2', 'B', '09'),
    ],
    attendance,
  };
}

const NOW = '2026-11-01T00:00:00.000Z';

describe('tallyOf', () => {
  const counts = { present: 2, late: 1, excused: 1, absent: 1, unmarked: 3 };
  it('counts excused as attended when the coordinator says so', () => {
    expect(tallyOf(counts, 'present')).toMatchObject({ attended: 4, counted: 5, rate: 0.8 });
  });
  it('counts excused as an absence', () => {
    expect(tallyOf(counts, 'absent')).toMatchObject({ attended: 3, counted: 5, rate: 0.6 });
  });
  it('leaves excused out', () => {
    expect(tallyOf(counts, 'omit')).toMatchObject({ attended: 3, counted: 4, rate: 0.75 });
  });
  it('has no rate when nothing counts', () => {
    expect(tallyOf({ present: 0, late: 0, excused: 2, absent: 0, unmarked: 1 }, 'omit').rate).toBeNull();
  });
});

describe('groupMatrix', () => {
  const index = indexReportData(data());
  const groupA = data().groups[0] as GroupRecord;

  it('lists held sessions only, and members by Polish name order, without the erased one', () => {
    const matrix = groupMatrix(index, groupA, { excused: 'absent', now: NOW });
    expect(matrix.sessions.map((s) => s.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(matrix.planned).toBe(6);
    expect(matrix.rows.map((row) => row.member.name)).toEqual([
      'Anna Łęcka',
      'Bogdan Ćwik',
      'Celina Żak',
      'Dawid Adamczyk',
    ]);
    expect(matrix.erased).toBe(1);
    expect(matrix.rows[0]?.statuses).toEqual(['present', 'present', 'late', 'excused', 'absent']);
    expect(matrix.rows[2]?.statuses[2]).toBeUndefined();
  });

  it('computes each member rate under each excused setting', () => {
    const rates = (excused: 'present' | 'absent' | 'omit') =>
      groupMatrix(index, groupA, { excused, now: NOW }).rows.map((row) => ratePercent(row.tally.rate));
    expect(rates('absent')).toEqual([60, 100, 25, 80]);
    expect(rates('present')).toEqual([80, 100, 75, 80]);
    expect(rates('omit')).toEqual([75, 100, 50, 80]);
  });

  it('keeps an archived member with a flag, and leaves a missing mark out of the rate', () => {
    const matrix = groupMatrix(index, groupA, { excused: 'absent', now: NOW });
    expect(matrix.rows[3]?.member.archived).toBe(true);
    expect(matrix.rows[2]?.tally).toMatchObject({ unmarked: 1, counted: 4, attended: 1 });
  });

  it('counts the erased member in the session and group totals', () => {
    const matrix = groupMatrix(index, groupA, { excused: 'absent', now: NOW });
    // a1: P P P P A → 4 of 5; a5: A P E A A → 1 of 5
    expect(matrix.sessionTallies.map((tally) => [tally.attended, tally.counted])).toEqual([
      [4, 5],
      [3, 5],
      [3, 4],
      [2, 5],
      [1, 5],
    ]);
    expect(matrix.total).toMatchObject({ attended: 13, counted: 24, unmarked: 1 });
  });

  it('lists a member marked at a session of a group they are not in', () => {
    const groupB = data().groups[1] as GroupRecord;
    const matrix = groupMatrix(index, groupB, { excused: 'absent', now: NOW });
    expect(matrix.rows.map((row) => [row.member.name, ratePercent(row.tally.rate)])).toEqual([
      ['Anna Łęcka', 100],
      ['Zofia Śliwińska', 50],
    ]);
  });
});

describe('eligibility', () => {
  const matrix = groupMatrix(indexReportData(data()), data().groups[0] as GroupRecord, {
    excused: 'absent',
    now: NOW,
  });

  it('reaches exactly 80 % with 4 of 5 (compared without rounding errors)', () => {
    expect(
      meetsThreshold(tallyOf({ present: 4, late: 0, excused: 0, absent: 1, unmarked: 0 }, 'absent'), 80),
    ).toBe(true);
    expect(
      meetsThreshold(tallyOf({ present: 79, late: 0, excused: 0, absent: 21, unmarked: 0 }, 'absent'), 80),
    ).toBe(false);
  });

  it('lists members at or above the threshold, archived ones included, never the erased one', () => {
    expect(eligibleRows(matrix, 80).map((row) => row.member.name)).toEqual(['Bogdan Ćwik', 'Dawid Adamczyk']);
    expect(eligibleRows(matrix, 60).map((row) => row.member.name)).toEqual([
      'Anna Łęcka',
      'Bogdan Ćwik',
      'Dawid Adamczyk',
    ]);
    expect(eligibleRows(matrix, 1)).toHaveLength(4);
  });

  it('never makes eligible a member with nothing counted', () => {
    expect(
      meetsThreshold(tallyOf({ present: 0, late: 0, excused: 3, absent: 0, unmarked: 0 }, 'omit'), 1),
    ).toBe(false);
  });
});

describe('filters and summaries', () => {
  const all = data();

  it('filters groups by term, group and instructor (any case)', () => {
    // Terms sort as text, newest year first (as the staff screens list groups).
    expect(filterGroups(all.groups, {}).map((g) => g.id)).toEqual(['A', 'B', 'C']);
    expect(filterGroups(all.groups, { term: '2026/27 semestr zimowy' }).map((g) => g.id)).toEqual(['A']);
    expect(filterGroups(all.groups, { instructor: 'aleksandra nowak' }).map((g) => g.id)).toEqual(['A', 'B']);
    expect(filterGroups(all.groups, { groupId: 'C', instructor: 'Piotr Lis' }).map((g) => g.id)).toEqual([
      'C',
    ]);
    expect(filterGroups(all.groups, { groupId: 'C', instructor: 'Ewa Kowalska' })).toEqual([]);
  });

  it('offers the terms (newest first) and the instructors', () => {
    expect(filterChoices(all.groups)).toEqual({
      terms: ['2026/27 semestr zimowy', '2026/27 semestr letni', '2025/26 semestr zimowy'],
      instructors: ['Aleksandra Nowak', 'Ewa Kowalska', 'Piotr Lis'],
    });
  });

  it('sums a member across groups and terms', () => {
    const matrices = groupMatrices(all, { instructor: 'Aleksandra Nowak' }, { excused: 'absent', now: NOW });
    const summaries = memberSummaries(matrices, 'absent');
    const anna = summaries.find((entry) => entry.member.id === 'anna');
    expect(anna?.groups).toEqual(['Cyfrowy senior', 'Autobusy']);
    // A: 3 of 5, B: 2 of 2
    expect(anna?.tally).toMatchObject({ attended: 5, counted: 7 });
    expect(summaries.map((entry) => entry.member.id)).not.toContain('gone');
    expect(overallTally(matrices, 'absent')).toMatchObject({ attended: 16, counted: 28 });
  });

  it('shows a group without sessions with no rate', () => {
    const [drones] = groupMatrices(all, { groupId: 'C' }, { excused: 'absent', now: NOW });
    expect(drones?.total.rate).toBeNull();
    expect(drones?.rows).toEqual([]);
  });
});
