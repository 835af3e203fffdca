import { describe, expect, it } from 'vitest';
import { createIdFactory, decodeTime, isUlid, newId } from '@/db/ulid';

describe('newId', () => {
  it('returns 26 Crockford base32 characters that decode to the current time', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isUlid(id)).toBe(true);
    expect(decodeTime(id)).toBeGreaterThanOrEqual(before);
    expect(decodeTime(id)).toBeLessThanOrEqual(after);
  });

  it('returns 10,000 distinct ids that sort in creation order when called in a tight loop', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('createIdFactory', () => {
  it('makes ids that sort by time when the time advances', () => {
    let now = 1_700_000_000_000;
    const next = createIdFactory(() => now);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      now += Math.floor(Math.random() * 1000) + 1;
      ids.push(next());
    }
    expect([...ids].sort()).toEqual(ids);
    expect(ids.map(decodeTime)).toEqual([...ids.map(decodeTime)].sort((a, b) => a - b));
  });

  it('increments the random part within one millisecond and when the wall clock goes back', () => {
    let now = 1_700_000_000_000;
    const fixedRandom = (bytes: Uint8Array<ArrayBuffer>) => bytes.fill(7);
    const next = createIdFactory(() => now, fixedRandom);
    const first = next();
    const second = next();
    now -= 5_000;
    const third = next();
    expect(first.slice(10)).toBe('7777777777777777');
    expect(second.slice(10)).toBe('7777777777777778');
    expect(third.slice(10)).toBe('7777777777777779');
    expect(decodeTime(third)).toBe(1_700_000_000_000);
  });

  it('moves to the next millisecond when the random part overflows', () => {
    const next = createIdFactory(
      () => 1_000,
      (bytes) => bytes.fill(31),
    );
    const first = next();
    const second = next();
    expect(first.slice(10)).toBe('ZZZZZZZZZZZZZZZZ');
    expect(decodeTime(second)).toBe(1_001);
    expect(second > first).toBe(true);
  });

  it('throws RangeError when the time cannot be encoded', () => {
    expect(() => createIdFactory(() => -1)()).toThrow(RangeError);
    expect(() => createIdFactory(() => 2 ** 48)()).toThrow(RangeError);
  });
});

describe('decodeTime', () => {
  it('throws RangeError when given something other than a ULID', () => {
    expect(() => decodeTime('not-a-ulid')).toThrow(RangeError);
  });
});
