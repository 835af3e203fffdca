// A fault-injecting HTTP proxy in front of the real dev sync server: tests add faults (an HTTP status,
// a dropped connection before or after the server handled the request, a rewritten answer, a size
// limit) for requests that match a method and a path, and read the log of what passed.
import http from 'node:http';

export type Fault = {
  /** Which requests: the method (any when absent) and a pattern tested against the path and query. */
  method?: string;
  path: RegExp;
  /** How many matching requests to hit (default 1; Infinity for all). */
  times?: number;
  /**
   * status: answer with this status (and a CouchDB error body) without forwarding.
   * drop: cut the connection without forwarding.
   * dropAfterForward: forward (the server commits), then cut the connection before the answer.
   * rewrite: forward, then pass the JSON answer through `rewrite`.
   */
  kind: 'status' | 'drop' | 'dropAfterForward' | 'rewrite';
  status?: number;
  rewrite?: (body: unknown) => unknown;
};

export type FaultProxy = {
  url: string;
  /** Adds a fault; it is removed after `times` hits. */
  add(fault: Fault): void;
  /** Requests larger than this many bytes get 413 (as CouchDB's max_http_request_size). */
  maxRequestBytes: number;
  /**
   * Make sequences opaque strings as real CouchDB 3 sends them (`12-g1AAAA…`): `last_seq` and each `seq`
   * in `_changes` answers are rewritten, and `since` in requests is mapped back for the dev server.
   */
  opaqueSeqs: boolean;
  /** Every request that reached the proxy: method, path and how it was handled. */
  log: { method: string; path: string; handled: string }[];
  clear(): void;
  close(): Promise<void>;
};

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const REASONS: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  413: 'too_large',
  500: 'internal_server_error',
  503: 'service_unavailable',
};

/** `12` → `12-g1AAAAB…` (CouchDB 3's shape: a number, a dash, an opaque base64 blob). */
function opaqueSeq(seq: unknown): unknown {
  if (typeof seq !== 'number') return seq;
  return `${seq}-g1AAAA${Buffer.from(`krok-shard-${seq}`).toString('base64url')}`;
}

function opaque(body: unknown): unknown {
  const changes = body as { last_seq?: unknown; results?: { seq?: unknown }[] };
  return {
    ...changes,
    last_seq: opaqueSeq(changes.last_seq),
    results: (changes.results ?? []).map((row) => ({ ...row, seq: opaqueSeq(row.seq) })),
  };
}

/** Maps `since=12-g1AAAA…` back to `since=12` for the dev server. */
function plainSince(path: string): string {
  return path.replace(/([?&]since=)(\d+)-g1AAAA[^&]*/, '$1$2');
}

/** Starts a proxy on 127.0.0.1 (a free port) to `target` (e.g. http://127.0.0.1:5990). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults: (Fault & { left: number })[] = [];
  const log: FaultProxy['log'] = [];
  const state = { maxRequestBytes: Number.POSITIVE_INFINITY, opaqueSeqs: false };

  const server = http.createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const path = state.opaqueSeqs ? plainSince(request.url ?? '/') : (request.url ?? '/');
    const body = await readBody(request);
    const index = faults.findIndex(
      (fault) => (fault.method === undefined || fault.method === method) && fault.path.test(path),
    );
    const fault = index === -1 ? undefined : faults[index];
    if (fault !== undefined) {
      fault.left -= 1;
      if (fault.left <= 0) faults.splice(index, 1);
    }
    const record = (handled: string) => log.push({ method, path, handled });
    if (body.length > state.maxRequestBytes) {
      record('413');
      response.writeHead(413, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'too_large', reason: 'the request entity is too large' }));
      return;
    }
    if (fault?.kind === 'status') {
      const status = fault.status ?? 500;
      record(String(status));
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: REASONS[status] ?? 'error', reason: `injected ${status}` }));
      return;
    }
    if (fault?.kind === 'drop') {
      record('drop');
      request.socket.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && key !== 'host' && key !== 'content-length' && key !== 'connection') {
        headers[key] = value;
      }
    }
    let upstream: Response;
    try {
      upstream = await fetch(`${target}${path}`, {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body),
      });
    } catch {
      record('upstream unreachable');
      request.socket.destroy();
      return;
    }
    let text = await upstream.text();
    if (fault?.kind === 'dropAfterForward') {
      record('dropAfterForward');
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'rewrite' && fault.rewrite) {
      text = JSON.stringify(fault.rewrite(JSON.parse(text)));
      record('rewrite');
    } else {
      record(String(upstream.status));
    }
    if (state.opaqueSeqs && upstream.ok && /\/_changes/.test(path))
      text = JSON.stringify(opaque(JSON.parse(text)));
    response.writeHead(upstream.status, { 'Content-Type': 'application/json' });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    add(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    get maxRequestBytes() {
      return state.maxRequestBytes;
    },
    set maxRequestBytes(value: number) {
      state.maxRequestBytes = value;
    },
    get opaqueSeqs() {
      return state.opaqueSeqs;
    },
    set opaqueSeqs(value: boolean) {
      state.opaqueSeqs = value;
    },
    log,
    clear() {
      faults.splice(0);
      log.splice(0);
      state.maxRequestBytes = Number.POSITIVE_INFINITY;
      state.opaqueSeqs = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
