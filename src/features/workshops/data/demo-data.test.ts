import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { writeSyncState } from '@/db/sync-store';
import { listRecords, saveRecord } from '@/db/write';
import { fillDemoData, isDemoOffered, isDeviceEmpty } from '@/features/workshops/data/demo-data';

const NAMES = {
  group: 'Cyfrowy senior — grupa wtorkowa',
  instructor: 'Aleksandra Nowak',
  venue: 'MDK',
  consentBy: 'Dane przykładowe',
  winter: 'semestr zimowy',
  summer: 'semestr letni',
};

describe('fillDemoData', () => {
  it('fills an empty device with 24 members, a group, 10 weekly sessions and past attendance', async () => {
    const db = createDatabase(`demo-${crypto.randomUUID()}`);
    const now = new Date(2026, 10, 20, 12, 0);
    const group = await fillDemoData(db, NAMES, now);
    expect(group).toMatchObject({ name: NAMES.group, term: '2026/27 semestr zimowy' });
    const members = await listRecords(db, 'member');
    expect(members).toHaveLength(24);
    expect(members.every((member) => member.consent?.recordedBy === 'Dane przykładowe')).toBe(true);
    expect(await listRecords(db, 'membership')).toHaveLength(24);
    const sessions = await listRecords(db, 'session');
    expect(sessions).toHaveLength(10);
    expect(sessions.every((session) => new Date(session.startsAt).getDay() === 2)).toBe(true);
    const past = sessions.filter((session) => session.startsAt < now.toISOString());
    expect(past).toHaveLength(4);
    const attendance = await listRecords(db, 'attendance');
    expect(attendance).toHaveLength(4 * 24);
    expect(new Set(attendance.map((record) => record.status))).toEqual(
      new Set(['present', 'late', 'excused', 'absent']),
    );
    expect(await isDeviceEmpty(db)).toBe(false);
  });

  it('writes nothing on a device that already has members', async () => {
    const db = createDatabase(`demo-${crypto.randomUUID()}`);
    await saveRecord(db, 'member', { name: 'Jan Kos', memberNumber: '1' });
    expect(await fillDemoData(db, NAMES)).toBeUndefined();
    expect(await listRecords(db, 'member')).toHaveLength(1);
    expect(await listRecords(db, 'group')).toHaveLength(0);
  });

  it('is not offered on a device set up to sync, even before its first pull', async () => {
    const db = createDatabase(`demo-${crypto.randomUUID()}`);
    expect(await isDemoOffered(db)).toBe(true);
    await writeSyncState(db, 'server', {
      url: 'https://sync.example.org',
      database: 'utw-zdunska-wola',
      user: 'tablet-1',
      password: '',
    });
    expect(await isDeviceEmpty(db)).toBe(true);
    expect(await isDemoOffered(db)).toBe(false);
  });
});
