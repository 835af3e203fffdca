import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  compareStamps,
  createClock,
  formatStamp,
  InvalidStampError,
  MAX_CLOCK_DRIFT_MS,
  parseStamp,
} from '@/db/hlc';

const T0 = 1_750_000_000_000;

function manualClock(start = T0) {
  const wall = { now: start };
  return { wall, now: () => wall.now };
}

describe('createClock', () => {
  it('increments the counter for events within one millisecond', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    const stamps = [clock.tick(), clock.tick(), clock.tick()];
    expect(stamps.map(parseStamp)).toEqual([
      { ms: T0, counter: 0, node: 'node-a' },
      { ms: T0, counter: 1, node: 'node-a' },
      { ms: T0, counter: 2, node: 'node-a' },
    ]);
  });

  it('resets the counter when the wall clock moves forward', () => {
    const { wall, now } = manualClock();
    const clock = createClock('node-a', now);
    clock.tick();
    clock.tick();
    wall.now += 10;
    expect(parseStamp(clock.tick())).toEqual({ ms: T0 + 10, counter: 0, node: 'node-a' });
  });

  it('keeps stamps increasing when the wall clock goes backwards', () => {
    const { wall, now } = manualClock();
    const clock = createClock('node-a', now);
    const before = clock.tick();
    wall.now -= 60 * 60 * 1000;
    const after = [clock.tick(), clock.tick()];
    expect(compareStamps(after[0] ?? '', before)).toBeGreaterThan(0);
    expect(compareStamps(after[1] ?? '', after[0] ?? '')).toBeGreaterThan(0);
    expect(parseStamp(after[1] ?? '').ms).toBe(T0);
  });

  it('orders a received stamp and every later tick after the remote stamp', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    const remote = formatStamp({ ms: T0 + 5_000, counter: 7, node: 'node-b' });
    const received = clock.receive(remote);
    const next = clock.tick();
    expect(parseStamp(received)).toEqual({ ms: T0 + 5_000, counter: 8, node: 'node-a' });
    expect(compareStamps(next, remote)).toBeGreaterThan(0);
    expect(compareStamps(next, received)).toBeGreaterThan(0);
  });

  it('keeps its own time when receiving a stamp from the past', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    clock.tick();
    const received = clock.receive(formatStamp({ ms: T0 - 1_000, counter: 3, node: 'node-b' }));
    expect(parseStamp(received)).toEqual({ ms: T0, counter: 1, node: 'node-a' });
  });

  it('throws ClockDriftError when a remote stamp is more than 24 h ahead, and stays unchanged', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    const farAhead = formatStamp({ ms: T0 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, node: 'node-b' });
    expect(() => clock.receive(farAhead)).toThrow(ClockDriftError);
    expect(parseStamp(clock.tick()).ms).toBe(T0);
    const justInside = formatStamp({ ms: T0 + MAX_CLOCK_DRIFT_MS, counter: 0, node: 'node-b' });
    expect(parseStamp(clock.receive(justInside)).ms).toBe(T0 + MAX_CLOCK_DRIFT_MS);
  });

  it('sorts ticks after a seeded stamp of its own even when the wall clock is behind it', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    const stored = formatStamp({ ms: T0 + 3 * MAX_CLOCK_DRIFT_MS, counter: 4, node: 'node-a' });
    clock.seed(stored);
    const next = clock.tick();
    expect(compareStamps(next, stored)).toBeGreaterThan(0);
    expect(parseStamp(next)).toEqual({ ms: T0 + 3 * MAX_CLOCK_DRIFT_MS, counter: 5, node: 'node-a' });
  });

  it('seeds from another device within the drift window, never from one beyond it', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    clock.seed(formatStamp({ ms: T0 + 365 * 24 * 3600 * 1000, counter: 4, node: 'node-z' }));
    expect(parseStamp(clock.tick())).toEqual({ ms: T0, counter: 0, node: 'node-a' });
    clock.seed(formatStamp({ ms: T0 + MAX_CLOCK_DRIFT_MS, counter: 4, node: 'node-z' }));
    expect(parseStamp(clock.tick())).toEqual({ ms: T0 + MAX_CLOCK_DRIFT_MS, counter: 5, node: 'node-a' });
  });

  it('never throws from tick, even when seeded at the end of the stamp range', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    clock.seed(formatStamp({ ms: Number.MAX_SAFE_INTEGER, counter: 36 ** 4 - 1, node: 'node-a' }));
    expect(parseStamp(clock.tick())).toEqual({ ms: T0, counter: 0, node: 'node-a' });
    expect(parseStamp(clock.tick())).toEqual({ ms: T0, counter: 1, node: 'node-a' });
  });

  it('ignores a seed older than its own state', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    clock.tick();
    clock.seed(formatStamp({ ms: T0 - 1, counter: 99, node: 'node-a' }));
    expect(parseStamp(clock.tick())).toEqual({ ms: T0, counter: 1, node: 'node-a' });
  });

  it('borrows the next millisecond when the counter is exhausted', () => {
    const { now } = manualClock();
    const clock = createClock('node-a', now);
    const remote = formatStamp({ ms: T0, counter: 36 ** 4 - 1, node: 'node-b' });
    const received = clock.receive(remote);
    expect(parseStamp(received)).toEqual({ ms: T0 + 1, counter: 0, node: 'node-a' });
    expect(compareStamps(received, remote)).toBeGreaterThan(0);
  });

  it('throws RangeError when the node id is empty or has spaces', () => {
    expect(() => createClock('')).toThrow(RangeError);
    expect(() => createClock('node a')).toThrow(RangeError);
  });
});

describe('parseStamp', () => {
  it('throws InvalidStampError for text that is not a stamp', () => {
    for (const bad of ['', 'hello', '0000000000-0000-node', 'ZZZZZZZZZZZZ-0000-node', '000000000000-0000-']) {
      expect(() => parseStamp(bad)).toThrow(InvalidStampError);
    }
  });

  it('returns the parts formatStamp was given', () => {
    const parts = { ms: T0, counter: 1234, node: '01J9Z8' };
    expect(parseStamp(formatStamp(parts))).toEqual(parts);
  });
});

describe('compareStamps', () => {
  it('gives the same order as comparing the stamps as text, for random stamps', () => {
    const nodes = ['a', 'ab', 'b', '01J9Z8XK', '01J9Z8XKZ', 'legacy', 'Z'];
    const random = () => ({
      ms: Math.floor(Math.random() * 4) * 1_000_000 + Math.floor(Math.random() * 3),
      counter: Math.floor(Math.random() * 3) * 1000 + Math.floor(Math.random() * 2),
      node: nodes[Math.floor(Math.random() * nodes.length)] ?? 'a',
    });
    const logical = (a: ReturnType<typeof random>, b: ReturnType<typeof random>) =>
      a.ms - b.ms || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
    for (let i = 0; i < 2_000; i++) {
      const a = random();
      const b = random();
      const textA = formatStamp(a);
      const textB = formatStamp(b);
      const textOrder = textA < textB ? -1 : textA > textB ? 1 : 0;
      expect(Math.sign(compareStamps(textA, textB))).toBe(textOrder);
      expect(Math.sign(logical(a, b))).toBe(textOrder);
    }
  });
});
