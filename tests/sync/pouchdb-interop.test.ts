// @vitest-environment node
// PouchDB as a second client of the dev server (a coordinator's script, Fauxton, a replication between
// servers): its replicated edits and deletions reach the server and the app, concurrent edits of either
// order end with both changes, the server's conflicts are resolved by the app, and a deletion made on the
// server becomes a tombstone on every device.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncedTable } from '@/db/database';
import { SYNCED_TYPES } from '@/db/records';
import { getRecord, saveRecord, updateRecord } from '@/db/write';
import { indexReportData } from '@/features/reports/data/attendance-report';
import { loadReportData } from '@/features/reports/data/load-report';
import { exportMemberData } from '@/features/reports/data/member-data';
import { sessionMarks } from '@/features/workshops/data/attendance';
import { listMembers } from '@/features/workshops/data/members';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { closeDevices, type Device, dirtyCount, openDevice } from './devices';
import { localPouch, pouchStamp, remotePouch, serverDoc } from './pouchdb';

let server: StartedSyncServer;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'interop' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  closeDevices();
});

const anna = { name: 'Anna Nowak', memberNumber: 'P-1', phone: '600 100 200', notes: 'przód sali' };

/** A member, a group, the membership and a session made on a device and synced. */
async function roster(device: Device, memberNumber: string, person = anna) {
  const member = await saveRecord(device.db, 'member', { ...person, memberNumber });
  const group = await saveRecord(device.db, 'group', {
    name: 'Smartfon od podstaw',
    term: '2026/2027 zima',
    instructorIds: [],
    moduleIds: [],
  });
  await saveRecord(device.db, 'membership', { groupId: group.id, memberId: member.id });
  const session = await saveRecord(device.db, 'session', {
    groupId: group.id,
    startsAt: '2026-12-07T10:00:00.000Z',
    lessonIds: [],
  });
  await device.engine.sync();
  return { member, group, session };
}

/** Every value a device stores, synced records and sync bookkeeping, as one text. */
async function everythingStored(device: Device): Promise<string> {
  const parts: unknown[] = [await device.db.syncState.toArray()];
  for (const type of SYNCED_TYPES) parts.push(await syncedTable(device.db, type).toArray());
  return JSON.stringify(parts);
}

