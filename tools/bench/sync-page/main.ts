// The page of the sync benchmarks (built by tools/bench/sync-common.mjs): exposes one timed function
// per side — the app's engine (src/sync on Dexie) and PouchDB's replication (IndexedDB adapter) — for
// pull and push of the same records from and to the same server.
import PouchDB from 'pouchdb-browser';
import { createDatabase } from '@/db/database';
import { saveRecords } from '@/db/write';
import { createSyncEngine } from '@/sync/engine';

type Target = { url: string; database: string; user: string; password: string };

const BATCH = 500;

/**
 * Time during which the app's engine had at least one request at the server (until its answer's headers
 * came), per run, for the printout: overlapping requests count once.
 */
let waited = 0;
let outstanding = 0;
let busySince = 0;
const timedFetch: typeof fetch = async (input, init) => {
  if (outstanding++ === 0) busySince = performance.now();
  try {
    return await fetch(input, init);
  } finally {
    if (--outstanding === 0) waited += performance.now() - busySince;
  }
};

declare global {
  interface Window {
    bench: Record<string, (target: Target, run: string, count: number) => Promise<number>>;
    benchWaited: () => number;
  }
}

function remote(target: Target) {
  return new PouchDB(`${target.url}/${target.database}`, {
    auth: { username: target.user, password: target.password },
    skip_setup: true,
  });
}

function attendanceInputs(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    sessionId: `S${Math.floor(i / 40)}`,
    memberId: `M${i % 40}-${i}`,
    status: 'present' as const,
  }));
}

window.benchWaited = () => waited;

window.bench = {
  /** The app: pulls every change into an empty database; resolves to ms. */
  async oursPull(target, run) {
    const db = createDatabase(`bench-ours-pull-${run}`);
    waited = 0;
    const engine = createSyncEngine({ db, settings: target, batchSize: BATCH, fetch: timedFetch });
    const started = performance.now();
    await engine.pull();
    const elapsed = performance.now() - started;
    const count = await db.attendance.count();
    db.close();
    if (count === 0) throw new Error('nothing pulled');
    return elapsed;
  },
  async pouchPull(target, run) {
    const local = new PouchDB(`bench-pouch-pull-${run}`);
    const started = performance.now();
    await local.replicate.from(remote(target), { batch_size: BATCH });
    const elapsed = performance.now() - started;
    await local.close();
    return elapsed;
  },
  /** The app: pushes `count` dirty records (written beforehand, not timed) to an empty database. */
  async oursPush(target, run, count) {
    const db = createDatabase(`bench-ours-push-${run}`);
    const inputs = attendanceInputs(count);
    for (let i = 0; i < inputs.length; i += 2000)
      await saveRecords(db, 'attendance', inputs.slice(i, i + 2000));
    waited = 0;
    const engine = createSyncEngine({ db, settings: target, batchSize: BATCH, fetch: timedFetch });
    const started = performance.now();
    const { pushed } = await engine.push();
    const elapsed = performance.now() - started;
    db.close();
    if (pushed !== count) throw new Error(`pushed ${pushed} of ${count}`);
    return elapsed;
  },
  async pouchPush(target, run, count) {
    const local = new PouchDB(`bench-pouch-push-${run}`);
    const stamp = '0000000000ab-0000-bench';
    const docs = attendanceInputs(count).map((input) => ({
      _id: `attendance:${input.sessionId}:${input.memberId}`,
      type: 'attendance',
      id: `${input.sessionId}:${input.memberId}`,
      ...input,
      updatedAt: stamp,
      // The server's rules: updatedBy is the account that writes.
      updatedBy: target.user,
    }));
    for (let i = 0; i < docs.length; i += 2000) await local.bulkDocs(docs.slice(i, i + 2000));
    const started = performance.now();
    const result = await local.replicate.to(remote(target), { batch_size: BATCH });
    const elapsed = performance.now() - started;
    await local.close();
    if (result.docs_written !== count) throw new Error(`PouchDB wrote ${result.docs_written} of ${count}`);
    return elapsed;
  },
};
