// The browser scheduler (jsdom, without Web Locks, so this tab syncs) against the real dev server:
// it syncs on start, pushes local writes on its own (debounced), goes quiet offline and syncs again
// when the device comes back online, and reports its state for the status screen.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { readSyncState } from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { saveRecord } from '@/db/write';
import { STATUS_KEY, type SyncStatus, startSync, stopSync } from '@/sync/scheduler';
import { writeServerSettings } from '@/sync/server-settings';
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

const status = async () => (await readSyncState(db, STATUS_KEY)) as SyncStatus | undefined;

describe('sync scheduler', () => {
  it('syncs on start and pushes a local write by itself', async () => {
    db = createDatabase(`scheduler-${newId()}`);
    const early = await saveRecord(db, 'member', { name: 'Anna', memberNumber: 'S-1' });
    await writeServerSettings(db, {
      url: server.url,
      database: server.db,
      user: server.user,
      password: server.password,
    });
    await startSync(db);
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
    await writeServerSettings(db, {
      url: server.url,
      database: server.db,
      user: server.user,
      password: server.password,
    });
    const member = await saveRecord(db, 'member', { name: 'Ola', memberNumber: 'S-3' });
    await startSync(db);
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

  it('stops with "unauthorized" for a wrong password', async () => {
    db = createDatabase(`scheduler-${newId()}`);
    await writeServerSettings(db, {
      url: server.url,
      database: server.db,
      user: server.user,
      password: 'zle',
    });
    await startSync(db);
    await vi.waitFor(
      async () => expect(await status()).toMatchObject({ state: 'stopped', problem: 'unauthorized' }),
      {
        timeout: 10_000,
      },
    );
  });
});
