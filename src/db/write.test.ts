import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { getDeviceId } from '@/db/device';
import { compareStamps, formatStamp, parseStamp } from '@/db/hlc';
import { attendanceId, progressId } from '@/db/records';
import { StorageProblem } from '@/db/storage-problems';
import {
  markPushed as acknowledgePush,
  applyIncoming,
  listDirty,
  type Merger,
  type RecordFields,
} from '@/db/sync-store';
import { isUlid, newId } from '@/db/ulid';
import {
  createRecordWriter,
  deleteRecord,
  deleteRecords,
  getRecord,
  listRecords,
  RecordIdError,
  saveRecord,
  saveRecords,
  updateRecord,
} from '@/db/write';

const opened: KrokDatabase[] = [];

function open(name = `write-${newId()}`): KrokDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  for (const db of opened.splice(0)) db.close();
});

const anna = {
  name: 'Anna Nowak',
  memberNumber: 'UTW-017',
  phone: '+48 600 100 200',
  notes: 'Prefers large print',
  consent: { date: '2025-09-01', recordedBy: 'Biuro UTW' },
};

/** Simulates sync: the record was pushed, the server gave it a rev, it is clean. */
async function markPushed(db: KrokDatabase, id: string, rev: string) {
  await db.members.update(id, { rev, dirty: 0 });
}

