import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { setSetting } from '@/db/settings';
import { deleteRecord, saveRecord, saveRecords } from '@/db/write';
import { groupMatrices } from '@/features/reports/data/attendance-report';
import { loadReportData } from '@/features/reports/data/load-report';
import {
  changeReportSettings,
  DEFAULT_REPORT_SETTINGS,
  getReportSettings,
} from '@/features/reports/data/report-settings';

describe('loadReportData', () => {
  it('reads records written through the write path, keeps member tombstones and drops other ones', async () => {
    const db = createDatabase(`reports-${crypto.randomUUID()}`);
    const [ola, jan] = await saveRecords(db, 'member', [
      { name: 'Ola Żak', memberNumber: '1' },
      { name: 'Jan Kos', memberNumber: '2' },
    ]);
    if (!ola || !jan) throw new Error('members not saved');
    const group = await saveRecord(db, 'group', { name: 'G', term: 'T', instructorIds: [], moduleIds: [] });
    const held = await saveRecord(db, 'session', {
      groupId: group.id,
      startsAt: '2026-10-01T10:00:00.000Z',
      lessonIds: [],
    });
    const cancelled = await saveRecord(db, 'session', {
      groupId: group.id,
      startsAt: '2026-10-08T10:00:00.000Z',
      lessonIds: [],
    });
    await deleteRecord(db, 'session', cancelled.id);
    await saveRecords(db, 'attendance', [
      { sessionId: held.id, memberId: ola.id, status: 'present' },
      { sessionId: held.id, memberId: jan.id, status: 'absent' },
    ]);
    await deleteRecord(db, 'member', jan.id);

    const data = await loadReportData(db);
    expect(data.members).toHaveLength(2);
    expect(data.sessions.map((session) => session.id)).toEqual([held.id]);
    const [matrix] = groupMatrices(data, {}, { excused: 'absent', now: '2026-12-01T00:00:00.000Z' });
    expect(matrix?.rows.map((row) => row.member.name)).toEqual(['Ola Żak']);
    expect(matrix?.erased).toBe(1);
    expect(matrix?.total).toMatchObject({ attended: 1, counted: 2 });
    db.close();
  });
});

describe('report settings', () => {
  it('starts from the defaults, keeps changes and refuses a threshold outside 1–100', async () => {
    const db = createDatabase(`reports-${crypto.randomUUID()}`);
    expect(await getReportSettings(db)).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(DEFAULT_REPORT_SETTINGS.thresholdPercent).toBe(80);
    await changeReportSettings(db, { excused: 'omit', thresholdPercent: 75 });
    expect(await getReportSettings(db)).toMatchObject({ excused: 'omit', thresholdPercent: 75 });
    await expect(changeReportSettings(db, { thresholdPercent: 120 })).rejects.toThrow(RangeError);
    await expect(changeReportSettings(db, { hoursPerSession: 0 })).rejects.toThrow(RangeError);
    expect((await getReportSettings(db)).thresholdPercent).toBe(75);
    db.close();
  });

  it('replaces a malformed stored field by its default and keeps the valid ones', async () => {
    const db = createDatabase(`reports-${crypto.randomUUID()}`);
    await setSetting(db, 'reports.settings', {
      excused: 'sometimes',
      thresholdPercent: 90,
      hideNames: 'yes',
    });
    expect(await getReportSettings(db)).toEqual({ ...DEFAULT_REPORT_SETTINGS, thresholdPercent: 90 });
    db.close();
  });
});
