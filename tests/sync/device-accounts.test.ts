// @vitest-environment node
// Device accounts: each device signs in with its own account (POST /_session) and syncs with the session
// cookie, keeping no password. Deleting one device's user signs that device out; the other keeps syncing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { newId } from '@/db/ulid';
import { saveRecord } from '@/db/write';
import { databaseUrl, SyncFailure } from '@/sync/couch-client';
import { createSyncEngine } from '@/sync/engine';
import { readServerSettings, signInDevice, writeServerSettings } from '@/sync/server-settings';
import {
  randomPassword,
  type StartedSyncServer,
  saveUser,
  startSyncServer,
} from '../../tools/sync-server.mjs';

let server: StartedSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'accounts' });
});
afterAll(async () => {
  await server.close();
});

/** A fetch that keeps the session cookie, as the browser does. */
function cookieJar(): typeof fetch {
  let cookie: string | undefined;
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie !== undefined) headers.set('Cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return response;
  };
}

async function everything(db: KrokDatabase): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return JSON.stringify(dump);
}

async function pairDevice(user: string, password: string) {
  const db = createDatabase(`${user}-${newId()}`);
  const fetchImpl = cookieJar();
  const typed = { url: server.url, database: server.db, user, password };
  expect(await signInDevice(typed, fetchImpl)).toBe('ok');
  await writeServerSettings(db, typed);
  const stored = await readServerSettings(db);
  expect(stored).toEqual({ url: server.url, database: server.db, user, password: '' });
  if (!stored) throw new Error('no settings');
  const engine = createSyncEngine({
    db,
    settings: stored,
    fetch: fetchImpl,
    retry: { wait: async () => undefined },
  });
  return { db, engine };
}

describe('device accounts', () => {
  it('pairs two devices with their own accounts; deleting one user signs that device out only', async () => {
    const admin = server.admin;
    const passwords = { 'tablet-sala-1': randomPassword(), 'tablet-sala-2': randomPassword() };
    for (const [name, password] of Object.entries(passwords)) {
      await saveUser(server.url, admin, { name, password, roles: ['krok.accounts.staff'] });
    }
    expect(
      await signInDevice({ url: server.url, database: server.db, user: 'tablet-sala-1', password: 'zle' }),
    ).toBe('unauthorized');
    const one = await pairDevice('tablet-sala-1', passwords['tablet-sala-1']);
    const two = await pairDevice('tablet-sala-2', passwords['tablet-sala-2']);
    const mark = await saveRecord(one.db, 'attendance', {
      sessionId: 'S1',
      memberId: 'M1',
      status: 'present',
    });
    expect(await one.engine.sync()).toMatchObject({ pushed: 1, refused: 0 });
    expect(await two.engine.sync()).toMatchObject({ pulled: 1 });
    const adminHeaders = { Authorization: `Basic ${Buffer.from(admin).toString('base64')}` };
    const onServer = await fetch(`${server.url}/${server.db}/attendance:${mark.id}`, {
      headers: adminHeaders,
    });
    expect(await onServer.json()).toMatchObject({ updatedBy: 'tablet-sala-1', status: 'present' });
    for (const device of [one, two]) {
      const text = await everything(device.db);
      for (const password of Object.values(passwords)) expect(text).not.toContain(password);
    }

    // The first tablet is lost: the coordinator deletes its user.
    const user = await fetch(`${server.url}/_users/org.couchdb.user:tablet-sala-1`, {
      headers: adminHeaders,
    });
    const { _rev } = (await user.json()) as { _rev: string };
    const removed = await fetch(`${server.url}/_users/org.couchdb.user:tablet-sala-1?rev=${_rev}`, {
      method: 'DELETE',
      headers: adminHeaders,
    });
    expect(removed.status).toBe(200);
    await saveRecord(one.db, 'attendance', { sessionId: 'S1', memberId: 'M2', status: 'late' });
    await expect(one.engine.sync()).rejects.toMatchObject({ name: 'SyncFailure', kind: 'unauthorized' });
    await saveRecord(two.db, 'attendance', { sessionId: 'S1', memberId: 'M3', status: 'absent' });
    expect(await two.engine.sync()).toMatchObject({ pushed: 1, refused: 0 });
    one.db.close();
    two.db.close();
  });

  it('accepts only https addresses, and http on this machine', () => {
    const address = (url: string) => {
      try {
        return databaseUrl({ url, database: 'krok' });
      } catch (error) {
        return error instanceof SyncFailure ? error.kind : 'other';
      }
    };
    expect(address('https://dane.utw.example.pl')).toBe('https://dane.utw.example.pl/krok');
    expect(address('http://dane.utw.example.pl')).toBe('badAddress');
    expect(address('http://192.168.1.20:5984')).toBe('badAddress');
    expect(address('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984/krok');
    expect(address('http://localhost:5984')).toBe('http://localhost:5984/krok');
  });
});
