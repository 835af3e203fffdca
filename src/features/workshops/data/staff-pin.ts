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

type StoredPin = { salt: string; hash: string; iterations: number };

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
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

/** Stores a new PIN's hash. Throws if the PIN is not 4–8 digits, or a StorageProblem if saving fails. */
export async function setStaffPin(db: KrokDatabase, pin: string): Promise<void> {
  if (!isValidPin(pin)) throw new Error('The PIN must have 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, PBKDF2_ITERATIONS);
  await setSetting<StoredPin>(db, PIN_SETTING, { salt: toBase64(salt), hash, iterations: PBKDF2_ITERATIONS });
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
/** How long the gate stays locked after MAX_PIN_TRIES wrong PINs: 5 minutes, in ms. */
export const PIN_LOCKOUT_MS = 5 * 60 * 1000;

type PinAttempts = { failures: number; lockedUntil?: number };

const isPinAttempts = (value: unknown): value is PinAttempts =>
  typeof value === 'object' && value !== null && typeof (value as PinAttempts).failures === 'number';

export type UnlockResult =
  | { outcome: 'unlocked' }
  | { outcome: 'wrong'; triesLeft: number }
  | { outcome: 'locked'; until: number };

/** When the gate is locked after too many wrong PINs: the time (ms since epoch) it opens again. */
export async function pinLockedUntil(
  db: KrokDatabase,
  now: number = Date.now(),
): Promise<number | undefined> {
  const attempts = await getSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures: 0 }, isPinAttempts);
  return attempts.lockedUntil !== undefined && attempts.lockedUntil > now ? attempts.lockedUntil : undefined;
}

/**
 * Checks a PIN against the stored hash, counting wrong tries on the device (so a reload does not reset
 * them): after MAX_PIN_TRIES wrong PINs in a row the gate refuses every PIN, even the right one, for
 * PIN_LOCKOUT_MS. A right PIN resets the count. Rejects with StorageProblem.
 */
export async function unlockWithPin(
  db: KrokDatabase,
  pin: string,
  now: number = Date.now(),
): Promise<UnlockResult> {
  const attempts = await getSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures: 0 }, isPinAttempts);
  if (attempts.lockedUntil !== undefined && attempts.lockedUntil > now) {
    return { outcome: 'locked', until: attempts.lockedUntil };
  }
  if (await verifyStaffPin(db, pin)) {
    await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures: 0 });
    return { outcome: 'unlocked' };
  }
  // A lock that has run out starts a fresh count.
  const failures = (attempts.lockedUntil !== undefined ? 0 : attempts.failures) + 1;
  if (failures >= MAX_PIN_TRIES) {
    const until = now + PIN_LOCKOUT_MS;
    await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures, lockedUntil: until });
    return { outcome: 'locked', until };
  }
  await setSetting<PinAttempts>(db, ATTEMPTS_SETTING, { failures });
  return { outcome: 'wrong', triesLeft: MAX_PIN_TRIES - failures };
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
