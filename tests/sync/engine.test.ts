// @vitest-environment node
// The sync engine against the real dev server (express-pouchdb, in memory): push, pull, merge,
// quarantine and authentication, with simulated devices on fake-indexeddb.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listQuarantine, readSyncState } from '@/db/sync-store';
import { deleteRecord, getRecord, saveRecord, updateRecord } from '@/db/write';
import { SyncFailure } from '@/sync/couch-client';
import { syncKeys } from '@/sync/engine';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { closeDevices, dirtyCount, expectConverged, openDevice, serverRecords } from './devices';

let server: StartedSyncServer;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'engine' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  closeDevices();
});

const anna = { name: 'Anna Nowak', memberNumber: 'E-1', phone: '600 100 200' };

describe('sync engine', () => {
  it('pushes new records, marks them clean with the server rev, and another device pulls them', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const member = await saveRecord(tablet.db, 'member', anna);
    const report = await tablet.engine.sync();
    expect(report.pushed).toBe(1);
    const pushed = await tablet.db.members.get(member.id);
    expect(pushed?.dirty).toBe(0);
    expect(pushed?.rev).toMatch(/^1-/);
    await laptop.engine.sync();
    expect(await getRecord(laptop.db, 'member', member.id)).toMatchObject({
      ...anna,
      rev: pushed?.rev,
      dirty: 0,
    });
    const checkpoint = await readSyncState(
      laptop.db,
      syncKeys({ url: server.url, database: server.db }).checkpoint,
    );
    expect(typeof checkpoint).toBe('string');
    await expectConverged(server, [tablet, laptop], [`member:${member.id}`]);
  });

  it('keeps edits of different fields from two devices', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const member = await saveRecord(tablet.db, 'member', { ...anna, memberNumber: 'E-2' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    await updateRecord(tablet.db, 'member', member.id, { name: 'Anna Nowak-Kowalska' });
    await updateRecord(laptop.db, 'member', member.id, { phone: '600 999 999' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    const records = await expectConverged(server, [tablet, laptop]);
    expect(records.get(`member:${member.id}`)).toMatchObject({
      name: 'Anna Nowak-Kowalska',
      phone: '600 999 999',
    });
  });

  it('gives a field changed on both devices to the later edit, the same on both', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const member = await saveRecord(tablet.db, 'member', { ...anna, memberNumber: 'E-3' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    await updateRecord(tablet.db, 'member', member.id, { notes: 'first' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateRecord(laptop.db, 'member', member.id, { notes: 'second, later' });
    await laptop.engine.sync();
    await tablet.engine.sync();
    const records = await expectConverged(server, [tablet, laptop]);
    expect(records.get(`member:${member.id}`)?.notes).toBe('second, later');
  });

  it('resolves a 409 conflict on push by fetching the server copy and merging', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const member = await saveRecord(tablet.db, 'member', { ...anna, memberNumber: 'E-4' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    await updateRecord(tablet.db, 'member', member.id, { name: 'Anna T.' });
    await updateRecord(laptop.db, 'member', member.id, { phone: '700 000 000' });
    await tablet.engine.push();
    // The laptop pushes without pulling first: the server answers 409 for its stale base rev.
    const result = await laptop.engine.push();
    expect(result.pushed).toBe(1);
    const records = await expectConverged(server, [tablet, laptop]);
    expect(records.get(`member:${member.id}`)).toMatchObject({ name: 'Anna T.', phone: '700 000 000' });
  });

  it('lets a deletion win over an edit and removes the personal fields everywhere', async () => {
    // Only a coordinator may erase a member (the server's rules).
    const tablet = openDevice('tablet', server, server.url, { account: 'coordinator' });
    const laptop = openDevice('laptop', server);
    const member = await saveRecord(tablet.db, 'member', { ...anna, memberNumber: 'E-5' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    await deleteRecord(tablet.db, 'member', member.id);
    await updateRecord(laptop.db, 'member', member.id, { phone: '800 800 800' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    const records = await expectConverged(server, [tablet, laptop]);
    const stored = records.get(`member:${member.id}`);
    expect(stored?.deleted).toBe(true);
    expect(stored).not.toHaveProperty('name');
    expect(stored).not.toHaveProperty('phone');
  });

  it('quarantines records the server refuses and still pushes the others of the batch', async () => {
    const tablet = openDevice('tablet', server);
    const good = await saveRecord(tablet.db, 'attendance', {
      sessionId: 'S-q',
      memberId: 'M-1',
      status: 'present',
    });
    // An old app version wrote a status the server's validate_doc_update does not know.
    const bad = await saveRecord(tablet.db, 'attendance', {
      sessionId: 'S-q',
      memberId: 'M-2',
      status: 'maybe' as 'present',
    });
    const report = await tablet.engine.sync();
    expect(report).toMatchObject({ pushed: 1, refused: 1 });
    expect((await serverRecords(server)).has(`attendance:${good.id}`)).toBe(true);
    expect((await serverRecords(server)).has(`attendance:${bad.id}`)).toBe(false);
    const [entry] = await listQuarantine(tablet.db);
    expect(entry).toMatchObject({
      id: bad.id,
      error: 'forbidden',
      reason: 'Unknown attendance status: maybe',
    });
    // Not retried until it changes; once corrected it goes through and leaves quarantine.
    expect((await tablet.engine.sync()).refused).toBe(0);
    await updateRecord(tablet.db, 'attendance', bad.id, { status: 'late' });
    expect((await tablet.engine.sync()).pushed).toBe(1);
    expect(await listQuarantine(tablet.db)).toEqual([]);
    expect(await dirtyCount(tablet.db)).toBe(0);
  });

  it('stops with "unauthorized" for a wrong password and changes nothing', async () => {
    const tablet = openDevice('tablet', server, server.url, { password: 'wrong' });
    await saveRecord(tablet.db, 'member', { ...anna, memberNumber: 'E-6' });
    const failure = await tablet.engine.sync().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncFailure);
    expect((failure as SyncFailure).kind).toBe('unauthorized');
    expect(await dirtyCount(tablet.db)).toBe(1);
  });

  it('says there is no such database', async () => {
    const db = openDevice('tablet', { ...server, db: 'no-such-db' });
    const failure = await db.engine.sync().catch((error: unknown) => error);
    expect((failure as SyncFailure).kind).toBe('noDatabase');
  });
});
