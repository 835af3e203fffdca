// Persistent storage: asks the browser not to evict our IndexedDB data under storage pressure
// (navigator.storage.persist()) at every start while it is not granted, and again after the app is
// installed (Chromium grants it more readily then). The last answer is kept in `meta`, so the
// progress page can offer a file copy where the data may be evicted.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { META_KEYS } from '@/db/records';
import { withStorage } from '@/db/storage-problems';

/** What `meta` remembers about the last request. */
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

type Storage = Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>;

function storageManager(): Storage | undefined {
  if (typeof navigator === 'undefined') return undefined;
  // Missing in Node, jsdom, old browsers and some embedded web views, whatever lib.dom says.
  const storage: Partial<StorageManager> | undefined = navigator.storage;
  return typeof storage?.persist === 'function' ? (storage as Storage) : undefined;
}

/** This session's request per open database: one question per start, shared by every caller. */
const asked = new WeakMap<KrokDatabase, Promise<boolean>>();

async function ask(db: KrokDatabase, storage: Storage): Promise<boolean> {
  // Already granted (an earlier start, or the browser's own judgement): nothing to ask.
  const granted = (await storage.persisted?.()) === true ? true : await storage.persist();
  const answer: PersistenceAnswer = { askedAt: new Date().toISOString(), granted };
  await withStorage(() => db.meta.put({ key: META_KEYS.persistence, value: answer }));
  return granted;
}

/**
 * Asks for persistent storage once per start (per open database) unless the browser says it is
 * granted already, and stores the answer. Resolves to the answer, or undefined where the API is
 * missing (then nothing is stored). Rejects with StorageProblem if `meta` cannot be written, or with
 * the browser's error from persist(). Concurrent calls share one request.
 */
export function requestPersistence(db: KrokDatabase): Promise<boolean | undefined> {
  const storage = storageManager();
  if (storage === undefined) return Promise.resolve(undefined);
  let request = asked.get(db);
  if (request === undefined) {
    request = ask(db, storage);
    // A failed request may be tried again later in the session.
    request.catch(() => asked.delete(db));
    asked.set(db, request);
  }
  return request;
}

/** Asks again in this session, e.g. right after the app was installed to the home screen. */
export function requestPersistenceAgain(db: KrokDatabase): Promise<boolean | undefined> {
  asked.delete(db);
  return requestPersistence(db);
}

/** Asks at start-up and again after installation; call once when the page has loaded. */
export function watchPersistence(): void {
  requestPersistence(getDatabase()).catch(() => undefined);
  window.addEventListener('appinstalled', () => {
    requestPersistenceAgain(getDatabase()).catch(() => undefined);
  });
}

/** The browser's last answer: true or false, undefined while unknown (not asked, or no API). */
export function usePersistenceGranted(): boolean | undefined {
  return useLiveQuery(async () => {
    const stored = await getDatabase().meta.get(META_KEYS.persistence);
    return isPersistenceAnswer(stored?.value) ? stored.value.granted : undefined;
  }, []);
}
