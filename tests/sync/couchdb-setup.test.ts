// @vitest-environment node
// The CouchDB setup script against the dev server (which speaks the same API): it creates the
// organisation's database, `_security`, validate_doc_update and users with the organisation's roles,
// takes passwords from the environment or a prompt (never the command line), and is safe to run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { newId } from '@/db/ulid';
import { saveRecord } from '@/db/write';
import { createSyncEngine } from '@/sync/engine';
import {
  pairDevice,
  readPairingCode,
  readServerSettings,
  signInDevice,
  writeServerSettings,
} from '@/sync/server-settings';
import { parseSetupArguments, passwordVariable, setUpCouchDB } from '../../tools/couchdb-setup.mjs';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { cookieJar, sessionFetch } from './devices';

let server: StartedSyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'setup-existing' });
});
afterAll(async () => {
  await server.close();
});

const basic = (credentials: string) => ({
  Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
  'Content-Type': 'application/json',
});

const group = (id: string, updatedBy: string, extra: Record<string, unknown> = {}) => ({
  _id: `group:${id}`,
  type: 'group',
  id,
  name: 'Wtorek',
  term: '2026',
  instructorIds: [],
  moduleIds: [],
  updatedAt: '00000000000a-0000-d',
  updatedBy,
  ...extra,
});

