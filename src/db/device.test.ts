import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { getDeviceId } from '@/db/device';
import { isUlid, newId } from '@/db/ulid';

const opened: KrokDatabase[] = [];

function open(name: string): KrokDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('getDeviceId', () => {
  it('creates a ULID once and returns the same id after the database is reopened', async () => {
    const name = `device-${newId()}`;
    const first = open(name);
    const id = await getDeviceId(first);
    expect(isUlid(id)).toBe(true);
    expect(await getDeviceId(first)).toBe(id);
    first.close();
    expect(await getDeviceId(open(name))).toBe(id);
  });

  it('gives two databases on one device their own ids', async () => {
    const a = await getDeviceId(open(`device-${newId()}`));
    const b = await getDeviceId(open(`device-${newId()}`));
    expect(a).not.toBe(b);
  });

  it('stores one id when two instances (tabs) ask at the same time', async () => {
    const name = `device-${newId()}`;
    const [a, b] = await Promise.all([getDeviceId(open(name)), getDeviceId(open(name))]);
    expect(a).toBe(b);
  });

  it('keeps the id in meta, not among the settings a user can reset', async () => {
    const db = open(`device-${newId()}`);
    const id = await getDeviceId(db);
    expect(await db.meta.get('deviceId')).toEqual({ key: 'deviceId', value: id });
    expect(await db.settings.count()).toBe(0);
  });
});
