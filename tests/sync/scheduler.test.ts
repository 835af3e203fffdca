// The browser scheduler (jsdom, without Web Locks, so this tab syncs) against the real dev server:
// it syncs on start, pushes local writes on its own (debounced), goes quiet offline and syncs again
// when the device comes back online, and reports its state for the status screen.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { readSyncState } from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { saveRecord } from '@/db/write';
import { STATUS_KEY, type SyncStatus, startSync, stopSync } from '@/sync/scheduler';
import { signInDevice, writeServerSettings } from '@/sync/server-settings';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { serverRecords } from './devices';

let server: StartedSyncServer;
let db: KrokDatabase;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'scheduler' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  stopSync();
  db.close();
  vi.restoreAllMocks();
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

/** Signs the device in as the staff would (the password is not stored) and returns its cookie fetch. */
async function signedIn(target: KrokDatabase): Promise<typeof fetch> {
  const fetchImpl = cookieJar();
  const typed = { url: server.url, database: server.db, user: server.user, password: server.password };
  expect(await signInDevice(typed, fetchImpl)).toBe('ok');
  await writeServerSettings(target, typed);
  return fetchImpl;
}

const status = async () => (await readSyncState(db, STATUS_KEY)) as SyncStatus | undefined;

describe('sync scheduler', () => {
  it('syncs on start and pushes a local write by itself', async () => {
    db = createDatabase(`scheduler-${newId()}`);
    const early = await saveRecord(db, 'member', { name: 'Anna', memberNumber: 'S-1' });
    await startSync(db, { fetch: await signedIn(db) });
    await vi.waitFor(async () => expect((await serverRecords(server)).has(`member:${early.id}`)).toBe(true), {
      timeout: 10_000,
    });
    await vi.waitFor(async () => expect((await status())?.lastSynced).toBeDefined(), { timeout: 10_000 });
    const later = await saveRecord(db, 'member', { name: 'Jan', memberNumber: 'S-2' });
    await vi.waitFor(async () => expect((await serverRecords(server)).has(`member:${later.id}`)).toBe(true), {
      timeout: 15_000,
    });
  });

  it('waits offline and syncs when the device comes back online', async () => {
    db = createDatabase(`scheduler-${newId()}`);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchImpl = await signedIn(db);
    const member = await saveRecord(db, 'member', { name: 'Ola', memberNumber: 'S-3' });
    await startSync(db, { fetch: fetchImpl });
    await vi.waitFor(async () => expect((await status())?.state).toBe('offline'), { timeout: 10_000 });
    expect((await serverRecords(server)).has(`member:${member.id}`)).toBe(false);
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(
      async () => expect((await serverRecords(server)).has(`member:${member.id}`)).toBe(true),
      {
        timeout: 10_000,
      },
    );
  });

  it('stops with "unauthorized" when the device is not signed in (no session)', async () => {
    db = createDatabase(`scheduler-${newId()}`);
    const typed = { url: server.url, database: server.db, user: server.user, password: 'zle' };
    expect(await signInDevice(typed, cookieJar())).toBe('unauthorized');
    // Settings stored without a session (as after the user was deleted): the sync stops and says so.
    await writeServerSettings(db, { ...typed, password: server.password });
    await startSync(db, { fetch: cookieJar() });
    await vi.waitFor(
      async () => expect(await status()).toMatchObject({ state: 'stopped', problem: 'unauthorized' }),
      {
        timeout: 10_000,
      },
    );
  });
});
