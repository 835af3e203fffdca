import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDatabase,
  DEFAULT_DATABASE_NAME,
  getClock,
  getDatabase,
  newestStoredStamp,
} from '@/db/database';
import { getDeviceId } from '@/db/device';
import { compareStamps, formatStamp, parseStamp } from '@/db/hlc';
import { progressId } from '@/db/records';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSIONS } from '@/db/schema';
import { getSetting } from '@/db/settings';
import { onStorageProblem, type StorageProblemCode } from '@/db/storage-problems';
import { newId } from '@/db/ulid';
import { getRecord, listRecords, saveRecord } from '@/db/write';

const opened: Dexie[] = [];

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database as version 1 of the app left it: learner tables, progress without an envelope. */
function openVersion1(name: string): Dexie {
  const legacy = track(new Dexie(name));
  legacy.version(1).stores(SCHEMA_V1);
  return legacy;
}

const v1Progress = [
  { id: 'anna:buses-1', owner: 'anna', lessonId: 'buses-1', moduleId: 'buses', step: 3, stepsTotal: 8 },
  {
    id: 'anna:waste-1',
    owner: 'anna',
    lessonId: 'waste-1',
    moduleId: 'waste',
    step: 6,
    stepsTotal: 6,
    completedAt: '2025-03-02T10:15:00.000Z',
  },
  { id: 'jan:buses-1', owner: 'jan', lessonId: 'buses-1', moduleId: 'buses', step: 0, stepsTotal: 8 },
  { id: 'jan:drones-2', owner: 'jan', lessonId: 'drones-2', moduleId: 'drones', step: 2, stepsTotal: 5 },
];

describe('createDatabase', () => {
  it('declares the schema versions in order, the last one being current', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2]);
    const db = track(createDatabase(`schema-${newId()}`));
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V2).sort());
  });

  it('opens a database written by schema version 1 and finds every record with a full envelope', async () => {
    const name = `upgrade-${newId()}`;
    const legacy = openVersion1(name);
    await legacy.table('progress').bulkAdd(v1Progress);
    await legacy.table('settings').bulkAdd([
      { key: 'textSize', value: 'large' },
      { key: 'language', value: 'uk' },
    ]);
    const profile = { id: 'anna', name: 'Anna', color: '#1b5e20', createdAt: '2025-01-10T09:00:00.000Z' };
    await legacy.table('profiles').add(profile);
    legacy.close();

    const db = track(createDatabase(name));
    const deviceId = await getDeviceId(db);
    for (const { id, ...fields } of v1Progress) {
      const record = await getRecord(db, 'progress', id);
      expect(record).toMatchObject({ ...fields, id, updatedBy: deviceId, dirty: 1 });
      expect(record?.deleted).toBeUndefined();
      expect(parseStamp(record?.updatedAt ?? '').node).toBe(deviceId);
    }
    const all = await db.progress.toArray();
    expect(all).toHaveLength(v1Progress.length);
    expect(new Set(all.map((record) => record.updatedAt)).size).toBe(v1Progress.length);
    expect(await db.progress.where('dirty').equals(1).count()).toBe(v1Progress.length);
    expect(await db.progress.where('owner').equals('jan').count()).toBe(2);
    expect(await getSetting(db, 'textSize', 'normal')).toBe('large');
    expect(await getSetting(db, 'language', 'pl')).toBe('uk');
    expect(await db.profiles.toArray()).toEqual([profile]);
  });

  it('moves a version 1 record to the deterministic id, keeping the one further along on a clash', async () => {
    const name = `upgrade-${newId()}`;
    const legacy = openVersion1(name);
    const base = { owner: 'ewa', lessonId: 'messengers-1', moduleId: 'messengers', stepsTotal: 7 };
    await legacy.table('progress').bulkAdd([
      { ...base, id: '01HZX0000000000000000000AA', step: 5 },
      { ...base, id: '01HZX0000000000000000000AB', step: 7, completedAt: '2025-02-01T12:00:00.000Z' },
      { ...base, id: 'ewa:messengers-1', step: 2 },
      { id: 'orphan-without-owner', lessonId: 'waste-2', moduleId: 'waste', step: 1, stepsTotal: 4 },
    ]);
    legacy.close();

    const db = track(createDatabase(name));
    const records = await listRecords(db, 'progress');
    expect(records.map((record) => record.id).sort()).toEqual([
      progressId('ewa', 'messengers-1'),
      'orphan-without-owner',
    ]);
    expect(await getRecord(db, 'progress', progressId('ewa', 'messengers-1'))).toMatchObject({
      step: 7,
      completedAt: '2025-02-01T12:00:00.000Z',
      dirty: 1,
    });
  });

  it("reports 'blocked' while an older tab keeps the database open, and upgrades once it closes", async () => {
    const name = `blocked-${newId()}`;
    const olderTab = openVersion1(name);
    olderTab.on('versionchange', () => false); // an old tab that ignores the request to close
    await olderTab.open();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie's own notice about the wait
    const problems: StorageProblemCode[] = [];
    const unsubscribe = onStorageProblem((problem) => problems.push(problem.code));
    try {
      const db = track(createDatabase(name));
      const opening = db.open();
      await vi.waitFor(() => expect(problems).toContain('blocked'));
      expect(db.isOpen()).toBe(false);
      olderTab.close();
      await opening;
      expect(db.isOpen()).toBe(true);
      expect(db.verno).toBe(2);
    } finally {
      unsubscribe();
    }
  });

  it("closes itself so a newer version can upgrade, and reports 'versionTooNew'", async () => {
    const name = `newer-${newId()}`;
    const db = track(createDatabase(name));
    await db.open();
    const problems: StorageProblemCode[] = [];
    const unsubscribe = onStorageProblem((problem) => problems.push(problem.code));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie's own notice about closing
    try {
      const newerTab = track(new Dexie(name));
      for (const { version, stores } of SCHEMA_VERSIONS) newerTab.version(version).stores(stores);
      newerTab.version(3).stores({ certificates: 'id' });
      await newerTab.open();
      expect(newerTab.verno).toBe(3);
      expect(db.isOpen()).toBe(false);
      expect(problems).toEqual(['versionTooNew']);
    } finally {
      unsubscribe();
    }
  });
});

