// @vitest-environment node
// The CouchDB setup script against the dev server (which speaks the same API): it creates the
// database, its _security and validate_doc_update and users, and is safe to run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCouchDB } from '../../tools/couchdb-setup.mjs';
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

describe('couchdb-setup', () => {
  it('sets up a database that only staff may write and that refuses malformed records', async () => {
    const options = { url: server.url, admin: server.admin, db: 'utw-setup', users: ['ola:haslo-ola'] };
    await setUpCouchDB(options);
    await setUpCouchDB(options);
    const anonymous = await fetch(`${server.url}/utw-setup`);
    expect(anonymous.status).toBe(401);
    const bulk = await fetch(`${server.url}/utw-setup/_bulk_docs`, {
      method: 'POST',
      headers: basic('ola:haslo-ola'),
      body: JSON.stringify({
        docs: [
          {
            _id: 'group:G',
            type: 'group',
            id: 'G',
            name: 'Wtorek',
            term: '2026',
            updatedAt: '00000000000a-0000-d',
            updatedBy: 'd',
          },
          { _id: 'group:H', type: 'group', id: 'H', updatedAt: '00000000000a-0000-d', updatedBy: 'd' },
        ],
      }),
    });
    const results = (await bulk.json()) as { id: string; ok?: boolean; error?: string }[];
    const byId = Object.fromEntries(results.map((result) => [result.id, result.ok ?? result.error]));
    expect(byId).toEqual({ 'group:G': true, 'group:H': 'forbidden' });
  });
});
