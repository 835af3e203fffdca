// `npm run sync-server`: a CouchDB-compatible server for development and tests, on 127.0.0.1 only.
// express-pouchdb (CouchDB's HTTP API over PouchDB) with the in-memory adapter: no native modules, no
// files, everything gone when it stops. Set up like tools/couchdb-setup.mjs sets up a real CouchDB 3: an
// admin, a staff user, the organisation's database with `_security` (members need the `staff` role) and
// the same `validate_doc_update` (tools/couchdb-validate.mjs). CORS lets the app on another port call it.
//
//   npm run sync-server -- [--port 5990] [--db krok] [--user instruktor] [--password haslo123]
//
// Tests import startSyncServer() and stop it with close().
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { installCouchValidation } from './couch-validation.mjs';
import { validateDocUpdate } from './couchdb-validate.mjs';

const require = createRequire(import.meta.url);

export const DEFAULTS = {
  port: 5990,
  db: 'krok',
  user: 'instruktor',
  password: 'haslo123',
  adminUser: 'admin',
  adminPassword: 'admin-haslo',
};

/** The validate_doc_update function shared with the CouchDB setup script, as source text. */
export function validateDocUpdateSource() {
  return validateDocUpdate.toString();
}

/** The design document and `_security` object every organisation database gets. */
export function databaseSetup() {
  return {
    designDoc: { _id: '_design/krok', validate_doc_update: validateDocUpdateSource() },
    security: {
      admins: { names: [], roles: ['coordinator'] },
      members: { names: [], roles: ['staff', 'coordinator'] },
    },
  };
}

function cors(request, response) {
  const origin = request.headers.origin;
  if (origin) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
    response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
    response.setHeader(
      'Access-Control-Allow-Headers',
      request.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, Accept',
    );
    response.setHeader('Access-Control-Max-Age', '600');
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204);
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

/**
 * Creates the organisation database with its design document and `_security` (used at start and by
 * tests that recreate the database). Rejects with an Error naming the failed request.
 */
export async function createOrganisationDatabase(base, db, admin) {
  await call(base, 'PUT', `/${db}`, admin);
  const { designDoc, security } = databaseSetup();
  await call(base, 'PUT', `/${db}/_security`, admin, security);
  await call(base, 'PUT', `/${db}/${designDoc._id}`, admin, designDoc);
}

/**
 * Starts the server on 127.0.0.1 and sets it up. Resolves to { url, db, user, password, admin, close }.
 * Rejects when the port is taken.
 */
export async function startSyncServer(options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const core = require('pouchdb-core').plugin(require('pouchdb-adapter-memory'));
  // The _users database wraps db.replicate, so the plugin must be there (once: pouchdb-core is shared
  // with tests that replicate with PouchDB themselves).
  if (!Object.hasOwn(core.prototype, 'replicate')) core.plugin(require('pouchdb-replication'));
  const PouchDB = core.defaults({ adapter: 'memory' });
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
    if (!cors(request, response)) pouchApp(request, response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}`;
  const admin = `${settings.adminUser}:${settings.adminPassword}`;
  await call(url, 'PUT', `/_config/admins/${settings.adminUser}`, undefined, settings.adminPassword);
  await call(url, 'PUT', `/_users/org.couchdb.user:${settings.user}`, admin, {
    _id: `org.couchdb.user:${settings.user}`,
    name: settings.user,
    password: settings.password,
    roles: ['staff'],
    type: 'user',
  });
  await createOrganisationDatabase(url, settings.db, admin);
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, db: settings.db, user: settings.user, password: settings.password, admin, close };
}

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || value === undefined || !(key in DEFAULTS)) {
      throw new Error(`Unknown option ${argv[i]} (use --port, --db, --user, --password)`);
    }
    options[key] = key === 'port' ? Number(value) : value;
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = await startSyncServer(parseArguments(process.argv.slice(2)));
  console.log(`Sync server (in memory) on ${started.url}`);
  console.log(`  database: ${started.db}   user: ${started.user}   password: ${started.password}`);
  console.log('  Ctrl+C stops it; every record is lost then.');
  const stop = () => started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
