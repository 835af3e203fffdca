// Shared by sync-pull-vs-pouchdb and sync-push-vs-pouchdb: builds the benchmark page (the app's sync
// engine and PouchDB's replication), starts the dev sync server and a static server for the page,
// opens Chromium, and runs the two sides alternately on fresh databases, reporting medians.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createOrganisationDatabase, startSyncServer } from '../sync-server.mjs';
import { withPreviewInChromium } from './preview-browser.mjs';

/** DESIGN.md: 20,000 records, the size of a UTW's attendance over a few years. */
export const RECORDS = 20_000;
/** Runs per side; the median of 3 evens out one slow garbage collection. */
const RUNS = 3;
const PAGE_PORT = 4395;
const SERVER_PORT = 5995;

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Writes `count` attendance documents straight into a server database (admin, _bulk_docs). */
export async function seed(server, database, count) {
  const stamp = '0000000000ab-0000-seed';
  const auth = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
  for (let start = 0; start < count; start += 2000) {
    const docs = Array.from({ length: Math.min(2000, count - start) }, (_, k) => {
      const i = start + k;
      const id = `S${Math.floor(i / 40)}:M${i % 40}-${i}`;
      return {
        _id: `attendance:${id}`,
        type: 'attendance',
        id,
        sessionId: `S${Math.floor(i / 40)}`,
        memberId: `M${i % 40}-${i}`,
        status: 'present',
        updatedAt: stamp,
        updatedBy: 'seed',
      };
    });
    const response = await fetch(`${server.url}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    if (!response.ok) throw new Error(`seeding failed: ${response.status}`);
  }
}

/**
 * Runs `ours` and `pouch` (names of window.bench functions) RUNS times each, alternately, each on the
 * database `prepare(run, side)` returns. Resolves to { ours: [ms], pouch: [ms] }.
 */
export async function compare({ root, ours, pouch, prepare }) {
  const outDir = join(root, '.bench', 'sync');
  await build({
    root: fileURLToPath(new URL('./sync-page/', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': join(root, 'src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const server = await startSyncServer({
    port: SERVER_PORT,
    db: 'bench-setup',
    origins: [`http://127.0.0.1:${PAGE_PORT}`],
  });
  try {
    return await withPreviewInChromium({ root, outDir, port: PAGE_PORT }, async (browser) => {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PAGE_PORT}/`);
      await page.waitForFunction(() => window.bench !== undefined);
      const times = { ours: [], pouch: [] };
      for (let run = 0; run < RUNS; run += 1) {
        for (const [side, fn] of [
          ['ours', ours],
          ['pouch', pouch],
        ]) {
          const database = `bench-${side}-${run}-${Date.now()}`;
          await createOrganisationDatabase(server.url, database, server.admin, server.org);
          await prepare(server, database);
          const target = { url: server.url, database, user: server.user, password: server.password };
          const ms = await page.evaluate(
            ({ fn, target, run, count }) => window.bench[fn](target, String(run), count),
            {
              fn,
              target,
              run,
              count: RECORDS,
            },
          );
          times[side].push(ms);
          const waited = side === 'ours' ? await page.evaluate(() => window.benchWaited()) : undefined;
          console.log(
            `  ${side === 'ours' ? 'app engine' : 'PouchDB   '} run ${run + 1}: ${ms.toFixed(0)} ms` +
              (waited === undefined ? '' : ` (waiting for the server ${waited.toFixed(0)} ms)`),
          );
        }
      }
      return times;
    });
  } finally {
    await server.close();
  }
}
