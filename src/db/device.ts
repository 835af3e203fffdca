// The device id: a ULID made once per database, stored in the `meta` table (not in settings, so that
// resetting preferences cannot change it), cached in memory per database instance. It is `updatedBy`
// of every local change and the node of this device's clock stamps.

import type { Table } from 'dexie';
import type { KrokDatabase } from '@/db/database';
import { META_KEYS, type MetaRecord } from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import { newId } from '@/db/ulid';

const cache = new WeakMap<KrokDatabase, Promise<string>>();
const loaded = new WeakMap<KrokDatabase, string>();

/**
 * Returns the stored device id, storing a new one first if there is none (or it is not a usable string).
 * Works inside a caller's transaction that includes `meta` (the schema upgrade uses it); rejects with
 * the raw Dexie error.
 */
export async function readOrCreateDeviceId(meta: Table<MetaRecord, string>): Promise<string> {
  const stored = await meta.get(META_KEYS.deviceId);
  if (typeof stored?.value === 'string' && stored.value.length > 0) return stored.value;
  const deviceId = newId();
  await meta.put({ key: META_KEYS.deviceId, value: deviceId });
  return deviceId;
}

/**
 * Returns this device's id, creating and storing it on first use; later calls on the same database
 * instance resolve from memory. Rejects with StorageProblem when the database cannot be read or written
 * (a failed attempt is not cached, so the next call tries again).
 */
export function getDeviceId(db: KrokDatabase): Promise<string> {
  const cached = cache.get(db);
  if (cached !== undefined) return cached;
  const loading = withStorage(() => db.transaction('rw', db.meta, () => readOrCreateDeviceId(db.meta)));
  cache.set(db, loading);
  loading.then(
    (deviceId) => {
      if (cache.get(db) === loading) loaded.set(db, deviceId);
    },
    () => {
      if (cache.get(db) === loading) cache.delete(db);
    },
  );
  return loading;
}

/** This device's id if getDeviceId has already read it, else undefined. */
export function loadedDeviceId(db: KrokDatabase): string | undefined {
  return loaded.get(db);
}
