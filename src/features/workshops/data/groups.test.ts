import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { listRecords, saveRecords } from '@/db/write';
import { groupSessions, planDates, planSessions, saveGroup, termFor } from '@/features/workshops/data/groups';

const freshDatabase = () => createDatabase(`groups-${crypto.randomUUID()}`);
const local = (iso: string) => {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} ${date.getDay()} ${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
};

describe('planDates', () => {
  it('plans a weekly series from the first chosen weekday on or after the start, at one local time', () => {
    // 2026-10-01 is a Thursday; Tuesday is weekday 2. The series crosses the end of summer time (25 Oct).
    const dates = planDates({ kind: 'weekly', startDate: '2026-10-01', weekday: 2, time: '10:30', count: 5 });
    expect(dates.map(local)).toEqual([
      '2026-10-6 2 10:30',
      '2026-10-13 2 10:30',
      '2026-10-20 2 10:30',
      '2026-10-27 2 10:30',
      '2026-11-3 2 10:30',
    ]);
  });

  it('plans one session, and keeps a series between 1 and 30 meetings', () => {
    expect(planDates({ kind: 'single', date: '2026-12-01', time: '09:00' }).map(local)).toEqual([
      '2026-12-1 2 9:00',
    ]);
    expect(
      planDates({ kind: 'weekly', startDate: '2026-12-01', weekday: 2, time: '9:00', count: 0 }),
    ).toHaveLength(1);
    expect(
      planDates({ kind: 'weekly', startDate: '2026-12-01', weekday: 2, time: '9:00', count: 99 }),
    ).toHaveLength(30);
  });
});

describe('termFor', () => {
  it('names the academic year and the winter or summer term', () => {
    expect(termFor(new Date(2026, 9, 1), 'semestr zimowy', 'semestr letni')).toBe('2026/27 semestr zimowy');
    expect(termFor(new Date(2027, 3, 1), 'semestr zimowy', 'semestr letni')).toBe('2026/27 semestr letni');
  });
});

describe('saveGroup and planSessions', () => {
  it('adds and removes memberships and plans a series sharing one series id', async () => {
    const db = freshDatabase();
    const members = await saveRecords(db, 'member', [
      { name: 'A', memberNumber: '1' },
      { name: 'B', memberNumber: '2' },
      { name: 'C', memberNumber: '3' },
    ]);
    const ids = members.map((member) => member.id);
    const details = {
      name: 'Wtorki',
      term: '2026/27 semestr zimowy',
      instructorIds: ['Ola'],
      moduleIds: ['buses'],
    };
    const group = await saveGroup(db, details, [ids[0] ?? '', ids[1] ?? '']);
    await saveGroup(db, details, [ids[1] ?? '', ids[2] ?? ''], group.id);
    const live = await listRecords(db, 'membership');
    expect(live.map((membership) => membership.memberId).sort()).toEqual([ids[1], ids[2]].sort());
    expect(live.every((membership) => membership.id === `${group.id}:${membership.memberId}`)).toBe(true);

    await planSessions(
      db,
      group.id,
      { kind: 'weekly', startDate: '2026-10-01', weekday: 2, time: '10:00', count: 10 },
      'MDK',
      ['stop-timetable'],
    );
    const sessions = await groupSessions(db, group.id);
    expect(sessions).toHaveLength(10);
    expect(new Set(sessions.map((session) => session.seriesId)).size).toBe(1);
    expect(sessions[0]).toMatchObject({ venue: 'MDK', lessonIds: ['stop-timetable'], dirty: 1 });
  });
});
