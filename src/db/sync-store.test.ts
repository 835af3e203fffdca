import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { formatStamp } from '@/db/hlc';
import {
  applyIncoming,
  countDirty,
  listDirty,
  type Merger,
  markPushed,
  quarantine,
  type RecordFields,
  readDirty,
  readSyncState,
} from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { saveRecord, updateRecord } from '@/db/write';

const opened: KrokDatabase[] = [];
function open(): KrokDatabase {
  const db = createDatabase(`sync-store-${newId()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const takeIncoming: Merger = (incoming) => ({ action: 'store', fields: incoming.fields, dirty: 0 });
const member = (id: string) => ({
  type: 'member' as const,
  rev: '1-a',
  fields: {
    id,
    name: id,
    memberNumber: id,
    updatedAt: formatStamp({ ms: 1, counter: 0, node: 'srv' }),
    updatedBy: 'srv',
  },
});

describe('applyIncoming', () => {
  it('stores pulled records clean, with their rev, and the checkpoint in the same transaction', async () => {
    const db = open();
    await applyIncoming(db, [member('A'), member('B')], takeIncoming, {
      key: 'checkpoint:x',
      value: '2-g1AAAA',
    });
    expect(await db.members.get('A')).toMatchObject({ rev: '1-a', dirty: 0 });
    expect(await countDirty(db)).toBe(0);
    expect(await readSyncState(db, 'checkpoint:x')).toBe('2-g1AAAA');
  });

  it('stores neither the batch nor its checkpoint when applying any record fails', async () => {
    const db = open();
    const failOnB: Merger = (incoming, ...rest) => {
      if (incoming.fields.id === 'B') throw new Error('broken merge');
      return takeIncoming(incoming, ...rest);
    };
    await expect(
      applyIncoming(db, [member('A'), member('B')], failOnB, { key: 'checkpoint:x', value: '2' }),
    ).rejects.toThrow();
    expect(await db.members.count()).toBe(0);
    expect(await readSyncState(db, 'checkpoint:x')).toBeUndefined();
  });
});

describe('markPushed and listDirty', () => {
  it('cleans only records that did not change after they were sent', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    const jan = await saveRecord(db, 'member', { name: 'Jan', memberNumber: '2' });
    const sent = await listDirty(db, 10);
    await updateRecord(db, 'member', jan.id, { phone: '600' });
    await markPushed(
      db,
      sent.map(({ type, fields }) => ({ type, fields, rev: '1-x' })),
    );
    expect(await db.members.get(anna.id)).toMatchObject({ rev: '1-x', dirty: 0 });
    expect(await db.members.get(jan.id)).toMatchObject({ rev: '1-x', dirty: 1, phone: '600' });
  });

  it('leaves out records quarantined at their current stamp, and offers them again once changed', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    await quarantine(db, [
      { type: 'member', id: anna.id, updatedAt: anna.updatedAt, error: 'forbidden', reason: 'no', at: '' },
    ]);
    expect(await listDirty(db, 10)).toEqual([]);
    await updateRecord(db, 'member', anna.id, { name: 'Anna N.' });
    expect((await listDirty(db, 10)).map(({ fields }) => fields.name)).toEqual(['Anna N.']);
  });
});

describe('base copies (what a merge compares both sides with)', () => {
  /** Applies a server copy of the member through a merger that only records the base it was given. */
  async function baseGiven(db: KrokDatabase, id: string): Promise<RecordFields | undefined> {
    let given: RecordFields | undefined;
    const record: Merger = (_incoming, _stored, _dirty, base) => {
      given = base;
      return { action: 'skip' };
    };
    await applyIncoming(db, [{ ...member(id), rev: '9-z' }], record);
    return given;
  }

  it('a record pushed unchanged is its own base; a local edit keeps that copy as the base', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    await markPushed(
      db,
      (await listDirty(db, 10)).map(({ type, fields }) => ({ type, fields, rev: '1-x' })),
    );
    expect(await baseGiven(db, anna.id)).toMatchObject({ name: 'Anna', rev: '1-x' });
    await updateRecord(db, 'member', anna.id, { name: 'Anna N.' });
    await updateRecord(db, 'member', anna.id, { phone: '600' });
    const base = await baseGiven(db, anna.id);
    expect(base).toMatchObject({ name: 'Anna', rev: '1-x', updatedAt: anna.updatedAt });
    expect(base).not.toHaveProperty('phone');
  });

  it('a record edited while its push was in flight keeps what was sent as its base', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    const sent = await listDirty(db, 10);
    await updateRecord(db, 'member', anna.id, { name: 'Anna N.' });
    await markPushed(
      db,
      sent.map(({ type, fields }) => ({ type, fields, rev: '1-x' })),
    );
    expect(await db.members.get(anna.id)).toMatchObject({ name: 'Anna N.', rev: '1-x', dirty: 1 });
    expect(await baseGiven(db, anna.id)).toMatchObject({ name: 'Anna', rev: '1-x' });
  });

  it('a clean record changed by a sync file keeps its synced copy as the base', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    await markPushed(
      db,
      (await listDirty(db, 10)).map(({ type, fields }) => ({ type, fields, rev: '1-x' })),
    );
    const fromFile: Merger = (incoming, stored) => ({
      action: 'store',
      fields: { ...incoming.fields, rev: stored?.rev },
      dirty: 1,
    });
    const { dirty: _dirty, ...fields } = { ...anna, name: 'Anna F.' };
    await applyIncoming(db, [{ type: 'member', fields }], fromFile);
    expect(await db.members.get(anna.id)).toMatchObject({ name: 'Anna F.', rev: '1-x', dirty: 1 });
    expect(await baseGiven(db, anna.id)).toMatchObject({ name: 'Anna', rev: '1-x' });
  });

  it('a merge that keeps local edits keeps the server copy it merged as the base', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    await markPushed(
      db,
      (await listDirty(db, 10)).map(({ type, fields }) => ({ type, fields, rev: '1-x' })),
    );
    await updateRecord(db, 'member', anna.id, { name: 'Anna N.' });
    const keepLocal: Merger = (incoming, stored) => ({
      action: 'store',
      fields: { ...(stored ?? incoming.fields), phone: incoming.fields.phone },
      dirty: 1,
    });
    const { dirty: _dirty, rev: _rev, ...fields } = { ...anna, phone: '600' };
    await applyIncoming(db, [{ type: 'member', fields, rev: '2-y' }], keepLocal);
    expect(await db.members.get(anna.id)).toMatchObject({ name: 'Anna N.', phone: '600', rev: '2-y' });
    expect(await baseGiven(db, anna.id)).toMatchObject({ name: 'Anna', phone: '600', rev: '2-y' });
  });

  it('a record never agreed with a server has no base', async () => {
    const db = open();
    const anna = await saveRecord(db, 'member', { name: 'Anna', memberNumber: '1' });
    expect(await baseGiven(db, anna.id)).toBeUndefined();
  });
});

describe('readDirty', () => {
  it('reads the given ids that are still dirty and not quarantined at their stamp', async () => {
    const db = open();
    const [anna, jan, ola] = await Promise.all(
      ['Anna', 'Jan', 'Ola'].map((name, index) =>
        saveRecord(db, 'member', { name, memberNumber: `${index}` }),
      ),
    );
    if (!anna || !jan || !ola) throw new Error('not saved');
    await markPushed(db, [{ type: 'member', fields: jan as unknown as RecordFields, rev: '1-x' }]);
    await quarantine(db, [
      { type: 'member', id: ola.id, updatedAt: ola.updatedAt, error: 'forbidden', reason: 'no', at: '' },
    ]);
    const found = await readDirty(db, [{ type: 'member', ids: [anna.id, jan.id, ola.id, 'missing'] }]);
    expect(found.map(({ fields }) => fields.name)).toEqual(['Anna']);
  });
});
