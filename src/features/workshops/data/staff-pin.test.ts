import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import {
  hashPin,
  hasStaffPin,
  isValidPin,
  newPinProblem,
  PIN_LOCKOUT_MS,
  PIN_LOCKOUTS_MS,
  pinLockedUntil,
  setStaffPin,
  unlockWithPin,
  verifyStaffPin,
} from '@/features/workshops/data/staff-pin';

const freshDatabase = () => createDatabase(`staff-pin-${crypto.randomUUID()}`);
const PIN = '402917';
const WRONG = '915372';
const at = (time: number) => () => time;

describe('staff PIN', () => {
  it('checks PINs of 4 to 8 digits', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ''].map(isValidPin)).toEqual([false, false, false, false]);
  });

  it('sets only PINs of 6 to 8 digits that are not among the most common', () => {
    expect([PIN, '83150926'].map(newPinProblem)).toEqual([undefined, undefined]);
    expect(['2468', '12345', '123456789', '12a456'].map(newPinProblem)).toEqual([
      'format',
      'format',
      'format',
      'format',
    ]);
    for (const common of [
      '123456',
      '654321',
      '111111',
      '000000',
      '121212',
      '123123',
      '12341234',
      '112233',
      '890123',
    ]) {
      expect(newPinProblem(common), common).toBe('common');
    }
  });

  it('verifies the PIN that was set and refuses any other', async () => {
    const db = freshDatabase();
    expect(await hasStaffPin(db)).toBe(false);
    expect(await verifyStaffPin(db, PIN)).toBe(false);
    await setStaffPin(db, PIN);
    expect(await hasStaffPin(db)).toBe(true);
    expect(await verifyStaffPin(db, PIN)).toBe(true);
    expect(await verifyStaffPin(db, WRONG)).toBe(false);
  });

  it('keeps a four-digit PIN set before six digits were required working until it is changed', async () => {
    const db = freshDatabase();
    await db.settings.put({ key: 'staff.pin', value: await hashPin('2468') });
    expect(await unlockWithPin(db, '2468')).toEqual({ outcome: 'unlocked' });
  });

  it('stores a salted hash, never the PIN itself', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain(PIN);
    const first = (await db.settings.get('staff.pin'))?.value;
    await setStaffPin(db, PIN);
    const second = (await db.settings.get('staff.pin'))?.value;
    expect(first).not.toEqual(second);
  });

  it('refuses to set a short or common PIN', async () => {
    await expect(setStaffPin(freshDatabase(), '2468')).rejects.toThrow('format');
    await expect(setStaffPin(freshDatabase(), '123456')).rejects.toThrow('common');
  });
});

describe('unlockWithPin', () => {
  it('locks the gate for 5 minutes after five wrong PINs, even for the right PIN', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    const now = 1_000_000;
    const tries = [];
    for (let attempt = 0; attempt < 5; attempt += 1) tries.push(await unlockWithPin(db, WRONG, at(now)));
    expect(tries.slice(0, 4)).toEqual([
      { outcome: 'wrong', triesLeft: 4 },
      { outcome: 'wrong', triesLeft: 3 },
      { outcome: 'wrong', triesLeft: 2 },
      { outcome: 'wrong', triesLeft: 1 },
    ]);
    expect(tries[4]).toEqual({ outcome: 'locked', until: now + PIN_LOCKOUT_MS });
    expect(await unlockWithPin(db, PIN, at(now + PIN_LOCKOUT_MS - 1))).toEqual({
      outcome: 'locked',
      until: now + PIN_LOCKOUT_MS,
    });
    expect(await pinLockedUntil(db, now + 1)).toBe(now + PIN_LOCKOUT_MS);
    expect(await unlockWithPin(db, PIN, at(now + PIN_LOCKOUT_MS))).toEqual({ outcome: 'unlocked' });
    expect(await pinLockedUntil(db, now + PIN_LOCKOUT_MS)).toBeUndefined();
  });

  it('locks longer each time in a row: 5 min, 15 min, 1 h, then 24 h', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    let now = 1_000_000;
    const lengths = [];
    for (let lockout = 0; lockout < 5; lockout += 1) {
      let result = await unlockWithPin(db, WRONG, at(now));
      while (result.outcome === 'wrong') result = await unlockWithPin(db, WRONG, at(now));
      if (result.outcome !== 'locked') throw new Error('expected a lockout');
      lengths.push(result.until - now);
      now = result.until;
    }
    expect(lengths).toEqual([...PIN_LOCKOUTS_MS, PIN_LOCKOUTS_MS[3]]);
  });

  it('stays locked when the clock is set back before the lockout began', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    const now = 5_000_000;
    for (let attempt = 0; attempt < 5; attempt += 1) await unlockWithPin(db, WRONG, at(now));
    const back = now - 60 * 60_000;
    expect(await unlockWithPin(db, PIN, at(back))).toEqual({
      outcome: 'locked',
      until: back + PIN_LOCKOUT_MS,
    });
  });

  it('counts every one of twenty PINs tried at once: the gate is locked afterwards', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    const results = await Promise.all(Array.from({ length: 20 }, () => unlockWithPin(db, WRONG)));
    expect(results.filter((result) => result.outcome === 'wrong')).toHaveLength(4);
    expect(results.filter((result) => result.outcome === 'locked')).toHaveLength(16);
    expect(await pinLockedUntil(db)).toEqual(expect.any(Number));
    expect((await unlockWithPin(db, PIN)).outcome).toBe('locked');
  });

  it('starts the count again after the right PIN', async () => {
    const db = freshDatabase();
    await setStaffPin(db, PIN);
    await unlockWithPin(db, WRONG);
    await unlockWithPin(db, WRONG);
    expect(await unlockWithPin(db, PIN)).toEqual({ outcome: 'unlocked' });
    expect(await unlockWithPin(db, WRONG)).toEqual({ outcome: 'wrong', triesLeft: 4 });
  });
});
