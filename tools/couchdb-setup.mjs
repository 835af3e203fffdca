// Sets up one organisation on a real Apache CouchDB 3 (single node or cluster):
//   COUCHDB_ADMIN_PASSWORD=… node tools/couchdb-setup.mjs --url https://couch.example.org:6984 \
//        --admin admin --org zdunska-wola [--db krok-zdunska-wola] --coordinator biuro [--staff ola ...]
//        [--device tablet-sala-1 ...] [--revoke tablet-zgubiony ...]
// Creates the organisation's database (if missing); its `_security`: members are the roles
// krok.<org>.staff and krok.<org>.coordinator, admins nobody (only the server operator may change the
// design document or `_security`); the design document `_design/krok` with the organisation's
// validate_doc_update (tools/couchdb-validate.mjs); and the given users in `_users` with their
// organisation role (roles they hold in other organisations are kept).
// Passwords never come from the command line (it is visible to every user of the machine and kept in
// shell history): the admin's from COUCHDB_ADMIN_PASSWORD, each user's from KROK_PASSWORD_<NAME> (the
// name in capitals, other characters as `_`), or else from a prompt that does not echo.
// Device accounts: `--device NAME` gives each tablet or laptop its own instructor account with a new
// random password (nobody types or sees it) and prints a pairing code (and QR) to type on that device
// under Synchronizacja → Sparuj urządzenie: it signs in once (POST /_session), changes its own password
// to one it forgets (so the code works once) and keeps only the session cookie. The code is the only
// secret printed; run `--device NAME` again for a new code (the device must pair again). `--revoke NAME` deletes a lost device's user: its next sync says it was
// signed out, the other devices go on.
// Safe to run again: it updates what exists.
import { randomBytes } from 'node:crypto';
import { stdin, stdout } from 'node:process';
import { fileURLToPath } from 'node:url';
import { isOrganisationName } from './couchdb-validate.mjs';
import { databaseSetup, organisationRoles } from './sync-server.mjs';

const USAGE =
  'Usage: --url URL --admin NAME --org ORG [--db NAME] --coordinator NAME [--staff NAME ...]\n' +
  '       [--device NAME ...] [--revoke NAME ...]\n' +
  'Passwords: COUCHDB_ADMIN_PASSWORD and KROK_PASSWORD_<NAME> in the environment, or typed at the prompt.';

/** The environment variable that holds a user's password. */
export function passwordVariable(name) {
  return `KROK_PASSWORD_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Parses the command line; throws an Error (with the usage) for a bad one, or one holding a password. */
export function parseSetupArguments(argv) {
  const options = { staff: [], coordinators: [], devices: [], revoke: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value\n${USAGE}`);
    if (key !== '--url' && value.includes(':')) {
      throw new Error(`${key} takes a name only: passwords never go on the command line\n${USAGE}`);
    }
    if (key === '--url') options.url = value.replace(/\/$/, '');
    else if (key === '--admin') options.admin = value;
    else if (key === '--org') options.org = value;
    else if (key === '--db') options.db = value;
    else if (key === '--staff') options.staff.push(value);
    else if (key === '--coordinator') options.coordinators.push(value);
    else if (key === '--device') options.devices.push(value);
    else if (key === '--revoke') options.revoke.push(value);
    else throw new Error(`Unknown option ${key}\n${USAGE}`);
  }
  if (new URL(options.url ?? 'x:').username !== '') {
    throw new Error(`The address must not hold a name or password\n${USAGE}`);
  }
  if (!options.url || !options.admin || !options.org) throw new Error(USAGE);
  if (!isOrganisationName(options.org)) throw new Error('--org: lowercase letters, digits and dashes');
  return options;
}

/** The pairing code format: `KROK1.` and base64url JSON { u: server, d: database, n: user, p: password }. */
export const PAIRING_PREFIX = 'KROK1.';

/** Returns the pairing code of a device account (src/sync/server-settings.ts reads it). */
export function pairingCode({ url, db, name, password }) {
  const json = JSON.stringify({ u: url, d: db, n: name, p: password });
  return PAIRING_PREFIX + Buffer.from(json, 'utf8').toString('base64url');
}

