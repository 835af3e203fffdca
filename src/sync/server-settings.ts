// Where this device syncs: the server address, database and user the staff entered, kept in the
// device-only syncState table (never synced, never logged) — never the password: "Zapisz i
// synchronizuj" signs the device in (POST /_session) and the browser keeps the session cookie. Also the
// connection check behind "Sprawdź połączenie" and the pairing code a coordinator hands out
// (tools/couchdb-setup.mjs --device), read here and used once to sign in.

import type { KrokDatabase } from '@/db/database';
import { readSyncState, writeSyncState } from '@/db/sync-store';
import {
  createCouchClient,
  type ServerSettings,
  SyncFailure,
  type SyncFailureKind,
  serverUrl,
  signIn,
} from '@/sync/couch-client';

const SETTINGS_KEY = 'server';

function isSettings(value: unknown): value is ServerSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { url, database, user, password } = value as Record<string, unknown>;
  return [url, database, user, password].every((field) => typeof field === 'string');
}

/**
 * Returns the stored settings (the password always empty: the session cookie signs requests), or
 * undefined when sync was never set up. Rejects with StorageProblem.
 */
export async function readServerSettings(db: KrokDatabase): Promise<ServerSettings | undefined> {
  const stored = await readSyncState(db, SETTINGS_KEY);
  if (!isSettings(stored)) return undefined;
  // Earlier versions kept the password: it is removed now (the device signs in again once).
  if (stored.password !== '') await writeServerSettings(db, stored);
  return { ...stored, password: '' };
}

/**
 * Stores the settings (trimmed) WITHOUT the password: the device syncs with the session cookie of
 * signIn(), and a password is never kept at rest. Rejects with StorageProblem.
 */
export async function writeServerSettings(db: KrokDatabase, settings: ServerSettings): Promise<void> {
  await writeSyncState(db, SETTINGS_KEY, {
    url: settings.url.trim(),
    database: settings.database.trim(),
    user: settings.user.trim(),
    password: '',
  });
}

/**
 * Signs this device in (POST /_session, the browser keeps the cookie) and checks the database with the
 * session. Never rejects: 'ok' or why it failed.
 */
export async function signInDevice(
  settings: ServerSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<ConnectionCheck> {
  const trimmed = {
    ...settings,
    url: settings.url.trim(),
    database: settings.database.trim(),
    user: settings.user.trim(),
  };
  try {
    await signIn(trimmed, fetchImpl);
  } catch (error) {
    return error instanceof SyncFailure ? error.kind : 'unreachable';
  }
  return checkConnection({ ...trimmed, password: '' }, fetchImpl);
}

/** The answer of a connection check: 'ok' or why it failed. */
export type ConnectionCheck = 'ok' | SyncFailureKind;

/**
 * Checks that the server answers, knows the user and password, and has the database this user may read.
 * Never rejects: every failure is one of the SyncFailure kinds ('badAddress', 'unreachable',
 * 'unauthorized', 'forbidden', 'noDatabase', 'server', 'badResponse').
 */
export async function checkConnection(
  settings: ServerSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<ConnectionCheck> {
  try {
    const info = await createCouchClient(settings, fetchImpl).info(AbortSignal.timeout(15_000));
    // CouchDB (and the dev server) answer with the database name; a web page at that address does not.
    return typeof info.db_name === 'string' ? 'ok' : 'badResponse';
  } catch (error) {
    if (error instanceof SyncFailure) return error.kind;
    return 'unreachable';
  }
}

/** The pairing code format of tools/couchdb-setup.mjs: `KROK1.` and base64url JSON {u, d, n, p}. */
const PAIRING_PREFIX = 'KROK1.';

/**
 * Reads a pairing code (spaces and line breaks ignored, as when typed from paper or scanned); returns
 * the server, database, device account and its password to sign in with once, or undefined when the
 * text is not a pairing code (mistyped, cut short, foreign). Never throws.
 */
export function readPairingCode(code: string): ServerSettings | undefined {
  const text = code.replace(/\s+/g, '');
  if (!text.startsWith(PAIRING_PREFIX) || text.length > 2000) return undefined;
  try {
    const base64 = text.slice(PAIRING_PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { u, d, n, p } = parsed as Record<string, unknown>;
    if (![u, d, n, p].every((part) => typeof part === 'string' && part !== '')) return undefined;
    return { url: u as string, database: d as string, user: n as string, password: p as string };
  } catch {
    return undefined;
  }
}

/** A new device password: 24 random bytes as base64url (192 bits), held only while signing in. */
function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Voids the pairing code once it has signed the device in: the device gives its own account a new
 * random password (CouchDB lets a user change their own `_users` document), which ends the session of
 * the code's password, and signs in again with the new one, which it then forgets. Resolves to true
 * when the code is void; false when the server refused the change (the device stays signed in with the
 * code's session, the code keeps working until the coordinator makes a new one). Never rejects.
 */
async function voidPairingCode(settings: ServerSettings, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const url = `${serverUrl(settings)}_users/${encodeURIComponent(`org.couchdb.user:${settings.user}`)}`;
    const init = { credentials: 'include', cache: 'no-store' } as const;
    const own = await fetchImpl(url, { ...init, headers: { Accept: 'application/json' } });
    const doc: unknown = await own.json().catch(() => undefined);
    if (!own.ok || typeof doc !== 'object' || doc === null) return false;
    const password = randomPassword();
    const changed = await fetchImpl(url, {
      ...init,
      method: 'PUT',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...doc, password }),
    });
    await changed.arrayBuffer();
    if (!changed.ok) return false;
    await signIn({ ...settings, password }, fetchImpl);
    return true;
  } catch {
    return false;
  }
}

/**
 * Pairs this device with a pairing code: signs in with the account it carries, voids the code (see
 * voidPairingCode) and checks the database. Resolves to 'ok' and the settings to store (no password),
 * or why it failed; 'notCode' for text that is not a pairing code. Never rejects.
 */
export async function pairDevice(
  code: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ result: ConnectionCheck | 'notCode'; settings?: ServerSettings; codeVoided?: boolean }> {
  const settings = readPairingCode(code);
  if (settings === undefined) return { result: 'notCode' };
  try {
    await signIn(settings, fetchImpl);
  } catch (error) {
    return { result: error instanceof SyncFailure ? error.kind : 'unreachable' };
  }
  const codeVoided = await voidPairingCode(settings, fetchImpl);
  const stored = { ...settings, password: '' };
  const result = await checkConnection(stored, fetchImpl);
  return result === 'ok' ? { result, settings: stored, codeVoided } : { result };
}
