// @vitest-environment node
// The CouchDB setup script against the dev server (which speaks the same API): it creates the
// organisation's database, `_security`, validate_doc_update and users with the organisation's roles,
// takes passwords from the environment or a prompt (never the command line), and is safe to run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSetupArguments, passwordVariable, setUpCouchDB } from '../../tools/couchdb-setup.mjs';
import { type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';

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
    expect(await setUpCouchDB(options, io)).toEqual({ db: 'krok-utw-setup' });
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
});
