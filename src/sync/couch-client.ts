// The HTTP side of sync: the few CouchDB endpoints the engine uses (database info, `_changes`,
// `_bulk_docs`, `_all_docs` with keys, `_local` documents), with basic authentication, and every failure
// turned into a SyncFailure whose kind the engine and the settings screen act on.

import type { CouchDoc } from '@/sync/documents';

/** Where and as whom to sync. */
export type ServerSettings = { url: string; database: string; user: string; password: string };

export type SyncFailureKind =
  /** The address is not a valid http(s) URL. */
  | 'badAddress'
  /** No answer (offline, wrong host, refused connection, dropped connection, CORS). */
  | 'unreachable'
  /** 5xx, or a 429: the server has a problem; try again later. */
  | 'server'
  /** 401: wrong user or password, or the session expired: sign in again. */
  | 'unauthorized'
  /** 403: this user may not use this database. */
  | 'forbidden'
  /** 404 on the database: no such database. */
  | 'noDatabase'
  /** 413: the request was too large for the server. */
  | 'tooLarge'
  /** An answer that is not CouchDB's (another kind of server at that address). */
  | 'badResponse'
  /**
   * JSON of the wrong shape from `_changes`, `_bulk_docs`, `_all_docs` or `_bulk_get` (a broken proxy,
   * a server bug): nothing of it is stored; retried with backoff like a network error.
   */
  | 'malformed';

export class SyncFailure extends Error {
  override readonly name = 'SyncFailure';
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Returns true for failures that may pass by themselves (worth a retry with backoff). */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof SyncFailure &&
    (error.kind === 'unreachable' || error.kind === 'server' || error.kind === 'malformed')
  );
}

export type ChangesRow = { id: string; deleted?: boolean; doc?: Record<string, unknown> };
export type ChangesResult = { results: ChangesRow[]; lastSeq: string };
export type BulkResult = { id: string; ok?: boolean; rev?: string; error?: string; reason?: string };
/** One revision asked of `_bulk_get`: its body (with `_revisions`), or undefined when the server has none. */
export type RevisionResult = { id: string; rev: string; doc: Record<string, unknown> | undefined };

