// `npm run sync-server`: a CouchDB-compatible server for development and tests, on 127.0.0.1 only.
// express-pouchdb (CouchDB's HTTP API over PouchDB) with the in-memory adapter: no native modules, no
// files, everything gone when it stops. Set up like tools/couchdb-setup.mjs sets up a real CouchDB 3,
// one database per organisation: roles `krok.<org>.staff` and `krok.<org>.coordinator` (CouchDB roles are
// server-wide, so the organisation is in the name), `_security` with those roles as members and no
// database admins (only the server operator), and the organisation's `validate_doc_update`
// (tools/couchdb-validate.mjs). Started from the command line it has two sample organisations, each with
// an instructor and a coordinator, and prints their random passwords. CORS answers only the app's own
// origins (the Vite dev server and preview on localhost, plus any given with --origin).
//
//   npm run sync-server -- [--port 5990] [--origin http://192.168.1.20:4173 ...]
//
// Tests import startSyncServer() and stop it with close().
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { installCouchValidation } from './couch-validation.mjs';
import { isOrganisationName, validateDocUpdateSource } from './couchdb-validate.mjs';

const require = createRequire(import.meta.url);

/** The sample organisations of `npm run sync-server`. */
export const SAMPLE_ORGANISATIONS = ['zdunska-wola', 'sieradz'];
/** The app's own origins: `vite` (5173) and `vite preview` (4173) on this machine. */
export const APP_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

/** A random password (72 bits), printable. */
export function randomPassword() {
  return randomBytes(9).toString('base64url');
}

/** The roles of an organisation. */
export function organisationRoles(org) {
  return { staff: `krok.${org}.staff`, coordinator: `krok.${org}.coordinator` };
}

/** The design document and `_security` object of an organisation's database. */
export function databaseSetup(org) {
  const roles = organisationRoles(org);
  return {
    designDoc: { _id: '_design/krok', validate_doc_update: validateDocUpdateSource(org) },
    security: {
      // No database admins: design documents and `_security` are the server operator's alone.
      admins: { names: [], roles: [] },
      members: { names: [], roles: [roles.staff, roles.coordinator] },
    },
  };
}

/** Answers CORS for allowed origins only; a preflight from any other origin gets 403. */
function cors(request, response, origins) {
  const origin = request.headers.origin;
  const allowed = origin !== undefined && origins.has(origin);
  if (allowed) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
    response.setHeader(
      'Access-Control-Allow-Headers',
      request.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, Accept',
    );
    response.setHeader('Access-Control-Max-Age', '600');
  }
  response.setHeader('Vary', 'Origin');
  if (request.method === 'OPTIONS' && origin !== undefined) {
    response.writeHead(allowed ? 204 : 403);
    response.end();
    return true;
  }
  return false;
}

async function call(base, method, path, auth, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(auth ? { Authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok && response.status !== 412) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : undefined;
}

const NOT_A_MEMBER = 'You are not authorized to access this db.';

/**
 * CouchDB answers 403 to a signed-in user who is not a member of a database (401 only to anonymous
 * requests); pouchdb-security answers 401 to both. express-pouchdb's error answer is patched so that a
 * signed-in request (a session with a user name) gets 403.
 */
function answerLikeCouchDB(utils) {
  if (utils.sendError.likeCouchDB) return;
  const sendError = utils.sendError;
  utils.sendError = function sendErrorLikeCouchDB(res, err, baseStatus) {
    const signedIn = typeof res.req?.couchSession?.userCtx?.name === 'string';
    if (signedIn && err?.status === 401 && err.message === NOT_A_MEMBER) {
      return sendError(res, {
        status: 403,
        name: 'forbidden',
        message: 'You are not allowed to access this db.',
      });
    }
    return sendError(res, err, baseStatus);
  };
  utils.sendError.likeCouchDB = true;
}

/**
 * Creates an organisation's database with its design document and `_security` (used at start and by
 * tests that recreate a database). Rejects with an Error naming the failed request.
 */
export async function createOrganisationDatabase(base, db, admin, org) {
  const { designDoc, security } = databaseSetup(org);
  await call(base, 'PUT', `/${db}`, admin);
  await call(base, 'PUT', `/${db}/_security`, admin, security);
  await putDocument(base, `/${db}/${designDoc._id}`, admin, designDoc);
}

/**
 * Writes a document over whatever revision is there. In-memory databases live as long as the
 * process, so a second server in the same process (a benchmark running pull and then push) finds its
 * user and design document already stored.
 */
let serversStarted = 0;

async function putDocument(base, path, admin, document) {
  const existing = await fetch(`${base}${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(admin).toString('base64')}` },
  }).then((response) => (response.ok ? response.json() : undefined));
  await call(base, 'PUT', path, admin, existing ? { ...document, _rev: existing._rev } : document);
}

/** Creates or replaces a user in `_users` with the given roles. */
export async function saveUser(base, admin, { name, password, roles }) {
  const id = `org.couchdb.user:${name}`;
  await putDocument(base, `/_users/${encodeURIComponent(id)}`, admin, {
    _id: id,
    name,
    password,
    roles,
    type: 'user',
  });
}

/**
 * Starts the server on 127.0.0.1 and sets up its organisations. Options: `port` (0: any free port),
 * `organisations` (names; default the two samples), `db` (one organisation whose name and database are
 * `db`, as the tests use), `origins` (more allowed CORS origins). Every password is random.
 * Resolves to { url, admin, org, db, user, password, coordinator, organisations, close }, where org, db,
 * user and password (the instructor) and coordinator are those of the first organisation.
 * Rejects when the port is taken.
 */
