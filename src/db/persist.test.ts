import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { requestPersistence } from '@/db/persist';
import { newId } from '@/db/ulid';

const opened: KrokDatabase[] = [];

function open(name = `persist-${newId()}`): KrokDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

function stubStorage(granted: boolean) {
  const persist = vi.fn(() => Promise.resolve(granted));
  Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
  return persist;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  for (const db of opened.splice(0)) db.close();
});

describe('requestPersistence', () => {
  it('asks the browser once per device and remembers the answer across reopen', async () => {
    const persist = stubStorage(true);
    const name = `persist-${newId()}`;
    const db = open(name);
    expect(await requestPersistence(db)).toBe(true);
    expect(await requestPersistence(db)).toBe(true);
    db.close();
    expect(await requestPersistence(open(name))).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const stored = await open(name).meta.get('persistence');
    expect(stored?.value).toEqual({ askedAt: expect.any(String), granted: true });
  });

  it('remembers a refusal and does not ask again', async () => {
    const persist = stubStorage(false);
    const db = open();
    expect(await requestPersistence(db)).toBe(false);
    expect(await requestPersistence(db)).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
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