export type CouchClient = {
  /** GET /{db}: resolves when the database exists and this user may read it. */
  info(signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** GET /{db}/_changes (style=all_docs, include_docs, conflicts); `timeoutMs` makes it a longpoll. */
  changes(
    since: string,
    limit: number,
    options?: { timeoutMs?: number; signal?: AbortSignal },
  ): Promise<ChangesResult>;
  /** POST /{db}/_bulk_docs (new_edits default): one result per document, in order. */
  bulkDocs(docs: CouchDoc[], signal?: AbortSignal): Promise<BulkResult[]>;
  /**
   * POST /{db}/_all_docs?include_docs=true with keys: the current documents (absent when missing; a
   * deleted one as `{_id, _rev, _deleted: true}`).
   */
  getDocs(ids: string[], signal?: AbortSignal): Promise<Map<string, Record<string, unknown>>>;
  /** POST /{db}/_bulk_get?revs=true: the given revisions with their history, in order. */
  getRevisions(wanted: { id: string; rev: string }[], signal?: AbortSignal): Promise<RevisionResult[]>;
  /** GET /{db}/_local/{id}; undefined when missing. */
  getLocal(id: string, signal?: AbortSignal): Promise<Record<string, unknown> | undefined>;
  /** PUT /{db}/_local/{id}. */
  putLocal(id: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<void>;
};

/** Returns the database's base URL; throws SyncFailure('badAddress') for an unusable address or name. */
export function databaseUrl(settings: Pick<ServerSettings, 'url' | 'database'>): string {
  let url: URL;
  try {
    url = new URL(settings.url.trim());
  } catch {
    throw new SyncFailure('badAddress', `Not a web address: ${settings.url}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SyncFailure('badAddress', `Not an http(s) address: ${settings.url}`);
  }
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(settings.database)) {
    throw new SyncFailure('badAddress', `Not a CouchDB database name: ${settings.database}`);
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return `${base}${encodeURIComponent(settings.database)}`;
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function failureFor(status: number, body: unknown, what: string): SyncFailure {
  const reason =
    typeof body === 'object' && body !== null && 'reason' in body ? String(body.reason) : `HTTP ${status}`;
  const message = `${what}: ${reason}`;
  if (status === 401) return new SyncFailure('unauthorized', message, status);
  if (status === 403) return new SyncFailure('forbidden', message, status);
  if (status === 404) return new SyncFailure('noDatabase', message, status);
  if (status === 413) return new SyncFailure('tooLarge', message, status);
  if (status >= 500 || status === 429 || status === 408) return new SyncFailure('server', message, status);
  return new SyncFailure('badResponse', message, status);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(what: string, detail: string): SyncFailure {
  return new SyncFailure('malformed', `${what}: ${detail}`);
}

/** Checks a `_changes` answer before anything of it is used; throws SyncFailure('malformed'). */
export function readChanges(body: unknown): ChangesResult {
  if (!isObject(body) || !Array.isArray(body.results)) throw malformed('changes', 'no list of results');
  const seq = body.last_seq;
  // Real CouchDB sends opaque strings, CouchDB 1 and the dev server numbers: kept as text either way.
  if (!(typeof seq === 'string' && seq !== '') && !(typeof seq === 'number' && Number.isSafeInteger(seq))) {
    throw malformed('changes', 'last_seq is not a sequence');
  }
  const results: ChangesRow[] = [];
  for (const row of body.results) {
    if (!isObject(row) || typeof row.id !== 'string' || row.id === '') {
      throw malformed('changes', 'a result without an id');
    }
    if (row.doc !== undefined && row.doc !== null && !isObject(row.doc)) {
      throw malformed('changes', `the document of ${row.id} is not an object`);
    }
    if (isObject(row.doc) && row.doc._id !== row.id) {
      throw malformed('changes', `the document of ${row.id} has another id`);
    }
    if (row.deleted !== undefined && typeof row.deleted !== 'boolean') {
      throw malformed('changes', `deleted of ${row.id} is not true or false`);
    }
    const checked: ChangesRow = { id: row.id };
    if (row.deleted === true) checked.deleted = true;
    if (isObject(row.doc)) checked.doc = row.doc;
    results.push(checked);
  }
  return { results, lastSeq: typeof seq === 'string' ? seq : String(seq) };
}

/** Checks a `_bulk_docs` answer: one result per document sent, each ok with a rev or an error. */
export function readBulkResults(body: unknown, sent: number): BulkResult[] {
  if (!Array.isArray(body)) throw malformed('bulk docs', 'not a list');
  const results: BulkResult[] = [];
  for (const row of body) {
    if (!isObject(row) || typeof row.id !== 'string') throw malformed('bulk docs', 'a result without an id');
    if (row.ok === true && typeof row.rev === 'string' && row.rev !== '') {
      results.push({ id: row.id, ok: true, rev: row.rev });
    } else if (typeof row.error === 'string' && row.error !== '') {
      const result: BulkResult = { id: row.id, error: row.error };
      if (typeof row.reason === 'string') result.reason = row.reason;
      results.push(result);
    } else {
      throw malformed('bulk docs', `the result for ${row.id} is neither ok nor an error`);
    }
  }
  if (results.length !== sent) throw malformed('bulk docs', `${results.length} results for ${sent}`);
  return results;
}

/** Checks an `_all_docs` answer to a request with keys: the documents found, deletions as stubs. */
export function readAllDocs(body: unknown, keys: readonly string[]): Map<string, Record<string, unknown>> {
  if (!isObject(body) || !Array.isArray(body.rows)) throw malformed('fetch documents', 'no list of rows');
  const asked = new Set(keys);
  const found = new Map<string, Record<string, unknown>>();
  for (const row of body.rows) {
    if (!isObject(row) || typeof row.key !== 'string' || !asked.has(row.key)) {
      throw malformed('fetch documents', 'a row for a document not asked for');
    }
    if (typeof row.error === 'string') continue;
    const value = row.value;
    if (!isObject(value) || typeof value.rev !== 'string') {
      throw malformed('fetch documents', `no rev for ${row.key}`);
    }
    if (value.deleted === true) {
      found.set(row.key, { _id: row.key, _rev: value.rev, _deleted: true });
    } else if (isObject(row.doc) && row.doc._id === row.key && row.doc._rev === value.rev) {
      found.set(row.key, row.doc);
    } else {
      throw malformed('fetch documents', `no document for ${row.key}`);
    }
  }
  return found;
}

/** Checks a `_bulk_get` answer: one result per revision asked, a document or an error. */
export function readRevisions(
  body: unknown,
  wanted: readonly { id: string; rev: string }[],
): RevisionResult[] {
  if (!isObject(body) || !Array.isArray(body.results) || body.results.length !== wanted.length) {
    throw malformed('fetch revisions', 'not one result per revision');
  }
  return wanted.map(({ id, rev }, index) => {
    const result = (body.results as unknown[])[index];
    if (!isObject(result) || result.id !== id || !Array.isArray(result.docs) || result.docs.length !== 1) {
      throw malformed('fetch revisions', `no result for ${id}`);
    }
    const [entry] = result.docs as unknown[];
    if (isObject(entry) && isObject(entry.ok)) {
      if (entry.ok._id !== id || entry.ok._rev !== rev) throw malformed('fetch revisions', `another ${id}`);
      return { id, rev, doc: entry.ok };
    }
    if (isObject(entry) && entry.error !== undefined) return { id, rev, doc: undefined };
    throw malformed('fetch revisions', `neither a document nor an error for ${id}`);
  });
}

/** Creates a client; `fetchImpl` defaults to the global fetch. Never throws (bad addresses fail on use). */
export function createCouchClient(settings: ServerSettings, fetchImpl: typeof fetch = fetch): CouchClient {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (settings.user !== '') headers.Authorization = basicAuth(settings.user, settings.password);

  async function request(
    method: string,
    path: string,
    what: string,
    options: { body?: unknown; signal?: AbortSignal; allow404?: boolean } = {},
  ): Promise<unknown> {
    const base = databaseUrl(settings);
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers: options.body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        cache: 'no-store',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new SyncFailure(
        'unreachable',
        `${what}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let body: unknown;
    try {
      const text = await response.text();
      body = text === '' ? undefined : JSON.parse(text);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A cut connection mid-body, or HTML from a server that is not CouchDB.
      if (!response.ok) throw failureFor(response.status, undefined, what);
      throw new SyncFailure('badResponse', `${what}: the answer is not JSON`, response.status);
    }
    if (response.status === 404 && options.allow404) return undefined;
    if (!response.ok) throw failureFor(response.status, body, what);
    if (typeof body !== 'object' || body === null) {
      throw new SyncFailure('badResponse', `${what}: unexpected answer`, response.status);
    }
    return body;
  }

  return {
    async info(signal) {
      return (await request('GET', '', 'database info', { signal })) as Record<string, unknown>;
    },
    async changes(since, limit, options = {}) {
      const query = new URLSearchParams({
        style: 'all_docs',
        include_docs: 'true',
        conflicts: 'true',
        limit: String(limit),
        since,
      });
      if (options.timeoutMs !== undefined) {
        query.set('feed', 'longpoll');
        query.set('timeout', String(options.timeoutMs));
      }
      const body = await request('GET', `/_changes?${query}`, 'changes', { signal: options.signal });
      return readChanges(body);
    },
    async bulkDocs(docs, signal) {
      const body = await request('POST', '/_bulk_docs', 'bulk docs', { body: { docs }, signal });
      return readBulkResults(body, docs.length);
    },
    async getDocs(ids, signal) {
      const body = await request('POST', '/_all_docs?include_docs=true', 'fetch documents', {
        body: { keys: ids },
        signal,
      });
      return readAllDocs(body, ids);
    },
    async getRevisions(wanted, signal) {
      if (wanted.length === 0) return [];
      const body = await request('POST', '/_bulk_get?revs=true', 'fetch revisions', {
        body: { docs: wanted.map(({ id, rev }) => ({ id, rev })) },
        signal,
      });
      return readRevisions(body, wanted);
    },
    async getLocal(id, signal) {
      return (await request('GET', `/_local/${encodeURIComponent(id)}`, 'local document', {
        signal,
        allow404: true,
      })) as Record<string, unknown> | undefined;
    },
    async putLocal(id, body, signal) {
      await request('PUT', `/_local/${encodeURIComponent(id)}`, 'local document', { body, signal });
    },
  };
}
