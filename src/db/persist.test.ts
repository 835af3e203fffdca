import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { requestPersistence, requestPersistenceAgain } from '@/db/persist';
import { newId } from '@/db/ulid';

const opened: KrokDatabase[] = [];

function open(name = `persist-${newId()}`): KrokDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

function stubStorage(granted: boolean, alreadyPersisted = false) {
  const persist = vi.fn(() => Promise.resolve(granted));
  const persisted = vi.fn(() => Promise.resolve(alreadyPersisted));
  Object.defineProperty(navigator, 'storage', { value: { persist, persisted }, configurable: true });
  return persist;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  for (const db of opened.splice(0)) db.close();
});

describe('requestPersistence', () => {
  it('asks once per start and stores the answer', async () => {
    const persist = stubStorage(true);
    const name = `persist-${newId()}`;
    const db = open(name);
    expect(await requestPersistence(db)).toBe(true);
    expect(await requestPersistence(db)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const stored = await open(name).meta.get('persistence');
    expect(stored?.value).toEqual({ askedAt: expect.any(String), granted: true });
  });

  it('asks again at the next start while it is not granted (a refusal is not final)', async () => {
    const persist = stubStorage(false);
    const name = `persist-${newId()}`;
    const first = open(name);
    expect(await requestPersistence(first)).toBe(false);
    expect(await requestPersistence(first)).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
    first.close();
    // The next start opens the database again: the browser is asked again.
    persist.mockResolvedValue(true);
    const next = open(name);
    expect(await requestPersistence(next)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(2);
    expect((await next.meta.get('persistence'))?.value).toMatchObject({ granted: true });
  });

  it('does not ask when the browser says the storage is persistent already', async () => {
    const persist = stubStorage(false, true);
    const db = open();
    expect(await requestPersistence(db)).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks again in the same session after the app is installed', async () => {
    const persist = stubStorage(false);
    const db = open();
    expect(await requestPersistence(db)).toBe(false);
    persist.mockResolvedValue(true);
    expect(await requestPersistenceAgain(db)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(2);
    expect((await db.meta.get('persistence'))?.value).toMatchObject({ granted: true });
  });

  it('shares one request between concurrent calls', async () => {
    const persist = stubStorage(true);
    const db = open();
    const answers = await Promise.all([
      requestPersistence(db),
      requestPersistence(db),
      requestPersistence(db),
    ]);
    expect(answers).toEqual([true, true, true]);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('resolves undefined and stores nothing where the API is missing', async () => {
    expect('storage' in navigator).toBe(false);
    const db = open();
    expect(await requestPersistence(db)).toBeUndefined();
    expect(await db.meta.get('persistence')).toBeUndefined();
  });
});
