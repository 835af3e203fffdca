// Hybrid logical clock (Kulkarni et al., 2014): the `updatedAt` stamp of every synced record.
// Owns the stamp format and the clock algorithm; which clock a database uses is decided in database.ts.
//
// A stamp is `${ms}-${counter}-${node}` with ms as 12 base36 digits and counter as 4 base36 digits, both
// zero-padded, so comparing stamps as text (code units, as IndexedDB does) gives the same order as
// comparing (wall ms, counter, node). That lets the `updatedAt` index sort by causality.

export type HlcStamp = string;

export type ParsedStamp = {
  /** Logical wall time, ms since the epoch. */
  ms: number;
  /** Events within the same logical millisecond. */
  counter: number;
  /** The device (node) that made the stamp. */
  node: string;
};

export type HlcClock = {
  /**
   * Returns a stamp for a new local event, later than every stamp this clock has made or seen (unless
   * that one is at the end of the stamp range: then the wall clock's). Never throws for a valid wall clock.
   */
  tick(): HlcStamp;
  /** Merges a remote stamp and returns a stamp for receiving it; throws ClockDriftError or InvalidStampError. */
  receive(remote: HlcStamp): HlcStamp;
  /**
   * Merges a stored stamp without making one (start-up, or before overwriting a stored copy); ignores
   * another device's stamp more than MAX_CLOCK_DRIFT_MS ahead. Throws InvalidStampError only.
   */
  seed(stamp: HlcStamp): void;
};

const MS_DIGITS = 12;
const COUNTER_DIGITS = 4;
/** 36^4 − 1: events per logical millisecond before the clock borrows the next millisecond. */
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/**
 * How far (ms) a remote stamp may run ahead of our wall clock: 24 h. Phones with a wrong time zone or a
 * manually set date are common among our users and are off by hours, not days; a stamp further ahead
 * comes from a broken clock, and accepting it would drag every later local stamp into its future, so that
 * device would win every merge until that date. 24 h keeps honest devices in any time zone working.
 */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

const STAMP_PATTERN = /^([0-9a-z]{12})-([0-9a-z]{4})-([\x21-\x7e]+)$/;
const NODE_PATTERN = /^[\x21-\x7e]+$/;

/** Thrown when text is not a well-formed stamp. */
export class InvalidStampError extends Error {
  override readonly name = 'InvalidStampError';
  constructor(readonly stamp: string) {
    super(`Not a hybrid logical clock stamp: ${JSON.stringify(stamp)}`);
  }
}

/** Thrown by `receive` when a remote stamp is more than MAX_CLOCK_DRIFT_MS ahead of the local wall clock. */
export class ClockDriftError extends Error {
  override readonly name = 'ClockDriftError';
  constructor(
    readonly remote: HlcStamp,
    readonly wallMs: number,
  ) {
    super(
      `Remote stamp ${remote} is more than ${MAX_CLOCK_DRIFT_MS} ms ahead of the local clock (${wallMs})`,
    );
  }
}

/** Returns the stamp text for its parts; throws RangeError if a part cannot be encoded. */
export function formatStamp({ ms, counter, node }: ParsedStamp): HlcStamp {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`Invalid stamp time: ${ms}`);
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`Invalid stamp counter: ${counter}`);
  }
  if (!NODE_PATTERN.test(node)) throw new RangeError(`Invalid node id: ${JSON.stringify(node)}`);
  const msText = ms.toString(36).padStart(MS_DIGITS, '0');
  if (msText.length > MS_DIGITS) throw new RangeError(`Stamp time out of range: ${ms}`);
  return `${msText}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

/** Returns the parts of a stamp; throws InvalidStampError when the text is not a stamp. */
export function parseStamp(stamp: HlcStamp): ParsedStamp {
  const match = STAMP_PATTERN.exec(stamp);
  const [, msText, counterText, node] = match ?? [];
  if (msText === undefined || counterText === undefined || node === undefined) {
    throw new InvalidStampError(stamp);
  }
  const ms = Number.parseInt(msText, 36);
  if (!Number.isSafeInteger(ms)) throw new InvalidStampError(stamp);
  return { ms, counter: Number.parseInt(counterText, 36), node };
}

/** Returns true when `value` is a well-formed stamp. */
export function isStamp(value: unknown): value is HlcStamp {
  if (typeof value !== 'string') return false;
  try {
    parseStamp(value);
    return true;
  } catch {
    return false;
  }
}

/** Orders two stamps by (ms, counter, node): negative, 0 or positive. Throws InvalidStampError. */
export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  const left = parseStamp(a);
  const right = parseStamp(b);
  if (left.ms !== right.ms) return left.ms < right.ms ? -1 : 1;
  if (left.counter !== right.counter) return left.counter < right.counter ? -1 : 1;
  if (left.node === right.node) return 0;
  return left.node < right.node ? -1 : 1;
}

/**
 * Creates a clock for one device. `now` is the wall clock in ms (read on every call).
 * Throws RangeError when nodeId is empty or contains spaces or non-ASCII characters.
 */
export function createClock(nodeId: string, now: () => number = () => Date.now()): HlcClock {
  if (!NODE_PATTERN.test(nodeId)) throw new RangeError(`Invalid node id: ${JSON.stringify(nodeId)}`);
  let lastMs = 0;
  let lastCounter = 0;

  const wall = () => Math.floor(now());

  /** Advances the counter, borrowing the next millisecond if the counter is exhausted. */
  const advance = (ms: number, counter: number) => {
    if (counter > MAX_COUNTER) {
      lastMs = ms + 1;
      lastCounter = 0;
    } else {
      lastMs = ms;
      lastCounter = counter;
    }
  };

  const stamp = () => formatStamp({ ms: lastMs, counter: lastCounter, node: nodeId });

  const merge = (remote: ParsedStamp, wallMs: number) => {
    const ms = Math.max(lastMs, remote.ms, wallMs);
    if (ms === lastMs && ms === remote.ms) advance(ms, Math.max(lastCounter, remote.counter) + 1);
    else if (ms === lastMs) advance(ms, lastCounter + 1);
    else if (ms === remote.ms) advance(ms, remote.counter + 1);
    else advance(ms, 0);
  };

  return {
    tick() {
      const wallMs = wall();
      if (wallMs > lastMs) advance(wallMs, 0);
      else advance(lastMs, lastCounter + 1);
      try {
        return stamp();
      } catch {
        // Seeded at the very end of the stamp range (a damaged or hostile record): rather than fail
        // every later save, start again from the wall clock.
        lastMs = wallMs;
        lastCounter = 0;
        return stamp();
      }
    },
    receive(remote) {
      const parsed = parseStamp(remote);
      const wallMs = wall();
      if (parsed.ms - wallMs > MAX_CLOCK_DRIFT_MS) throw new ClockDriftError(remote, wallMs);
      merge(parsed, wallMs);
      return stamp();
    },
    seed(stored) {
      // No drift guard for our own stamps: after the user corrects a clock that ran ahead, refusing our
      // own newest stamp would let this device's new stamps sort before its old ones. Another device's
      // stamp beyond the drift window never seeds the clock (it would drag every later save into its
      // future, where the server refuses it).
      const parsed = parseStamp(stored);
      if (parsed.node !== nodeId && parsed.ms - wall() > MAX_CLOCK_DRIFT_MS) return;
      if (parsed.ms > lastMs || (parsed.ms === lastMs && parsed.counter > lastCounter)) {
        lastMs = parsed.ms;
        lastCounter = parsed.counter;
      }
    },
  };
}
