import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { getSetting, setSetting } from '@/db/settings';
import { newId } from '@/db/ulid';

const opened: KrokDatabase[] = [];

function open(name = `settings-${newId()}`): KrokDatabase {
  const db = createDatabase(name);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const isTextSize = (value: unknown): value is 'normal' | 'large' => value === 'normal' || value === 'large';

describe('getSetting', () => {
  it('returns the fallback when the setting was never stored', async () => {
    expect(await getSetting(open(), 'textSize', 'normal')).toBe('normal');
  });

  it('returns the stored value after a reopen', async () => {
    const name = `settings-${newId()}`;
    const db = open(name);
    await setSetting(db, 'textSize', 'large');
    await setSetting(db, 'highContrast', { enabled: true });
    db.close();
    const reopened = open(name);
    expect(await getSetting(reopened, 'textSize', 'normal')).toBe('large');
    expect(await getSetting(reopened, 'highContrast', { enabled: false })).toEqual({ enabled: true });
  });

  it('returns the fallback when the stored value fails the check', async () => {
    const db = open();
    await setSetting(db, 'textSize', 'gigantic');
    expect(await getSetting(db, 'textSize', 'normal', isTextSize)).toBe('normal');
    await setSetting(db, 'textSize', 'large');
    expect(await getSetting(db, 'textSize', 'normal', isTextSize)).toBe('large');
  });
});

describe('setSetting', () => {
  it('replaces the previous value of the same key', async () => {
    const db = open();
    await setSetting(db, 'language', 'pl');
    await setSetting(db, 'language', 'uk');
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'uk' }]);
  });
});
