// Sets up an organisation's database on a real Apache CouchDB 3 (single node or cluster):
//   node tools/couchdb-setup.mjs --url https://couch.example.org:6984 --admin admin:secret --db utw-zdunska-wola \
//        [--user instruktor:haslo ...] [--coordinator biuro:haslo ...]
// Creates the database (if missing), its `_security` (members: roles staff and coordinator; admins:
// role coordinator), the design document `_design/krok` with the validate_doc_update of
// tools/couchdb-validate.mjs (record shape and roles), and the given users in `_users` with their role.
// Safe to run again: it updates what exists. Credentials are read from the arguments, never printed.
import { fileURLToPath } from 'node:url';
import { databaseSetup } from './sync-server.mjs';

function parse(argv) {
  const options = { users: [], coordinators: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--url') options.url = value.replace(/\/$/, '');
    else if (key === '--admin') options.admin = value;
    else if (key === '--db') options.db = value;
    else if (key === '--user') options.users.push(value);
    else if (key === '--coordinator') options.coordinators.push(value);
    else throw new Error(`Unknown option ${key}`);
  }
  if (!options.url || !options.admin || !options.db) {
    throw new Error('Usage: --url URL --admin NAME:PASSWORD --db NAME [--user N:P] [--coordinator N:P]');
  }
  return options;
}

/** Runs the setup; rejects with an Error naming the request that failed (never the credentials). */
export async function setUpCouchDB({ url, admin, db, users = [], coordinators = [] }) {
  const headers = {
    Authorization: `Basic ${Buffer.from(admin).toString('base64')}`,
    'Content-Type': 'application/json',
  };
  async function call(method, path, body, allowed = []) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok && !allowed.includes(response.status)) {
      throw new Error(`${method} ${path}: ${response.status} ${answer.reason ?? ''}`);
    }
    return { status: response.status, body: answer };
  }
  const created = await call('PUT', `/${db}`, undefined, [412]);
  console.log(created.status === 412 ? `database ${db} exists` : `database ${db} created`);
  const { designDoc, security } = databaseSetup();
  await call('PUT', `/${db}/_security`, security);
  console.log('_security set: members need the role staff or coordinator');
  const existing = await call('GET', `/${db}/${designDoc._id}`, undefined, [404]);
  const doc = existing.status === 404 ? designDoc : { ...designDoc, _rev: existing.body._rev };
  await call('PUT', `/${db}/${designDoc._id}`, doc);
  console.log('validate_doc_update installed (_design/krok)');
  for (const [list, role] of [
    [users, 'staff'],
    [coordinators, 'coordinator'],
  ]) {
    for (const entry of list) {
      const [name, ...rest] = entry.split(':');
      const id = `org.couchdb.user:${name}`;
      const old = await call('GET', `/_users/${encodeURIComponent(id)}`, undefined, [404]);
      const user = { _id: id, name, password: rest.join(':'), roles: [role], type: 'user' };
      if (old.status !== 404) user._rev = old.body._rev;
      await call('PUT', `/_users/${encodeURIComponent(id)}`, user);
      console.log(`user ${name} (${role}) saved`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await setUpCouchDB(parse(process.argv.slice(2)));
  } catch (error) {
    console.error(`couchdb-setup: ${error.message}`);
    process.exit(1);
  }
}