export async function startSyncServer(options = {}) {
  const names = options.db !== undefined ? [options.db] : (options.organisations ?? SAMPLE_ORGANISATIONS);
  for (const org of names) {
    if (!isOrganisationName(org)) throw new Error(`Not an organisation name: ${org}`);
  }
  const origins = new Set([...APP_ORIGINS, ...(options.origins ?? [])]);
  const core = require('pouchdb-core').plugin(require('pouchdb-adapter-memory'));
  // The _users database wraps db.replicate, so the plugin must be there (once: pouchdb-core is shared
  // with tests that replicate with PouchDB themselves).
  if (!Object.hasOwn(core.prototype, 'replicate')) core.plugin(require('pouchdb-replication'));
  // In-memory databases are global to the process, keyed by name: each server gets a prefix of its
  // own, so a second server in the same process (a test file's next worker run, a benchmark running
  // pull then push) starts empty instead of meeting half of the last one's databases.
  serversStarted += 1;
  const PouchDB = core.defaults({
    adapter: 'memory',
    prefix: `krok-server-${process.pid}-${serversStarted}-`,
  });
  // express-pouchdb 4.2 installs the security wrappers twice on the _users database (once for
  // _security, once as a system database) and the second time throws; once is enough.
  const security = require('pouchdb-security');
  if (!security.installSecurityMethods.idempotent) {
    const install = security.installSecurityMethods;
    security.installSecurityMethods = function installOnce() {
      try {
        install.call(this);
      } catch (error) {
        if (!/already installed/.test(error.message)) throw error;
      }
    };
    security.installSecurityMethods.idempotent = true;
  }
  answerLikeCouchDB(require('express-pouchdb/lib/utils'));
  const expressPouchDB = require('express-pouchdb');
  const pouchApp = expressPouchDB(PouchDB, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    // The web UI and the request log would only cost time (and write log files). Validation is
    // CouchDB's, from tools/couch-validation.mjs (express-pouchdb's loses replicated updates).
    overrideMode: { exclude: ['routes/fauxton', 'routes/http-log', 'validation'] },
    logPath: '/dev/null',
  });
  installCouchValidation(pouchApp);
  const server = http.createServer((request, response) => {
    if (cors(request, response, origins)) return;
    const bulk = /^\/([a-z][a-z0-9_$()+-]*)\/_bulk_docs(\?|$)/.exec(request.url ?? '');
    if (bulk === null || request.method !== 'POST') {
      pouchApp(request, response);
      return;
    }
    // pouchdb-security refuses each document of a non-member's _bulk_docs (answering 201); CouchDB
    // refuses the whole request with 403 (or 401 when anonymous): ask the database first, as them.
    fetch(`${url}/${bulk[1]}`, {
      headers: {
        ...(request.headers.authorization ? { Authorization: request.headers.authorization } : {}),
        ...(request.headers.cookie ? { Cookie: request.headers.cookie } : {}),
      },
    }).then(
      async (answer) => {
        if (answer.status === 401 || answer.status === 403) {
          response.writeHead(answer.status, { 'Content-Type': 'application/json' });
          response.end(await answer.text());
        } else pouchApp(request, response);
      },
      () => pouchApp(request, response),
    );
  });
  let url = '';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5990, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  url = `http://127.0.0.1:${port}`;
  const adminPassword = randomPassword();
  const admin = `admin:${adminPassword}`;
  await call(url, 'PUT', '/_config/admins/admin', undefined, adminPassword);
  // Devices sync with a session cookie (POST /_session) and keep no password: sessions last 30 days,
  // renewed as they are used (CouchDB 3: [chttpd_auth] timeout, see README).
  await call(url, 'PUT', '/_config/couch_httpd_auth/timeout', admin, String(30 * 24 * 3600));
  const organisations = [];
  for (const org of names) {
    const roles = organisationRoles(org);
    const staff = { user: `${org}-instruktor`, password: randomPassword() };
    const coordinator = { user: `${org}-koordynator`, password: randomPassword() };
    await saveUser(url, admin, { name: staff.user, password: staff.password, roles: [roles.staff] });
    await saveUser(url, admin, {
      name: coordinator.user,
      password: coordinator.password,
      roles: [roles.coordinator],
    });
    await createOrganisationDatabase(url, org, admin, org);
    organisations.push({ org, db: org, staff, coordinator });
  }
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const [first] = organisations;
  return {
    url,
    admin,
    org: first.org,
    db: first.db,
    user: first.staff.user,
    password: first.staff.password,
    coordinator: first.coordinator,
    organisations,
    close,
  };
}

function parseArguments(argv) {
  const options = { origins: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--port') options.port = Number(value);
    else if (key === '--origin') options.origins.push(new URL(value).origin);
    else throw new Error(`Unknown option ${key} (use --port, --origin)`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = await startSyncServer(parseArguments(process.argv.slice(2)));
  console.log(`Sync server (in memory) on ${started.url}; passwords are new at every start.`);
  console.log(`  operator (server admin): ${started.admin}`);
  for (const { org, db, staff, coordinator } of started.organisations) {
    console.log(`  organisation ${org}, database ${db}`);
    console.log(`    instructor   ${staff.user}   password ${staff.password}`);
    console.log(`    coordinator  ${coordinator.user}   password ${coordinator.password}`);
  }
  console.log('  Ctrl+C stops it; every record is lost then.');
  const stop = () => started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
