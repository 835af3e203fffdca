// @vitest-environment node
// Hostile documents at the boundary: what a server (or anyone who can write to it, or sits between)
// sends is checked against the record schemas before it is applied. A document with a stamp a year
// ahead and ones with wrong or missing fields are refused and listed; after a restart every save works.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, syncedTable } from '@/db/database';
import { formatStamp, parseStamp } from '@/db/hlc';
import { listRefusedIncoming } from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { saveRecord } from '@/db/write';
import { createSyncEngine } from '@/sync/engine';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { closeDevices, openDevice } from './devices';

let server: StartedSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'boundary' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  closeDevices();
});

const YEAR = 365 * 24 * 3600 * 1000;
const hostile = [
  {
    _id: 'member:future',
    _rev: '1-a',
    type: 'member',
    id: 'future',
    name: 'Z przyszłości',
    memberNumber: 'F',
    updatedAt: formatStamp({ ms: Date.now() + YEAR, counter: 0, node: 'broken-clock' }),
    updatedBy: 'x',
  },
  {
    _id: 'member:typed',
    _rev: '1-b',
    type: 'member',
    id: 'typed',
    name: 'Zły typ',
    memberNumber: 7,
    updatedAt: formatStamp({ ms: Date.now(), counter: 0, node: 'x' }),
    updatedBy: 'x',
  },
  {
    _id: 'group:bare',
    _rev: '1-c',
    type: 'group',
    id: 'bare',
    name: 'Bez prowadzących',
    term: '2026',
    updatedAt: formatStamp({ ms: Date.now(), counter: 0, node: 'x' }),
    updatedBy: 'x',
  },
  {
    _id: 'member:nostamp',
    _rev: '1-d',
    type: 'member',
    id: 'nostamp',
    name: 'Bez znacznika',
    memberNumber: 'N',
    updatedAt: 'wczoraj',
    updatedBy: 'x',
  },
];

/** A fetch that adds the hostile documents to the first page of _changes (as a rogue server would). */
function injecting(): typeof fetch {
  let injected = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (injected || !String(input).includes('/_changes')) return response;
    injected = true;
    const body = (await response.json()) as { results: unknown[]; last_seq: unknown };
    body.results.push(...hostile.map((doc) => ({ id: doc._id, changes: [{ rev: doc._rev }], doc })));
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

describe('the sync boundary', () => {
  it('refuses and lists pulled documents with a stamp a year ahead or wrong fields; saves still work after a restart', async () => {
    const laptop = openDevice('laptop', server);
    await saveRecord(laptop.db, 'member', { name: 'Anna', memberNumber: 'B-1' });
    await laptop.engine.sync();

    const name = `tablet-${newId()}`;
    const settings = { url: server.url, database: server.db, user: server.user, password: server.password };
    const tablet = createDatabase(name);
    const engine = createSyncEngine({
      db: tablet,
      settings,
      fetch: injecting(),
      retry: { wait: async () => undefined },
    });
    expect((await engine.sync()).pulled).toBe(1);
    for (const id of ['future', 'typed', 'nostamp'])
      expect(await syncedTable(tablet, 'member').get(id)).toBeUndefined();
    expect(await syncedTable(tablet, 'group').get('bare')).toBeUndefined();
    const refused = await listRefusedIncoming(tablet);
    expect(Object.fromEntries(refused.map((entry) => [`${entry.type}:${entry.id}`, entry.problem]))).toEqual({
      'member:future': 'futureStamp',
      'member:typed': 'shape',
      'group:bare': 'shape',
      'member:nostamp': 'shape',
    });
    expect(refused.every((entry) => entry.source === 'server')).toBe(true);
    tablet.close();

    // A restart: the clock is loaded again from what is stored; every save gets a stamp of today and
    // the server takes it.
    const reopened = createDatabase(name);
    const again = createSyncEngine({ db: reopened, settings, retry: { wait: async () => undefined } });
    for (let i = 0; i < 3; i++) {
      const saved = await saveRecord(reopened, 'member', { name: `Ola ${i}`, memberNumber: `B-${i + 2}` });
      expect(parseStamp(saved.updatedAt).ms).toBeLessThan(Date.now() + 60_000);
    }
    expect(await again.sync()).toMatchObject({ pushed: 3, refused: 0 });
    reopened.close();
  });

  it('clears a refusal when a good copy of the record arrives', async () => {
    const name = `phone-${newId()}`;
    const db = createDatabase(name);
    const settings = { url: server.url, database: server.db, user: server.user, password: server.password };
    await createSyncEngine({
      db,
      settings,
      fetch: injecting(),
      retry: { wait: async () => undefined },
    }).sync();
    expect((await listRefusedIncoming(db)).map((entry) => entry.id)).toContain('bare');
    // The coordinator fixes the group on the server: it now has its instructors and modules.
    const coordinator = openDevice('office', server, server.url, { account: 'coordinator' });
    await saveRecord(coordinator.db, 'group', {
      id: 'bare',
      name: 'Naprawiona',
      term: '2026',
      instructorIds: [],
      moduleIds: [],
    });
    await coordinator.engine.sync();
    await createSyncEngine({ db, settings, retry: { wait: async () => undefined } }).sync();
    expect(await syncedTable(db, 'group').get('bare')).toMatchObject({ name: 'Naprawiona' });
    expect((await listRefusedIncoming(db)).map((entry) => entry.id)).not.toContain('bare');
    db.close();
  });
});
