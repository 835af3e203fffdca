// The staff PIN of this device: set on first use, stored only as a salted PBKDF2 hash; wrong tries
// are counted on the device and five in a row lock the gate for a while.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { getSetting, setSetting } from '@/db/settings';

const PIN_SETTING = 'staff.pin';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a low-end phone, once per unlock. */
export const PBKDF2_ITERATIONS = 600_000;
/** 128-bit salt, as NIST SP 800-132 recommends (at least 128 bits). */
const SALT_BYTES = 16;

export type StoredPin = { salt: string; hash: string; iterations: number };

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** A PIN that can be checked: 4–8 digits (four-digit PINs set before six became the minimum still work). */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

/** The shortest PIN that can be set now. */
export const MIN_NEW_PIN_DIGITS = 6;

/**
 * The six-digit PINs people choose most (the same digit, counting up or down, pairs and triples
 * repeated, keyboard columns): the first ones a thief tries.
 */
function isCommonPin(pin: string): boolean {
  if (/^(\d)\1+$/.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => (digit - (digits[index] ?? 0) + 10) % 10));
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return true;
  if (/^(\d\d)\1+$/.test(pin) || /^(\d\d\d)\1$/.test(pin) || /^(\d{4})\1$/.test(pin)) return true;
  return [
    '112233',
    '123321',
    '147258',
    '159753',
    '789456',
    '102030',
    '100200',
    '159357',
    '258456',
    '654321',
  ].includes(pin);
}

export type NewPinProblem = 'format' | 'common';

/** Why a new PIN cannot be set (too short, not digits, or too easy to guess), or undefined. */
export function newPinProblem(pin: string): NewPinProblem | undefined {
  if (!/^\d{6,8}$/.test(pin)) return 'format';
  return isCommonPin(pin) ? 'common' : undefined;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toBase64(new Uint8Array(bits));
}

/** Whether a PIN was set on this device. */
export async function hasStaffPin(db: KrokDatabase): Promise<boolean> {
  return (await getSetting<StoredPin | null>(db, PIN_SETTING, null)) !== null;
}

/** A PIN's salted hash as it is stored. */
export async function hashPin(pin: string): Promise<StoredPin> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return {
    salt: toBase64(salt),
    hash: await derive(pin, salt, PBKDF2_ITERATIONS),
    iterations: PBKDF2_ITERATIONS,
  };
}

/**
 * Stores a new PIN's hash. Throws if the PIN is not 6–8 digits or is one of the most common ones, or a
 * StorageProblem if saving fails.
 */
export async function setStaffPin(db: KrokDatabase, pin: string): Promise<void> {
  const problem = newPinProblem(pin);
  if (problem) throw new Error(`The new PIN cannot be used (${problem})`);
  await setSetting<StoredPin>(db, PIN_SETTING, await hashPin(pin));
}

/** True when the PIN matches the stored hash; false when it does not or no PIN is set. */
export async function verifyStaffPin(db: KrokDatabase, pin: string): Promise<boolean> {
  const stored = await getSetting<StoredPin | null>(db, PIN_SETTING, null);
  if (!stored || !isValidPin(pin)) return false;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return hash === stored.hash;
}

const ATTEMPTS_SETTING = 'staff.pinAttempts';
/** Wrong PINs in a row before the gate locks; five, as the issue asks. */
export const MAX_PIN_TRIES = 5;
/** How long the gate stays locked after each lockout in a row: 5 min, 15 min, 1 h, then 24 h. */
export const PIN_LOCKOUTS_MS = [5 * 60_000, 15 * 60_000, 60 * 60_000, 24 * 60 * 60_000] as const;
/** The first lockout, in ms. */
export const PIN_LOCKOUT_MS = PIN_LOCKOUTS_MS[0];

