// Persistent storage: asks the browser once per device not to evict our IndexedDB data under storage
// pressure (navigator.storage.persist()), and remembers the question and the answer in `meta`.

import type { KrokDatabase } from '@/db/database';
import { META_KEYS } from '@/db/records';
import { withStorage } from '@/db/storage-problems';

/** What `meta` remembers about the request. */
export type PersistenceAnswer = {
  /** ISO 8601 date-time of the request. */
  askedAt: string;
  granted: boolean;
};

function isPersistenceAnswer(value: unknown): value is PersistenceAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { askedAt, granted } = value as Partial<PersistenceAnswer>;
  return typeof askedAt === 'string' && typeof granted === 'boolean';
}

function storageManager(): Pick<StorageManager, 'persist'> | undefined {
  if (typeof navigator === 'undefined') return undefined;
  // Missing in Node, jsdom, old browsers and some embedded web views, whatever lib.dom says.
  const storage: Partial<StorageManager> | undefined = navigator.storage;
  return typeof storage?.persist === 'function' ? (storage as StorageManager) : undefined;
}

const pending = new WeakMap<KrokDatabase, Promise<boolean | undefined>>();

async function askOnce(db: KrokDatabase, storage: Pick<StorageManager, 'persist'>): Promise<boolean> {
  const stored = await withStorage(() => db.meta.get(META_KEYS.persistence));
  if (isPersistenceAnswer(stored?.value)) return stored.value.granted;
  const granted = await storage.persist();
  const answer: PersistenceAnswer = { askedAt: new Date().toISOString(), granted };
  await withStorage(() => db.meta.put({ key: META_KEYS.persistence, value: answer }));
  return granted;
}

/**
 * Asks for persistent storage unless this device was asked before. Resolves to the browser's answer
 * (from now or from the earlier request), or undefined where the API is missing (then nothing is
 * stored). Rejects with StorageProblem if `meta` cannot be read or written, or with the browser's error
 * from persist(). Concurrent calls on one instance share one request.
 */
export function requestPersistence(db: KrokDatabase): Promise<boolean | undefined> {
  const storage = storageManager();
  if (storage === undefined) return Promise.resolve(undefined);
  const inFlight = pending.get(db);
  if (inFlight !== undefined) return inFlight;
  const request = askOnce(db, storage).finally(() => {
    pending.delete(db);
  });
  pending.set(db, request);
  return request;
}
