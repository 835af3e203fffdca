import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { hasStaffPin, isValidPin, setStaffPin, verifyStaffPin } from '@/features/workshops/data/staff-pin';

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