type PinAttempts = {
  /** Wrong PINs since the last right one or the last lockout (a try is counted before it is checked). */
  failures: number;
  /** Lockouts in a row since the last right PIN: each lasts longer. */
  lockouts?: number;
  /** When the current lockout began and ends (ms since epoch). */
  lockedAt?: number;
  lockedUntil?: number;
};

const isPinAttempts = (value: unknown): value is PinAttempts =>
  typeof value === 'object' && value !== null && typeof (value as PinAttempts).failures === 'number';

export type UnlockResult =
  | { outcome: 'unlocked' }
  | { outcome: 'wrong'; triesLeft: number }
  | { outcome: 'locked'; until: number };

/**
 * The end of the lockout in force, if any. A clock set back before the lockout began does not open
 * the gate: the lockout then runs its full length from now.
 */
function lockedUntilAt(attempts: PinAttempts, now: number): number | undefined {
  const { lockedAt, lockedUntil } = attempts;
  if (lockedUntil === undefined) return undefined;
  if (lockedAt !== undefined && now < lockedAt) return now + (lockedUntil - lockedAt);
  return lockedUntil > now ? lockedUntil : undefined;
}

/** When the gate is locked after too many wrong PINs: the time (ms since epoch) it opens again. */
export async function pinLockedUntil(
  db: KrokDatabase,
  now: number = Date.now(),
): Promise<number | undefined> {
  return lockedUntilAt(await readAttempts(db), now);
}

const readAttempts = (db: KrokDatabase) =>
  getSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures: 0 }, isPinAttempts);

/** One PIN check at a time across every tab of this device (a Web Lock; in this page only without). */
let localQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) return locks.request('krok-staff-pin', work) as Promise<T>;
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

/**
 * Checks a PIN against the stored hash. The try is counted before the check, one check at a time
 * across tabs, so PINs tried in parallel are each counted: after MAX_PIN_TRIES wrong PINs in a row
 * the gate refuses every PIN, even the right one, for a lockout that grows each time (PIN_LOCKOUTS_MS)
 * and survives reloads and tabs. A right PIN resets the count. Rejects with StorageProblem.
 */
export function unlockWithPin(
  db: KrokDatabase,
  pin: string,
  now: () => number = Date.now,
): Promise<UnlockResult> {
  return oneAtATime(async () => {
    const attempts = await readAttempts(db);
    const lockedUntil = lockedUntilAt(attempts, now());
    if (lockedUntil !== undefined) return { outcome: 'locked', until: lockedUntil };
    // A lockout that has run out starts a fresh count (its length is remembered for the next one).
    const failures = (attempts.lockedUntil !== undefined ? 0 : attempts.failures) + 1;
    const counted: PinAttempts = { failures, lockouts: attempts.lockouts ?? 0 };
    await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, counted);
    if (await verifyStaffPin(db, pin)) {
      await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures: 0 });
      return { outcome: 'unlocked' };
    }
    if (failures >= MAX_PIN_TRIES) {
      const lockouts = (counted.lockouts ?? 0) + 1;
      const at = now();
      const until = at + (PIN_LOCKOUTS_MS[Math.min(lockouts, PIN_LOCKOUTS_MS.length) - 1] ?? PIN_LOCKOUT_MS);
      await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, {
        failures,
        lockouts,
        lockedAt: at,
        lockedUntil: until,
      });
      return { outcome: 'locked', until };
    }
    return { outcome: 'wrong', triesLeft: MAX_PIN_TRIES - failures };
  });
}

/** 'unset' before the first PIN is chosen, 'set' after; undefined while loading. */
export function useStaffPinState(): 'unset' | 'set' | undefined {
  return useLiveQuery(async () => ((await hasStaffPin(getDatabase())) ? 'set' : 'unset'), []);
}

export const staffPin = {
  set: (pin: string) => setStaffPin(getDatabase(), pin),
  verify: (pin: string) => verifyStaffPin(getDatabase(), pin),
  unlock: (pin: string) => unlockWithPin(getDatabase(), pin),
};
