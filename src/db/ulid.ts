// Record ids: ULIDs (https://github.com/ulid/spec), 26 characters of Crockford base32 that sort by
// creation time as plain text. Owns id generation only; deterministic ids live in records.ts.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters for the 48-bit millisecond time: 10 × 5 bits = 50 bits, the top 2 always zero. */
const TIME_LENGTH = 10;
/** Characters for the 80 random bits: 16 × 5 bits. */
const RANDOM_LENGTH = 16;
/** Largest time a ULID can hold, in ms since the epoch (2^48 − 1, the year 10889). */
const MAX_TIME_MS = 2 ** 48 - 1;
const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** Fills `bytes` with random values; crypto.getRandomValues in production. */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => void;

const cryptoRandom: RandomSource = (bytes) => {
  crypto.getRandomValues(bytes);
};

function encodeTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIME_MS) {
    throw new RangeError(`Cannot encode time ${ms} in a ULID`);
  }
  let rest = ms;
  let text = '';
  for (let i = 0; i < TIME_LENGTH; i++) {
    text = ALPHABET.charAt(rest % 32) + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

function randomDigits(random: RandomSource): number[] {
  const bytes = new Uint8Array(RANDOM_LENGTH);
  random(bytes);
  // 256 is a multiple of 32, so the low 5 bits of each byte are uniform.
  return Array.from(bytes, (byte) => byte & 31);
}

/** Adds one to a base32 digit array in place; returns false when it overflowed. */
function increment(digits: number[]): boolean {
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = digits[i] ?? 0;
    if (digit < 31) {
      digits[i] = digit + 1;
      return true;
    }
    digits[i] = 0;
  }
  return false;
}

/**
 * Creates a ULID generator. Within one millisecond (or when the wall clock goes backwards) the random part
 * of the previous id is incremented, so ids from one generator always sort in creation order.
 * Returns a function that throws RangeError only if `now()` is outside the ULID time range.
 */
export function createIdFactory(now: () => number = () => Date.now(), random = cryptoRandom): () => string {
  let lastTime = Number.NEGATIVE_INFINITY;
  let lastDigits: number[] = [];
  return () => {
    let time = Math.floor(now());
    if (time <= lastTime) {
      time = lastTime;
      if (!increment(lastDigits)) {
        // 2^80 ids in one millisecond cannot happen in practice; borrow the next millisecond to stay sorted.
        time = lastTime + 1;
        lastDigits = randomDigits(random);
      }
    } else {
      lastDigits = randomDigits(random);
    }
    lastTime = time;
    return encodeTime(time) + lastDigits.map((digit) => ALPHABET.charAt(digit)).join('');
  };
}

const defaultFactory = createIdFactory();

/** Returns a new ULID, monotonic within this page. Never fails in practice (see createIdFactory). */
export function newId(): string {
  return defaultFactory();
}

/** Returns true when `value` is a well-formed ULID. */
export function isUlid(value: string): boolean {
  return ULID_PATTERN.test(value);
}

/** Returns the creation time (ms since the epoch) encoded in a ULID; throws RangeError if it is not one. */
export function decodeTime(id: string): number {
  if (!isUlid(id)) throw new RangeError(`Not a ULID: ${id}`);
  let ms = 0;
  for (const char of id.slice(0, TIME_LENGTH)) {
    ms = ms * 32 + ALPHABET.indexOf(char);
  }
  return ms;
}
