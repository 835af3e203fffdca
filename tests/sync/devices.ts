// Simulated devices for the sync tests: each is its own fake-indexeddb database (own device id and
// clock) with an engine pointed at a server or at the fault proxy; retries do not wait.
import { expect } from 'vitest';
import { createDatabase, type KrokDatabase, syncedTable } from '@/db/database';
import { SYNCED_TYPES } from '@/db/records';
import { newId } from '@/db/ulid';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '@/sync/engine';
import type { StartedSyncServer } from '../../tools/sync-server.mjs';

export type Device = { name: string; db: KrokDatabase; engine: SyncEngine };

const opened: KrokDatabase[] = [];

/** Opens a new device syncing with `url` (the server itself or a proxy in front of it). */
export function openDevice(
  name: string,
  server: StartedSyncServer,
  url: string = server.url,
  options: { batchSize?: number; password?: string; retry?: SyncEngineOptions['retry'] } = {},
): Device {
  const db = createDatabase(`${name}-${newId()}`);
  opened.push(db);
  const engine = createSyncEngine({
    db,
    settings: { url, database: server.db, user: server.user, password: options.password ?? server.password },
    batchSize: options.batchSize ?? 50,
    retry: options.retry ?? { wait: async () => undefined, maxAttempts: 40 },
  });
  return { name, db, engine };
}

/** Closes every device opened so far (call in afterEach). */
export function closeDevices(): void {
  for (const db of opened.splice(0)) db.close();
}

/** Every synced record of a device (tombstones too) by document id, without `dirty` and `rev`. */
export async function deviceRecords(db: KrokDatabase): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>();
  for (const type of SYNCED_TYPES) {
    for (const stored of await syncedTable(db, type).toArray()) {
      const { dirty: _dirty, rev: _rev, ...fields } = stored as Record<string, unknown>;
      records.set(`${type}:${stored.id}`, fields);
    }
  }
  return records;
}

/** How many records of a device wait to be pushed. */
export async function dirtyCount(db: KrokDatabase): Promise<number> {
  let count = 0;
  for (const type of SYNCED_TYPES) count += await syncedTable(db, type).where('dirty').equals(1).count();
  return count;
}

/** Every record document on the server (as the admin sees it), by id, without `_rev` and `type`. */
export async function serverRecords(
  server: StartedSyncServer,
): Promise<Map<string, Record<string, unknown>>> {
  const response = await fetch(`${server.url}/${server.db}/_all_docs?include_docs=true`, {
    headers: { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` },
  });
  const body = (await response.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
  const records = new Map<string, Record<string, unknown>>();
  for (const { id, doc } of body.rows) {
    if (id.startsWith('_design/')) continue;
    const { _id, _rev, type: _type, ...fields } = doc;
    records.set(id, fields);
  }
  return records;
}

/**
 * Syncs every device twice in turn (so each sees the others' last pushes), then asserts: nothing waits
 * to be pushed, every device holds exactly the server's records, and each of `written` (document ids
 * acknowledged earlier) is on the server.
 */
export async function expectConverged(
  server: StartedSyncServer,
  devices: Device[],
  written: Iterable<string> = [],
): Promise<Map<string, Record<string, unknown>>> {
  for (let round = 0; round < 2; round++) {
    for (const device of devices) await device.engine.sync();
  }
  const onServer = await serverRecords(server);
  for (const device of devices) {
    expect(await dirtyCount(device.db), `${device.name} has nothing left to push`).toBe(0);
    expect(
      Object.fromEntries(await deviceRecords(device.db)),
      `${device.name} holds the server's records`,
    ).toEqual(Object.fromEntries(onServer));
  }
  for (const id of written) expect(onServer.has(id), `${id} is on the server`).toBe(true);
  return onServer;
}
