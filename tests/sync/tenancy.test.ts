// @vitest-environment node
// Organisations kept apart on one server (the dev server, set up as tools/couchdb-setup.mjs sets up
// CouchDB 3): roles carry the organisation, `_security` has no database admins, CORS answers the app's
// own origins only, and `npm run sync-server` prints fresh random passwords.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Organisation, type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';

let server: StartedSyncServer;
let a: Organisation;
let b: Organisation;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, organisations: ['utw-a', 'utw-b'] });
  [a, b] = server.organisations as [Organisation, Organisation];
});
afterAll(async () => {
  await server.close();
});

const auth = (account: { user: string; password: string }) => ({
  Authorization: `Basic ${Buffer.from(`${account.user}:${account.password}`).toString('base64')}`,
  'Content-Type': 'application/json',
});

const member = (id: string, updatedBy: string) => ({
  _id: `member:${id}`,
  type: 'member',
  id,
  name: 'Anna Kowalska',
  memberNumber: id,
  updatedAt: `${Date.now().toString(36).padStart(12, '0')}-0000-dev`,
  updatedBy,
});

describe('tenancy', () => {
  it("gives A's instructor 403 reading or writing B's database, and lets them use A's", async () => {
    const headers = auth(a.staff);
    expect((await fetch(`${server.url}/${b.db}`, { headers })).status).toBe(403);
    expect((await fetch(`${server.url}/${b.db}/_changes`, { headers })).status).toBe(403);
    const write = await fetch(`${server.url}/${b.db}/member:x1`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(member('x1', a.staff.user)),
    });
    expect(write.status).toBe(403);
    const bulk = await fetch(`${server.url}/${b.db}/_bulk_docs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ docs: [member('x2', a.staff.user)] }),
    });
    expect(bulk.status).toBe(403);
    expect((await fetch(`${server.url}/${a.db}`, { headers })).status).toBe(200);
    const own = await fetch(`${server.url}/${a.db}/member:x1`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(member('x1', a.staff.user)),
    });
    expect(own.status).toBe(201);
    // Nothing of B's was written.
    const all = await fetch(`${server.url}/${b.db}/_all_docs`, { headers: auth(b.coordinator) });
    expect(((await all.json()) as { rows: { id: string }[] }).rows.map((row) => row.id)).toEqual([
      '_design/krok',
    ]);
  });

  it("does not let A's coordinator change the design document or _security", async () => {
    const headers = auth(a.coordinator);
    const design = (await (await fetch(`${server.url}/${a.db}/_design/krok`, { headers })).json()) as Record<
      string,
      unknown
    >;
    expect(design.validate_doc_update).toEqual(expect.stringContaining('krok.'));
    const replaced = await fetch(`${server.url}/${a.db}/_design/krok`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...design, validate_doc_update: 'function () {}' }),
    });
    expect(replaced.status).toBe(403);
    const added = await fetch(`${server.url}/${a.db}/_design/other`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ validate_doc_update: 'function () {}' }),
    });
    expect(added.status).toBe(403);
    const security = await fetch(`${server.url}/${a.db}/_security`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        admins: { names: [a.coordinator.user], roles: [] },
        members: { names: [], roles: [] },
      }),
    });
    expect(security.status).toBe(403);
    const after = await fetch(`${server.url}/${a.db}/_security`, {
      headers: { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` },
    });
    expect(await after.json()).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['krok.utw-a.staff', 'krok.utw-a.coordinator'] },
    });
    const stored = (await (await fetch(`${server.url}/${a.db}/_design/krok`, { headers })).json()) as Record<
      string,
      unknown
    >;
    expect(stored.validate_doc_update).toBe(design.validate_doc_update);
    // Nor may B's coordinator do anything in A's database.
    expect((await fetch(`${server.url}/${a.db}`, { headers: auth(b.coordinator) })).status).toBe(403);
  });

  it('answers CORS for the app’s own origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/${a.db}/_changes`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const app = await preflight('http://localhost:5173');
    expect(app.status).toBe(204);
    expect(app.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(app.headers.get('access-control-allow-credentials')).toBe('true');
    const foreign = await preflight('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${server.url}/${a.db}`, {
      headers: { ...auth(a.staff), Origin: 'https://evil.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('starts from the command line with two sample organisations and new random passwords', async () => {
    const started = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['tools/sync-server.mjs', '--port', '0'], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ctrl+C')) {
            child.kill('SIGTERM');
            resolve(output);
          }
        });
        child.once('error', reject);
        child.once('exit', (code) => {
          if (!output.includes('Ctrl+C')) reject(new Error(`exited ${code}: ${output}`));
        });
      });
    const [first, second] = [await started(), await started()];
    const passwords = (output: string) => [...output.matchAll(/password (\S+)/g)].map((match) => match[1]);
    expect(first).toContain('organisation zdunska-wola');
    expect(first).toContain('organisation sieradz');
    expect(passwords(first)).toHaveLength(4);
    expect(new Set([...passwords(first), ...passwords(second)]).size).toBe(8);
    expect(first).not.toContain('haslo123');
  });
});