describe('PouchDB as a second client', () => {
  it('replicates a rename, a new mark and a session deletion to the server and the app, and back', async () => {
    const tablet = openDevice('tablet', server);
    const { member, session } = await roster(tablet, 'P-1');
    const pouch = localPouch();
    const remote = remotePouch(server);
    const pulled = await pouch.replicate.from(remote);
    expect(pulled.doc_write_failures).toBe(0);

    const stored = await pouch.get(`member:${member.id}`);
    await pouch.put({
      ...stored,
      name: 'Anna Nowak-Kowalska',
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    const markId = `${session.id}:${member.id}`;
    await pouch.put({
      _id: `attendance:${markId}`,
      type: 'attendance',
      id: markId,
      sessionId: session.id,
      memberId: member.id,
      status: 'present',
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    const storedSession = await pouch.get(`session:${session.id}`);
    // Deleted the app's way: a tombstone with the identity fields only.
    await pouch.put({
      _id: storedSession._id,
      _rev: storedSession._rev,
      type: 'session',
      id: session.id,
      groupId: session.groupId,
      deleted: true,
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    // The validation still applies to replicated writes: a member without a number is refused.
    await pouch.put({
      _id: 'member:no-number',
      type: 'member',
      id: 'no-number',
      name: 'Bez numeru',
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    const pushed = await pouch.replicate.to(remote);
    expect(pushed.docs_written).toBe(3);
    expect(pushed.doc_write_failures).toBe(1);
    expect(pushed.errors).toMatchObject([{ id: 'member:no-number', name: 'forbidden' }]);
    expect(await serverDoc(server, 'member:no-number')).toMatchObject({ error: 'not_found' });
    // Nothing is sent twice: the checkpoint (a _local document) and _revs_diff find nothing new.
    expect((await pouch.replicate.to(remote)).docs_written).toBe(0);

    expect(await serverDoc(server, `member:${member.id}`)).toMatchObject({ name: 'Anna Nowak-Kowalska' });
    expect(await serverDoc(server, `attendance:${markId}`)).toMatchObject({ status: 'present' });
    expect(await serverDoc(server, `session:${session.id}`)).toMatchObject({ deleted: true });

    await tablet.engine.sync();
    expect((await listMembers(tablet.db)).map((m) => m.name)).toEqual(['Anna Nowak-Kowalska']);
    expect(await sessionMarks(tablet.db, session.id)).toEqual(new Map([[member.id, 'present']]));
    expect(await getRecord(tablet.db, 'session', session.id)).toBeUndefined();
    expect((await loadReportData(tablet.db)).sessions).toEqual([]);

    // And back: the app's edit reaches PouchDB by replication.
    await updateRecord(tablet.db, 'member', member.id, { phone: '600 300 400' });
    await tablet.engine.sync();
    await pouch.replicate.from(remote);
    expect(await pouch.get(`member:${member.id}`)).toMatchObject({
      name: 'Anna Nowak-Kowalska',
      phone: '600 300 400',
    });
    await pouch.destroy();
  });

  it('PouchDB first, then the app: both changes kept, an unknown field survives, no conflicts', async () => {
    const tablet = openDevice('tablet', server);
    const { member } = await roster(tablet, 'P-2');
    const pouch = localPouch();
    const remote = remotePouch(server);
    await pouch.replicate.from(remote);
    const stored = await pouch.get(`member:${member.id}`);
    await pouch.put({
      ...stored,
      phone: '700 700 700',
      coordinatorNote: { source: 'biuro', checked: true },
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    expect((await pouch.replicate.to(remote)).docs_written).toBe(1);

    // The app edits from the older revision: its push meets a 409 and merges.
    await updateRecord(tablet.db, 'member', member.id, { notes: 'okulary do czytania' });
    await tablet.engine.sync();
    await tablet.engine.sync();

    const onServer = await serverDoc(server, `member:${member.id}`);
    expect(onServer._conflicts).toBeUndefined();
    expect(onServer).toMatchObject({
      name: anna.name,
      phone: '700 700 700',
      notes: 'okulary do czytania',
      coordinatorNote: { source: 'biuro', checked: true },
    });
    expect(await getRecord(tablet.db, 'member', member.id)).toMatchObject({
      phone: '700 700 700',
      notes: 'okulary do czytania',
      coordinatorNote: { source: 'biuro', checked: true },
    });
    expect(await dirtyCount(tablet.db)).toBe(0);
    await pouch.destroy();
  });

  it('the app first, then PouchDB: the conflict its replication leaves is resolved by the next sync', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const { member } = await roster(tablet, 'P-3');
    const pouch = localPouch();
    const remote = remotePouch(server);
    await pouch.replicate.from(remote);

    await updateRecord(tablet.db, 'member', member.id, { notes: 'okulary do czytania' });
    await tablet.engine.sync();
    const stored = await pouch.get(`member:${member.id}`);
    await pouch.put({
      ...stored,
      phone: '700 700 700',
      coordinatorNote: 'z listy biura',
      updatedAt: pouchStamp(),
      updatedBy: 'pouchdb',
    });
    expect((await pouch.replicate.to(remote)).docs_written).toBe(1);
    // A replication keeps both edits as leaves of one document: CouchDB's conflict.
    const conflicted = await serverDoc(server, `member:${member.id}`);
    expect(conflicted._conflicts).toHaveLength(1);

    const report = await laptop.engine.sync();
    expect(report.conflictsResolved).toBe(1);
    const resolved = await serverDoc(server, `member:${member.id}`);
    expect(resolved._conflicts).toBeUndefined();
    expect(resolved).toMatchObject({
      name: anna.name,
      phone: '700 700 700',
      notes: 'okulary do czytania',
      coordinatorNote: 'z listy biura',
    });
    expect(Number.parseInt(String(resolved._rev), 10)).toBe(3);

    await tablet.engine.sync();
    for (const device of [tablet, laptop]) {
      expect(await getRecord(device.db, 'member', member.id)).toMatchObject({
        phone: '700 700 700',
        notes: 'okulary do czytania',
        coordinatorNote: 'z listy biura',
        rev: resolved._rev,
      });
      expect(await dirtyCount(device.db)).toBe(0);
    }
    await pouch.replicate.from(remote);
    expect(await pouch.get(`member:${member.id}`, { conflicts: true })).toMatchObject({
      phone: '700 700 700',
      notes: 'okulary do czytania',
      _rev: resolved._rev,
    });
    expect((await pouch.get(`member:${member.id}`, { conflicts: true }))._conflicts).toBeUndefined();
    await pouch.destroy();
  });

  it('a member deleted in CouchDB leaves every device: screens, exports and stored copies', async () => {
    const tablet = openDevice('tablet', server);
    const laptop = openDevice('laptop', server);
    const zofia = { name: 'Zofia Wiśniewska', memberNumber: 'P-4', phone: '601 222 333', notes: 'laska' };
    const { member } = await roster(tablet, 'P-4', zofia);
    await laptop.engine.sync();
    // The laptop has an edit of its own waiting: the deletion still wins.
    await updateRecord(laptop.db, 'member', member.id, { notes: 'zmiana w toku' });
    expect(await everythingStored(laptop)).toContain(zofia.phone);

    const coordinator = remotePouch(server, server.admin);
    const onServer = await coordinator.get(`member:${member.id}`);
    await coordinator.remove(onServer);

    for (const device of [tablet, laptop]) {
      await device.engine.sync();
      expect((await listMembers(device.db)).map((m) => m.id)).not.toContain(member.id);
      const data = await loadReportData(device.db);
      expect(indexReportData(data).members.get(member.id)).toMatchObject({ name: '', erased: true });
      expect(data.members.find((m) => m.id === member.id)).toMatchObject({ deleted: true });
      const exported = await exportMemberData(device.db, member.id);
      expect(exported).toBeUndefined();
      const everything = await everythingStored(device);
      for (const personal of [zofia.name, zofia.phone, zofia.notes, 'zmiana w toku']) {
        expect(everything, `${device.name} keeps no ${personal}`).not.toContain(personal);
      }
      expect(await dirtyCount(device.db)).toBe(0);
    }
    // A device that never had the member stores the deletion too (no file can bring it back).
    const phone = openDevice('phone', server);
    await phone.engine.sync();
    expect(await phone.db.members.get(member.id)).toMatchObject({ deleted: true, dirty: 0 });
  });
});
