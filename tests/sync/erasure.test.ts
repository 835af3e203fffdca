// @vitest-environment node
// Erasure leaves nothing behind: after a coordinator erases a member and both devices sync, no table of
// either device (records, base copies, quarantine, every syncState entry) and not the server's current
// revision holds the member's name or phone. (Older revisions on the server stay until compaction or
// _purge: see README, "Erasure on the server".)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KrokDatabase } from '@/db/database';
import { deleteRecord, saveRecord, updateRecord } from '@/db/write';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { closeDevices, openDevice } from './devices';

let server: StartedSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'erasure' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  closeDevices();
});

/** Everything a device stores, every table, as text. */
async function everything(db: KrokDatabase): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return JSON.stringify(dump);
}

const PERSONAL = ['Anna Kowalska', '600 123 456', '700 999 888', 'Lubi duży druk'];

describe('erasure', () => {
  it('leaves the name and phone in no store of either device and not in the server’s current revision', async () => {
    const tablet = openDevice('tablet', server, server.url, { account: 'coordinator' });
    const laptop = openDevice('laptop', server);
    const anna = await saveRecord(tablet.db, 'member', {
      name: 'Anna Kowalska',
      memberNumber: 'E-1',
      phone: '600 123 456',
      consent: { date: '2026-01-10', recordedBy: 'Biuro' },
    });
    await tablet.engine.sync();
    await laptop.engine.sync();
    // Both devices edit the member, so each keeps a base copy of the synced version…
    await updateRecord(laptop.db, 'member', anna.id, { phone: '700 999 888' });
    await updateRecord(tablet.db, 'member', anna.id, { notes: 'Lubi duży druk' });
    for (const text of [await everything(laptop.db), await everything(tablet.db)]) {
      expect(text).toContain('Anna Kowalska');
    }
    // …then the coordinator erases her, and the devices sync (the laptop's edit loses to the erasure).
    expect(await deleteRecord(tablet.db, 'member', anna.id)).toBe(true);
    for (let round = 0; round < 2; round++) {
      await tablet.engine.sync();
      await laptop.engine.sync();
    }
    for (const device of [tablet, laptop]) {
      const text = await everything(device.db);
      for (const value of PERSONAL) expect(text, `${device.name} still holds ${value}`).not.toContain(value);
      expect(await device.db.members.get(anna.id)).toMatchObject({ deleted: true, dirty: 0 });
    }
    const admin = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
    const current = await fetch(`${server.url}/${server.db}/member:${anna.id}`, { headers: admin });
    const doc = (await current.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ deleted: true });
    const changes = await fetch(`${server.url}/${server.db}/_changes?include_docs=true`, { headers: admin });
    const text = JSON.stringify([doc, await changes.json()]);
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });
});
