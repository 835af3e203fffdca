import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import {
  hasStaffPin,
  isValidPin,
  PIN_LOCKOUT_MS,
  pinLockedUntil,
  setStaffPin,
  unlockWithPin,
  verifyStaffPin,
} from '@/features/workshops/data/staff-pin';

const freshDatabase = () => createDatabase(`staff-pin-${crypto.randomUUID()}`);

describe('staff PIN', () => {
  it('accepts only 4 to 8 digits', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ''].map(isValidPin)).toEqual([false, false, false, false]);
  });

  it('verifies the PIN that was set and refuses any other', async () => {
    const db = freshDatabase();
    expect(await hasStaffPin(db)).toBe(false);
    expect(await verifyStaffPin(db, '2468')).toBe(false);
    await setStaffPin(db, '2468');
    expect(await hasStaffPin(db)).toBe(true);
    expect(await verifyStaffPin(db, '2468')).toBe(true);
    expect(await verifyStaffPin(db, '2469')).toBe(false);
  });

  it('stores a salted hash, never the PIN itself', async () => {
    const db = freshDatabase();
    await setStaffPin(db, '13579');
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain('13579');
    const first = (await db.settings.get('staff.pin'))?.value;
    await setStaffPin(db, '13579');
    const second = (await db.settings.get('staff.pin'))?.value;
    expect(first).not.toEqual(second);
  });

  it('refuses to set a PIN that is not 4 to 8 digits', async () => {
    await expect(setStaffPin(freshDatabase(), '12')).rejects.toThrow('4 to 8 digits');
  });
});

describe('unlockWithPin', () => {
  it('locks the gate for 5 minutes after five wrong PINs, even for the right PIN', async () => {
    const db = freshDatabase();
    await setStaffPin(db, '2468');
    const now = 1_000_000;
    const tries = [];
    for (let attempt = 0; attempt < 5; attempt += 1) tries.push(await unlockWithPin(db, '1111', now));
    expect(tries.slice(0, 4)).toEqual([
      { outcome: 'wrong', triesLeft: 4 },
      { outcome: 'wrong', triesLeft: 3 },
      { outcome: 'wrong', triesLeft: 2 },
      { outcome: 'wrong', triesLeft: 1 },
    ]);
    expect(tries[4]).toEqual({ outcome: 'locked', until: now + PIN_LOCKOUT_MS });
    expect(await unlockWithPin(db, '2468', now + PIN_LOCKOUT_MS - 1)).toEqual({
      outcome: 'locked',
      until: now + PIN_LOCKOUT_MS,
    });
    expect(await pinLockedUntil(db, now + 1)).toBe(now + PIN_LOCKOUT_MS);
    expect(await unlockWithPin(db, '2468', now + PIN_LOCKOUT_MS)).toEqual({ outcome: 'unlocked' });
    expect(await pinLockedUntil(db, now + PIN_LOCKOUT_MS)).toBeUndefined();
  });

  it('starts the count again after the right PIN', async () => {
    const db = freshDatabase();
    await setStaffPin(db, '2468');
    await unlockWithPin(db, '1111');
    await unlockWithPin(db, '1111');
    expect(await unlockWithPin(db, '2468')).toEqual({ outcome: 'unlocked' });
    expect(await unlockWithPin(db, '1111')).toEqual({ outcome: 'wrong', triesLeft: 4 });
  });
});