describe('saveRecord', () => {
  it('stores a new record with the full envelope', async () => {
    const db = open();
    const saved = await saveRecord(db, 'member', anna);
    expect(isUlid(saved.id)).toBe(true);
    expect(parseStamp(saved.updatedAt).node).toBe(await getDeviceId(db));
    expect(saved.updatedBy).toBe(await getDeviceId(db));
    expect(saved.dirty).toBe(1);
    expect(saved).not.toHaveProperty('deleted');
    expect(saved).not.toHaveProperty('rev');
    expect(await db.members.get(saved.id)).toEqual({ ...anna, ...saved });
  });

  it('keeps the id and rev and moves updatedAt forward when the record is saved again', async () => {
    const db = open();
    const first = await saveRecord(db, 'member', anna);
    await markPushed(db, first.id, '1-abc');
    const second = await saveRecord(db, 'member', { ...first, name: 'Anna Nowak-Wiśniewska' });
    expect(second).toMatchObject({ id: first.id, rev: '1-abc', dirty: 1, name: 'Anna Nowak-Wiśniewska' });
    expect(compareStamps(second.updatedAt, first.updatedAt)).toBeGreaterThan(0);
    expect(await db.members.count()).toBe(1);
  });

  it('ignores envelope fields passed by the caller', async () => {
    const db = open();
    const first = await saveRecord(db, 'member', anna);
    const forged = {
      ...anna,
      id: first.id,
      rev: '9-forged',
      dirty: 0,
      updatedAt: '0',
      updatedBy: 'someone',
    } as const;
    const saved = await saveRecord(db, 'member', forged);
    expect(saved).not.toHaveProperty('rev');
    expect(saved.dirty).toBe(1);
    expect(saved.updatedBy).toBe(await getDeviceId(db));
    expect(compareStamps(saved.updatedAt, first.updatedAt)).toBeGreaterThan(0);
  });

  it('gives attendance its deterministic id, so marking a member twice keeps one record', async () => {
    const db = open();
    const first = await saveRecord(db, 'attendance', { sessionId: 's1', memberId: 'm1', status: 'absent' });
    const second = await saveRecord(db, 'attendance', { sessionId: 's1', memberId: 'm1', status: 'late' });
    expect(first.id).toBe(attendanceId('s1', 'm1'));
    expect(second.id).toBe(first.id);
    expect(await listRecords(db, 'attendance')).toEqual([second]);
  });

  it('throws RecordIdError and writes nothing when an id contradicts the deterministic id', async () => {
    const db = open();
    const mark = { id: 'elsewhere', sessionId: 's1', memberId: 'm1', status: 'present' } as const;
    await expect(saveRecord(db, 'attendance', mark)).rejects.toBeInstanceOf(RecordIdError);
    await expect(saveRecord(db, 'progress', { ...progress, id: 'x:y' })).rejects.toBeInstanceOf(
      RecordIdError,
    );
    expect(await db.attendance.count()).toBe(0);
    expect(await db.progress.count()).toBe(0);
  });

  it('never brings a deleted member back: a restore is a new record', async () => {
    const db = open();
    const member = await saveRecord(db, 'member', anna);
    await deleteRecord(db, 'member', member.id);
    const tombstone = await db.members.get(member.id);
    await expect(saveRecord(db, 'member', { ...anna, id: member.id })).rejects.toBeInstanceOf(RecordIdError);
    await expect(saveRecords(db, 'member', [{ ...anna, id: member.id }])).rejects.toBeInstanceOf(
      RecordIdError,
    );
    expect(await db.members.get(member.id)).toEqual(tombstone);
    expect(tombstone).not.toHaveProperty('name');
  });

  it('revives a deleted attendance mark (its id is made of the session and the member)', async () => {
    const db = open();
    const mark = { sessionId: 's1', memberId: 'm1', status: 'present' } as const;
    const saved = await saveRecord(db, 'attendance', mark);
    await deleteRecord(db, 'attendance', saved.id);
    const revived = await saveRecord(db, 'attendance', { ...mark, status: 'late' });
    expect(revived).not.toHaveProperty('deleted');
    expect(await getRecord(db, 'attendance', saved.id)).toEqual(revived);
  });

  it('stamps later than a copy another tab wrote with a clock ahead of ours', async () => {
    const db = open();
    const member = await saveRecord(db, 'member', anna);
    const otherTab = formatStamp({ ms: Date.now() + 60 * 60 * 1000, counter: 3, node: 'other-tab' });
    await db.members.update(member.id, { updatedAt: otherTab });
    const saved = await saveRecord(db, 'member', { ...anna, id: member.id, notes: 'Uses a tablet' });
    expect(compareStamps(saved.updatedAt, otherTab)).toBeGreaterThan(0);
  });

  it('asks for persistent storage once, after the first successful write', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
    const db = open();
    expect(persist).not.toHaveBeenCalled();
    await saveRecord(db, 'member', anna);
    await saveRecord(db, 'group', { name: 'Grupa A', term: '2025/2026', instructorIds: [], moduleIds: [] });
    await vi.waitFor(async () =>
      expect((await db.meta.get('persistence'))?.value).toMatchObject({ granted: true }),
    );
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

const progress = { owner: 'p1', lessonId: 'buses-1', moduleId: 'buses', step: 1, stepsTotal: 8 };

describe('updateRecord', () => {
  it('changes only the given fields, keeps id and rev, and removes fields set to undefined', async () => {
    const db = open();
    const member = await saveRecord(db, 'member', anna);
    await markPushed(db, member.id, '2-def');
    const updated = await updateRecord(db, 'member', member.id, { phone: undefined, archived: true });
    expect(updated).toMatchObject({ id: member.id, rev: '2-def', dirty: 1, name: anna.name, archived: true });
    expect(updated).not.toHaveProperty('phone');
    expect(compareStamps(updated?.updatedAt ?? '', member.updatedAt)).toBeGreaterThan(0);
    expect(await getRecord(db, 'member', member.id)).toEqual(updated);
  });

  it('returns undefined and writes nothing when there is no live record', async () => {
    const db = open();
    expect(await updateRecord(db, 'member', 'missing', { archived: true })).toBeUndefined();
    const member = await saveRecord(db, 'member', anna);
    await deleteRecord(db, 'member', member.id);
    const tombstone = await db.members.get(member.id);
    expect(await updateRecord(db, 'member', member.id, { name: 'Ghost' })).toBeUndefined();
    expect(await db.members.get(member.id)).toEqual(tombstone);
    expect(await db.members.count()).toBe(1);
  });

  it('throws RecordIdError when changes touch the fields of a deterministic id', async () => {
    const db = open();
    const saved = await saveRecord(db, 'progress', progress);
    await expect(updateRecord(db, 'progress', saved.id, { lessonId: 'buses-2' })).rejects.toBeInstanceOf(
      RecordIdError,
    );
    expect(await getRecord(db, 'progress', saved.id)).toEqual(saved);
  });
});

describe('deleteRecord', () => {
  it('replaces a member with a tombstone that keeps the id and no personal field', async () => {
    const db = open();
    const member = await saveRecord(db, 'member', anna);
    await markPushed(db, member.id, '3-ghi');
    expect(await deleteRecord(db, 'member', member.id)).toBe(true);
    const tombstone = await db.members.get(member.id);
    expect(Object.keys(tombstone ?? {}).sort()).toEqual([
      'deleted',
      'dirty',
      'id',
      'rev',
      'updatedAt',
      'updatedBy',
    ]);
    expect(tombstone).toMatchObject({ id: member.id, deleted: true, dirty: 1, rev: '3-ghi' });
    expect(compareStamps(tombstone?.updatedAt ?? '', member.updatedAt)).toBeGreaterThan(0);
    expect(await getRecord(db, 'member', member.id)).toBeUndefined();
    expect(await listRecords(db, 'member')).toEqual([]);
  });

  it('keeps the identity fields of a link record', async () => {
    const db = open();
    const link = await saveRecord(db, 'membership', { groupId: 'g1', memberId: 'm1' });
    await deleteRecord(db, 'membership', link.id);
    expect(await db.memberships.where('groupId').equals('g1').first()).toMatchObject({
      id: link.id,
      groupId: 'g1',
      memberId: 'm1',
      deleted: true,
    });
  });

  it('returns false and writes nothing when the record is missing or already deleted', async () => {
    const db = open();
    expect(await deleteRecord(db, 'member', 'missing')).toBe(false);
    expect(await db.members.count()).toBe(0);
    const member = await saveRecord(db, 'member', anna);
    await deleteRecord(db, 'member', member.id);
    const tombstone = await db.members.get(member.id);
    expect(await deleteRecord(db, 'member', member.id)).toBe(false);
    expect(await db.members.get(member.id)).toEqual(tombstone);
  });
});

describe('listRecords', () => {
  it('returns live records of one type only', async () => {
    const db = open();
    const a = await saveRecord(db, 'member', anna);
    const b = await saveRecord(db, 'member', { name: 'Jan Kowalski', memberNumber: 'UTW-018' });
    await saveRecord(db, 'group', { name: 'Grupa A', term: '2025/2026', instructorIds: [], moduleIds: [] });
    await deleteRecord(db, 'member', a.id);
    expect(await listRecords(db, 'member')).toEqual([b]);
  });
});

/** Makes the next writes to one table fail the way a full disk does, inside Dexie's transaction. */
function quotaMiddleware(tableName: string, state: { full: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'simulated-full-disk',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: (request) =>
            state.full
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  };
}

describe('write path on a full disk', () => {
  it("rejects with StorageProblem 'full' and loses nothing saved before", async () => {
    const db = open();
    const disk = { full: false };
    db.use(quotaMiddleware('members', disk));
    const member = await saveRecord(db, 'member', anna);
    const stored = await db.members.get(member.id);

    disk.full = true;
    const failures = await Promise.allSettled([
      saveRecord(db, 'member', { ...anna, id: member.id, name: 'Changed' }),
      saveRecord(db, 'member', { name: 'Jan Kowalski', memberNumber: 'UTW-018' }),
      deleteRecord(db, 'member', member.id),
    ]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const reason = failure.status === 'rejected' ? failure.reason : undefined;
      expect(reason).toBeInstanceOf(StorageProblem);
      expect(reason).toMatchObject({ code: 'full', cause: expect.anything() });
    }

    disk.full = false;
    expect(await db.members.toArray()).toEqual([stored]);
    const after = await updateRecord(db, 'member', member.id, { notes: 'Saved after space was freed' });
    expect(after?.notes).toBe('Saved after space was freed');
  });
});

describe('saveRecords and deleteRecords', () => {
  it('write all records in one transaction, merged with the stored copies', async () => {
    const db = createDatabase(`bulk-${crypto.randomUUID()}`);
    const base = { owner: 'me', moduleId: 'buses', stepsTotal: 5 };
    await saveRecord(db, 'progress', { ...base, lessonId: 'a', step: 4 });
    const saved = await saveRecords(
      db,
      'progress',
      [
        { ...base, lessonId: 'a', step: 1 },
        { ...base, lessonId: 'b', step: 2 },
      ],
      (stored, incoming) => ({ ...incoming, step: Math.max(stored?.step ?? 0, incoming.step) }),
    );
    expect(saved.map((record) => [record.id, record.step, record.dirty])).toEqual([
      ['me:a', 4, 1],
      ['me:b', 2, 1],
    ]);
    expect(await deleteRecords(db, 'progress', ['me:a', 'me:b', 'me:none'])).toBe(2);
    expect(await listRecords(db, 'progress')).toEqual([]);
  });

  it('write nothing when one record cannot be written', async () => {
    const db = createDatabase(`bulk-${crypto.randomUUID()}`);
    const base = { owner: 'me', moduleId: 'buses', stepsTotal: 5, step: 0 };
    await expect(
      saveRecords(db, 'progress', [
        { ...base, lessonId: 'a' },
        { ...base, lessonId: 'b', id: 'someone-else:b' },
      ]),
    ).rejects.toThrow(RecordIdError);
    await expect(
      saveRecords(db, 'progress', [{ ...base, lessonId: 'c' }], () => {
        throw new Error('merge failed');
      }),
    ).rejects.toThrow();
    expect(await listRecords(db, 'progress')).toEqual([]);
  });
});

describe('createRecordWriter', () => {
  const step = (n: number) => ({
    owner: 'learner-1',
    lessonId: 'scams',
    moduleId: 'messengers',
    step: n,
    stepsTotal: 10,
  });
  const id = progressId('learner-1', 'scams');

  it('saves like saveRecord: the first save of an unknown id, then saves over the copy it wrote', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    const first = await writer.save(step(1));
    const second = await writer.save({ ...step(2), completedAt: '2026-11-29T10:00:00Z' });
    const third = await writer.save(step(3));
    expect(first.id).toBe(id);
    expect(compareStamps(second.updatedAt, first.updatedAt)).toBeGreaterThan(0);
    expect(compareStamps(third.updatedAt, second.updatedAt)).toBeGreaterThan(0);
    // Fields not given are kept, as saveRecord keeps them.
    expect(third).toMatchObject({ step: 3, completedAt: '2026-11-29T10:00:00Z', dirty: 1 });
    expect(await db.progress.get(id)).toEqual(third);
  });

  it('reads through get, and a save after it keeps the rev the sync gave the stored copy', async () => {
    const db = open();
    await saveRecord(db, 'progress', step(4));
    await db.progress.update(id, { rev: '1-a', dirty: 0 });
    const writer = createRecordWriter(db, 'progress');
    expect(await writer.get(id)).toMatchObject({ step: 4, rev: '1-a' });
    const saved = await writer.save(step(5));
    expect(saved).toMatchObject({ step: 5, rev: '1-a', dirty: 1 });
    expect(await db.progress.get(id)).toEqual(saved);
  });

  it('writes over a copy someone else stored after the one it knew, as saveRecord would have', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    await writer.save(step(1));
    // Another tab (or the sync) writes after this writer's last save: a new rev, a stamp from a device
    // whose clock is an hour ahead, and a field this writer's caller does not give.
    const stored = await db.progress.get(id);
    const ahead = formatStamp({ ms: Date.now() + 3_600_000, counter: 0, node: newId() });
    await db.progress.put({
      ...(stored as NonNullable<typeof stored>),
      step: 7,
      completedAt: '2026-11-29T11:00:00Z',
      rev: '2-b',
      updatedAt: ahead,
      dirty: 0,
    });
    const saved = await writer.save(step(2));
    // Progress never moves backwards (progress-merge.ts): the other copy's step 7 stays.
    expect(saved).toMatchObject({ step: 7, completedAt: '2026-11-29T11:00:00Z', rev: '2-b', dirty: 1 });
    expect(compareStamps(saved.updatedAt, ahead)).toBeGreaterThan(0);
    expect(await db.progress.get(id)).toEqual(saved);
    // The next save builds on that copy without reading it first.
    const next = await writer.save(step(8));
    expect(next).toMatchObject({ step: 8, completedAt: '2026-11-29T11:00:00Z', rev: '2-b' });
  });

  it('revives a record deleted after it was read', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    await writer.save(step(1));
    await deleteRecord(db, 'progress', id);
    const saved = await writer.save(step(2));
    expect(saved).toMatchObject({ step: 2 });
    expect(saved).not.toHaveProperty('deleted');
    expect(await getRecord(db, 'progress', id)).toEqual(saved);
  });

  it('runs saves of one id in the order they were made, even when made at once', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    await writer.save(step(0));
    const saves = [1, 2, 3, 4, 5].map((n) => writer.save(step(n)));
    const results = await Promise.all(saves);
    expect(results.map((record) => record.step)).toEqual([1, 2, 3, 4, 5]);
    const stamps = results.map((record) => record.updatedAt);
    for (let i = 1; i < stamps.length; i += 1) {
      expect(compareStamps(stamps[i] ?? '', stamps[i - 1] ?? '')).toBeGreaterThan(0);
    }
    expect(await db.progress.get(id)).toEqual(results.at(-1));
  });

  it('rejects a failed save with StorageProblem, keeps what was stored, and reads first next time', async () => {
    const db = open();
    const disk = { full: false };
    db.use(quotaMiddleware('progress', disk));
    const writer = createRecordWriter(db, 'progress');
    const kept = await writer.save(step(1));
    disk.full = true;
    await expect(writer.save(step(2))).rejects.toMatchObject({ code: 'full' });
    expect(await db.progress.get(id)).toEqual(kept);
    disk.full = false;
    // Meanwhile someone else wrote: the writer no longer trusts its copy and merges over theirs.
    await db.progress.update(id, { rev: '3-c', completedAt: '2026-11-29T12:00:00Z' });
    const saved = await writer.save(step(3));
    expect(saved).toMatchObject({ step: 3, rev: '3-c', completedAt: '2026-11-29T12:00:00Z' });
  });

  /** The base copy a merge of this progress record would be given (see sync-store's base copies). */
  async function baseOf(db: KrokDatabase): Promise<RecordFields | undefined> {
    let given: RecordFields | undefined;
    const record: Merger = (_incoming, _stored, _dirty, base) => {
      given = base;
      return { action: 'skip' };
    };
    const fields = { ...step(9), id, updatedAt: formatStamp({ ms: 1, counter: 0, node: newId() }) };
    await applyIncoming(db, [{ type: 'progress', fields, rev: '9-z' } as never], record);
    return given;
  }
  const pushAll = async (db: KrokDatabase, rev: string) =>
    acknowledgePush(
      db,
      (await listDirty(db, 10)).map(({ type, fields }) => ({ type, fields, rev })),
    );

  it('keeps the synced copy as the base copy when it first edits a clean record it read', async () => {
    const db = open();
    await saveRecord(db, 'progress', step(1));
    await pushAll(db, '1-x');
    const writer = createRecordWriter(db, 'progress');
    await writer.get(id);
    await writer.save(step(2));
    await writer.save(step(3));
    expect(await baseOf(db)).toMatchObject({ step: 1, rev: '1-x' });
  });

  it('keeps the synced copy as the base copy when the sync made its record clean between two saves', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    await writer.save(step(1));
    await pushAll(db, '1-x');
    const saved = await writer.save(step(2));
    expect(saved).toMatchObject({ step: 2, rev: '1-x', dirty: 1 });
    expect(await baseOf(db)).toMatchObject({ step: 1, rev: '1-x' });
  });

  it('rejects, writing nothing, when an id contradicts the deterministic id', async () => {
    const db = open();
    const writer = createRecordWriter(db, 'progress');
    await expect(writer.save({ ...step(1), id: 'not-the-derived-id' })).rejects.toBeInstanceOf(RecordIdError);
    expect(await db.progress.count()).toBe(0);
  });
});