describe('couchdb-setup', () => {
  it('refuses a password on the command line', () => {
    const base = ['--url', 'https://couch.example.org', '--org', 'utw-a'];
    expect(() => parseSetupArguments([...base, '--admin', 'admin:tajne'])).toThrow(
      /never go on the command line/,
    );
    expect(() => parseSetupArguments([...base, '--admin', 'admin', '--staff', 'ola:haslo'])).toThrow(
      /never go on the command line/,
    );
    expect(() =>
      parseSetupArguments([
        '--url',
        'https://admin:tajne@couch.example.org',
        '--org',
        'utw-a',
        '--admin',
        'admin',
      ]),
    ).toThrow(/must not hold a name or password/);
    expect(parseSetupArguments([...base, '--admin', 'admin', '--coordinator', 'biuro'])).toMatchObject({
      admin: 'admin',
      org: 'utw-a',
      coordinators: ['biuro'],
    });
  });

  it('sets up an organisation that only its staff may use and that refuses malformed records', async () => {
    const [adminName, adminPassword] = server.admin.split(':') as [string, string];
    const env = { COUCHDB_ADMIN_PASSWORD: adminPassword, [passwordVariable('ola')]: 'haslo-ola' };
    const asked: string[] = [];
    const io = {
      env,
      ask: async (question: string) => {
        asked.push(question);
        return 'haslo-biuro';
      },
      log: () => undefined,
    };
    const options = {
      url: server.url,
      admin: adminName,
      org: 'utw-setup',
      coordinators: ['biuro'],
      staff: ['ola'],
    };
    expect(await setUpCouchDB(options, io)).toEqual({ db: 'krok-utw-setup', codes: {} });
    await setUpCouchDB(options, io);
    // Only the coordinator's password was missing from the environment: it was asked for (each run).
    expect(asked).toEqual([
      'Password of biuro (or set KROK_PASSWORD_BIURO): ',
      'Password of biuro (or set KROK_PASSWORD_BIURO): ',
    ]);
    const db = `${server.url}/krok-utw-setup`;
    expect((await fetch(db)).status).toBe(401);
    // Another organisation's instructor is signed in but not a member.
    expect((await fetch(db, { headers: basic(`${server.user}:${server.password}`) })).status).toBe(403);
    const users = await fetch(`${server.url}/_users/org.couchdb.user:ola`, { headers: basic(server.admin) });
    expect(((await users.json()) as { roles: string[] }).roles).toEqual(['krok.utw-setup.staff']);
    const bulk = await fetch(`${db}/_bulk_docs`, {
      method: 'POST',
      headers: basic('ola:haslo-ola'),
      body: JSON.stringify({
        docs: [group('G', 'ola'), group('H', 'ola', { instructorIds: 'Ola' }), group('I', 'biuro')],
      }),
    });
    const results = (await bulk.json()) as { id: string; ok?: boolean; error?: string }[];
    const byId = Object.fromEntries(results.map((result) => [result.id, result.ok ?? result.error]));
    expect(byId).toEqual({ 'group:G': true, 'group:H': 'forbidden', 'group:I': 'forbidden' });
    const security = await fetch(`${db}/_security`, { headers: basic(server.admin) });
    expect(await security.json()).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['krok.utw-setup.staff', 'krok.utw-setup.coordinator'] },
    });
  });
  it('adds devices with pairing codes, each its own account, and revokes a lost one', async () => {
    const [adminName, adminPassword] = server.admin.split(':') as [string, string];
    const lines: string[] = [];
    const io = { env: { COUCHDB_ADMIN_PASSWORD: adminPassword }, log: (line: string) => lines.push(line) };
    const base = { url: server.url, admin: adminName, org: 'utw-pary', db: 'utw-pary' };
    const { codes } = await setUpCouchDB({ ...base, devices: ['tablet-1', 'tablet-2'] }, io);
    expect(Object.keys(codes)).toEqual(['tablet-1', 'tablet-2']);
    // The code is printed once for the coordinator; nothing else printed holds its password.
    const password = (name: string) => readPairingCode(codes[name] ?? '')?.password ?? '';
    expect(lines.filter((line) => line === codes['tablet-1'])).toHaveLength(1);
    expect(lines.filter((line) => line.includes(password('tablet-1')))).toEqual([]);
    expect(readPairingCode(` ${codes['tablet-1']?.replace(/(.{20})/g, '$1\n')} `)).toEqual({
      url: server.url,
      database: 'utw-pary',
      user: 'tablet-1',
      password: password('tablet-1'),
    });
    expect(readPairingCode('KROK1.nie-kod')).toBeUndefined();
    expect(readPairingCode('haslo123')).toBeUndefined();

    // Each device pairs: signs in with its code, voids it (a new password nobody knows), keeps the
    // address and account only, and syncs with the session cookie.
    const devices = await Promise.all(
      ['tablet-1', 'tablet-2'].map(async (name) => {
        const code = codes[name] ?? '';
        const fetchImpl = cookieJar();
        const paired = await pairDevice(code, fetchImpl);
        expect(paired).toMatchObject({ result: 'ok', codeVoided: true });
        if (!paired.settings) throw new Error('not paired');
        const db = createDatabase(`${name}-${newId()}`);
        await writeServerSettings(db, paired.settings);
        const stored = await readServerSettings(db);
        if (!stored) throw new Error('not stored');
        expect(JSON.stringify(await db.syncState.toArray())).not.toContain(password(name));
        // The code is void: it signs in nobody any more.
        expect(await signInDevice(readPairingCode(code) ?? stored)).toBe('unauthorized');
        expect((await pairDevice(code)).result).toBe('unauthorized');
        const engine = createSyncEngine({
          db,
          settings: stored,
          fetch: fetchImpl,
          retry: { wait: async () => {} },
        });
        return { db, engine };
      }),
    );
    const [one, two] = devices as [(typeof devices)[0], (typeof devices)[0]];
    await saveRecord(one.db, 'attendance', { sessionId: 'S', memberId: 'M1', status: 'present' });
    expect(await one.engine.sync()).toMatchObject({ pushed: 1, refused: 0 });
    expect(await two.engine.sync()).toMatchObject({ pulled: 1 });

    // A new code for tablet-2 (a reset tablet pairs again).
    const again = await setUpCouchDB({ ...base, devices: ['tablet-2'] }, io);
    expect(again.codes['tablet-2']).not.toBe(codes['tablet-2']);

    // tablet-1 is lost: revoked, its next sync is refused; tablet-2 (signed in before) syncs on.
    await setUpCouchDB({ ...base, revoke: ['tablet-1'] }, io);
    const user = await fetch(`${server.url}/_users/org.couchdb.user:tablet-1`, {
      headers: basic(server.admin),
    });
    expect(user.status).toBe(404);
    await saveRecord(one.db, 'attendance', { sessionId: 'S', memberId: 'M2', status: 'late' });
    await expect(one.engine.sync()).rejects.toMatchObject({ name: 'SyncFailure', kind: 'unauthorized' });
    const fresh = readPairingCode(again.codes['tablet-2'] ?? '');
    if (!fresh) throw new Error('no code');
    const three = createSyncEngine({
      db: two.db,
      settings: { ...fresh, password: '' },
      fetch: sessionFetch(server.url, fresh.user, fresh.password),
      retry: { wait: async () => {} },
    });
    await saveRecord(two.db, 'attendance', { sessionId: 'S', memberId: 'M3', status: 'absent' });
    expect(await three.sync()).toMatchObject({ pushed: 1, refused: 0 });
    one.db.close();
    two.db.close();
  });
});