/** Reads a line from the terminal without echoing it. Rejects when there is no terminal. */
function prompt(question) {
  if (!stdin.isTTY) return Promise.reject(new Error(`${question} needs a terminal (or the environment)`));
  return new Promise((resolve, reject) => {
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (text) => {
      for (const character of text) {
        if (character === '\r' || character === '\n') return done();
        if (character === '\u0003') return done(new Error('cancelled'));
        if (character === '\u007f') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    stdin.on('data', onData);
  });
}

/** A password from the environment, or typed (twice for a new user). */
async function passwordFor(variable, label, env, ask) {
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const typed = await ask(`${label} (or set ${variable}): `);
  if (typed === '') throw new Error(`No password for ${label}`);
  return typed;
}

/**
 * Runs the setup. `env` and `ask` (a prompt) default to the process's. Rejects with an Error naming
 * the request that failed (never a password).
 */
export async function setUpCouchDB(options, { env = process.env, ask = prompt, log = console.log } = {}) {
  const { url, org } = options;
  const db = options.db ?? `krok-${org}`;
  const adminPassword = await passwordFor('COUCHDB_ADMIN_PASSWORD', `Password of ${options.admin}`, env, ask);
  const headers = {
    Authorization: `Basic ${Buffer.from(`${options.admin}:${adminPassword}`).toString('base64')}`,
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
  const users = [];
  for (const [list, role] of [
    [options.coordinators ?? [], 'coordinator'],
    [options.staff ?? [], 'staff'],
  ]) {
    for (const name of list) {
      const password = await passwordFor(passwordVariable(name), `Password of ${name}`, env, ask);
      users.push({ name, password, role });
    }
  }
  const created = await call('PUT', `/${db}`, undefined, [412]);
  log(created.status === 412 ? `database ${db} exists` : `database ${db} created`);
  const { designDoc, security } = databaseSetup(org);
  await call('PUT', `/${db}/_security`, security);
  const roles = organisationRoles(org);
  log(`_security set: members ${roles.staff} and ${roles.coordinator}; admins: the operator only`);
  const existing = await call('GET', `/${db}/${designDoc._id}`, undefined, [404]);
  const doc = existing.status === 404 ? designDoc : { ...designDoc, _rev: existing.body._rev };
  await call('PUT', `/${db}/${designDoc._id}`, doc);
  log('validate_doc_update installed (_design/krok)');
  for (const { name, password, role } of users) {
    const id = `org.couchdb.user:${name}`;
    const old = await call('GET', `/_users/${encodeURIComponent(id)}`, undefined, [404]);
    const kept =
      old.status === 404 ? [] : (old.body.roles ?? []).filter((r) => !r.startsWith(`krok.${org}.`));
    const user = { _id: id, name, password, roles: [...kept, roles[role]], type: 'user' };
    if (old.status !== 404) user._rev = old.body._rev;
    await call('PUT', `/_users/${encodeURIComponent(id)}`, user);
    log(`user ${name} (${roles[role]}) saved`);
  }
  const codes = {};
  for (const name of options.devices ?? []) {
    // 24 random bytes (192 bits): nobody types it, the pairing code carries it.
    const password = randomBytes(24).toString('base64url');
    const id = `org.couchdb.user:${name}`;
    const old = await call('GET', `/_users/${encodeURIComponent(id)}`, undefined, [404]);
    const kept =
      old.status === 404 ? [] : (old.body.roles ?? []).filter((r) => !r.startsWith(`krok.${org}.`));
    const user = { _id: id, name, password, roles: [...kept, roles.staff], type: 'user' };
    if (old.status !== 404) user._rev = old.body._rev;
    await call('PUT', `/_users/${encodeURIComponent(id)}`, user);
    codes[name] = pairingCode({ url, db, name, password });
    log(`device ${name} (${roles.staff}) saved; pairing code (type it or scan it on the device):`);
    log(codes[name]);
    if (options.qr) log(await options.qr(codes[name]));
  }
  for (const name of options.revoke ?? []) {
    const id = `org.couchdb.user:${name}`;
    const old = await call('GET', `/_users/${encodeURIComponent(id)}`, undefined, [404]);
    if (old.status === 404) {
      log(`device ${name}: no such user`);
      continue;
    }
    // Only a user of this organisation alone is deleted; one that is also another's loses this role.
    const others = (old.body.roles ?? []).filter((r) => !r.startsWith(`krok.${org}.`));
    if (others.length === 0) {
      await call('DELETE', `/_users/${encodeURIComponent(id)}?rev=${old.body._rev}`);
    } else {
      await call('PUT', `/_users/${encodeURIComponent(id)}`, { ...old.body, roles: others });
    }
    log(`device ${name} revoked: its next sync says it was signed out`);
  }
  return { db, codes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const qr = async (code) => (await import('qrcode')).toString(code, { type: 'terminal', small: true });
    await setUpCouchDB({ ...parseSetupArguments(process.argv.slice(2)), qr });
  } catch (error) {
    console.error(`couchdb-setup: ${error.message}`);
    process.exit(1);
  }
}
