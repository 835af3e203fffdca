import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { saveRecord, saveRecords } from '@/db/write';
import { groupMatrices } from '@/features/reports/data/attendance-report';
import { loadReportData } from '@/features/reports/data/load-report';
import { eraseMember, exportMemberData, MEMBER_DATA_FORMAT } from '@/features/reports/data/member-data';

async function filled() {
  const db = createDatabase(`member-data-${crypto.randomUUID()}`);
  const [ola, jan] = await saveRecords(db, 'member', [
    {
      name: 'Ola Żak',
      memberNumber: 'UTW-1',
      phone: '600 100 200',
      notes: 'Prosi o duży druk',
      consent: { date: '2026-09-01', recordedBy: 'Biuro' },
    },
    { name: 'Jan Kos', memberNumber: 'UTW-2' },
  ]);
  if (!ola || !jan) throw new Error('members not saved');
  const group = await saveRecord(db, 'group', {
    name: 'Cyfrowy senior',
    term: 'zima',
    instructorIds: [],
    moduleIds: [],
  });
  await saveRecords(db, 'membership', [
    { id: `${group.id}:${ola.id}`, groupId: group.id, memberId: ola.id },
    { id: `${group.id}:${jan.id}`, groupId: group.id, memberId: jan.id },
  ]);
  const session = await saveRecord(db, 'session', {
    groupId: group.id,
    startsAt: '2026-10-06T08:00:00.000Z',
    lessonIds: [],
  });
  await saveRecords(db, 'attendance', [
    { sessionId: session.id, memberId: ola.id, status: 'present' },
    { sessionId: session.id, memberId: jan.id, status: 'absent' },
  ]);
  await saveRecord(db, 'progress', {
    owner: ola.id,
    lessonId: 'l1',
    moduleId: 'buses',
    step: 2,
    stepsTotal: 5,
  });
  return { db, ola, jan, group, session };
}

describe('exportMemberData', () => {
  it('gathers everything stored about one member and nothing about anyone else', async () => {
    const { db, ola, session } = await filled();
    const data = await exportMemberData(db, ola.id, new Date('2026-11-29T10:00:00Z'));
    expect(data).toMatchObject({
      format: MEMBER_DATA_FORMAT,
      exportedAt: '2026-11-29T10:00:00.000Z',
      member: { name: 'Ola Żak', phone: '600 100 200', notes: 'Prosi o duży druk' },
      groups: [{ name: 'Cyfrowy senior', term: 'zima' }],
      attendance: [{ sessionId: session.id, startsAt: session.startsAt, status: 'present' }],
      progress: [{ lessonId: 'l1', step: 2 }],
      assessments: [],
    });
    expect(JSON.stringify(data)).not.toContain('Jan Kos');
    db.close();
  });

  it('has nothing for a member that does not exist', async () => {
    const { db } = await filled();
    expect(await exportMemberData(db, 'nobody')).toBeUndefined();
    db.close();
  });
});

describe('eraseMember', () => {
  it('leaves a tombstone without personal fields, keeps the group totals and hides the name', async () => {
    const { db, ola } = await filled();
    expect(await eraseMember(db, ola.id)).toBe(true);
    const stored = await db.members.get(ola.id);
    expect(stored).toMatchObject({ id: ola.id, deleted: true, dirty: 1 });
    for (const field of ['name', 'memberNumber', 'phone', 'notes', 'consent']) {
      expect(stored).not.toHaveProperty(field);
    }
    expect(await exportMemberData(db, ola.id)).toBeUndefined();
    const [matrix] = groupMatrices(
      await loadReportData(db),
      {},
      { excused: 'absent', now: '2027-01-01T00:00:00Z' },
    );
    expect(matrix?.rows.map((row) => row.member.name)).toEqual(['Jan Kos']);
    expect(matrix?.erased).toBe(1);
    expect(matrix?.total).toMatchObject({ attended: 1, counted: 2 });
    expect(await eraseMember(db, ola.id)).toBe(false);
    db.close();
  });
});
