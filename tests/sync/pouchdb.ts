// PouchDB as a second client of the dev server, as a coordinator's script, Fauxton or a replication
// between servers would write to it: a database in memory replicating over HTTP.
import { createRequire } from 'node:module';
import { formatStamp } from '@/db/hlc';
import type { StartedSyncServer } from '../../tools/sync-server.mjs';

const require = createRequire(import.meta.url);

export type PouchDoc = Record<string, unknown> & { _id: string; _rev?: string };
type ReplicationResult = { ok: boolean; docs_written: number; doc_write_failures: number; errors: unknown[] };
export type Pouch = {
  get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; rev: string }>;
  remove(doc: PouchDoc): Promise<{ ok: boolean; rev: string }>;
  replicate: {
    from(source: Pouch): Promise<ReplicationResult>;
    to(target: Pouch): Promise<ReplicationResult>;
  };
  destroy(): Promise<unknown>;
};
type PouchConstructor = new (name: string, options?: Record<string, unknown>) => Pouch;

let counter = 0;

/** PouchDB with the memory and http adapters and replication (pouchdb-core is shared with the server). */
function pouchClass(): PouchConstructor {
  const core = require('pouchdb-core');
  if (!core.adapters.http) core.plugin(require('pouchdb-adapter-http'));
  if (!core.adapters.memory) core.plugin(require('pouchdb-adapter-memory'));
  if (!Object.hasOwn(core.prototype, 'replicate')) core.plugin(require('pouchdb-replication'));
  return core as PouchConstructor;
}

/** The server's database as PouchDB sees it over HTTP, as `who` (`name:password`; default: the staff user). */
export function remotePouch(server: StartedSyncServer, who = `${server.user}:${server.password}`): Pouch {
  const [username, ...rest] = who.split(':');
  const PouchDB = pouchClass();
  return new PouchDB(`${server.url}/${server.db}`, { auth: { username, password: rest.join(':') } });
}

/** A fresh local PouchDB in memory. */
export function localPouch(): Pouch {
  const PouchDB = pouchClass();
  counter += 1;
  return new PouchDB(`pouch-client-${process.pid}-${counter}`, { adapter: 'memory' });
}

/** A clock stamp of the PouchDB client, later than any the devices made so far (`ahead` ms from now). */
export function pouchStamp(ahead = 1000): string {
  return formatStamp({ ms: Date.now() + ahead, counter: 0, node: 'pouchdb' });
}

/** A document as the server holds it, with its conflicts (admin view). */
export async function serverDoc(server: StartedSyncServer, id: string): Promise<PouchDoc> {
  const response = await fetch(`${server.url}/${server.db}/${encodeURIComponent(id)}?conflicts=true`, {
    headers: { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` },
  });
  return (await response.json()) as PouchDoc;
}