describe('getDatabase', () => {
  it('returns one app-wide instance of the krok-po-kroku database', () => {
    const db = getDatabase();
    track(db);
    expect(db.name).toBe(DEFAULT_DATABASE_NAME);
    expect(getDatabase()).toBe(db);
  });
});

describe('getClock', () => {
  it('sorts new stamps after the newest stored stamp after a reopen, even with the wall clock behind', async () => {
    const name = `clock-${newId()}`;
    const first = track(createDatabase(name));
    await saveRecord(first, 'member', { name: 'Anna Nowak', memberNumber: 'U-001' });
    // A group written by another device whose clock is a day ahead (as if pulled by sync).
    const ahead = formatStamp({ ms: Date.now() + 20 * 60 * 60 * 1000, counter: 5, node: 'other-device' });
    await first.groups.put({
      id: newId(),
      name: 'Smartfon od podstaw',
      term: '2025/2026',
      instructorIds: [],
      moduleIds: [],
      updatedAt: ahead,
      updatedBy: 'other-device',
      dirty: 0,
    });
    first.close();

    const reopened = track(createDatabase(name));
    expect(await newestStoredStamp(reopened)).toBe(ahead);
    const saved = await saveRecord(reopened, 'member', { name: 'Jan Kowalski', memberNumber: 'U-002' });
    expect(compareStamps(saved.updatedAt, ahead)).toBeGreaterThan(0);
    expect(compareStamps((await getClock(reopened)).tick(), saved.updatedAt)).toBeGreaterThan(0);
  });

  it('returns undefined as the newest stamp of an empty database', async () => {
    expect(await newestStoredStamp(track(createDatabase(`clock-${newId()}`)))).toBeUndefined();
  });
});
