// Lighthouse audit of the built app: `npm run audit -- [PATH ...] [--url BASE]`.
//
// Builds the app (`vite build`), serves it with `vite preview` on 127.0.0.1:4173 (or audits a server
// that is already running with --url), runs Lighthouse in headless Chromium (mobile form factor,
// simulated throttling; categories performance, accessibility, best practices, SEO) on each path
// (default: / and /settings), prints the scores (0–100), the main performance metrics and the failing
// accessibility, best-practices and SEO audits, and writes each full JSON report to .lighthouse/. It exits
// non-zero only when the tool itself fails (build, server, browser, page load), never because of a score:
// the targets in DESIGN.md are read from its output, not enforced here.
//
// Chromium: /usr/bin/chromium, or the browser named by CHROME_PATH.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const REPORT_DIR = path.join(ROOT, '.lighthouse');
const PREVIEW_HOST = '127.0.0.1';
const PREVIEW_PORT = 4173;
const DEFAULT_PATHS = ['/', '/settings'];
const SERVER_START_TIMEOUT_MS = 30_000;

const CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best-pr'],
  ['seo', 'seo'],
];
/** Categories whose failing audits are listed by id (performance has its own metrics line). */
const LISTED_CATEGORIES = ['accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox', // needed when running as root, as on the project's machines
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

class ToolError extends Error {}

function usage() {
  return [
    'Usage: node tools/audit.mjs [PATH ...] [--url BASE]',
    `  PATH  app paths to audit (default: ${DEFAULT_PATHS.join(' ')})`,
    `  --url BASE  audit a running server instead of building and starting vite preview on ${PREVIEW_HOST}:${PREVIEW_PORT}`,
  ].join('\n');
}

function parseArgs(argv) {
  const paths = [];
  let url;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg === '--url') {
      url = argv[i + 1];
      i += 1;
      if (!url) throw new ToolError(`--url needs a value\n${usage()}`);
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg.startsWith('-')) {
      throw new ToolError(`unknown option ${arg}\n${usage()}`);
    } else {
      paths.push(arg.startsWith('/') ? arg : `/${arg}`);
    }
  }
  return { paths: paths.length > 0 ? paths : DEFAULT_PATHS, url };
}

/** Runs `node node_modules/vite/bin/vite.js ...args` to completion, output passed through. */
function runVite(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new ToolError(`vite ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Starts `vite preview` and resolves once it answers; returns the child process. */
async function startPreview(baseUrl) {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--host', PREVIEW_HOST, '--port', String(PREVIEW_PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      throw new ToolError(
        `vite preview exited before serving (is port ${PREVIEW_PORT} taken? then pass --url):\n${stderr.trim()}`,
      );
    }
    try {
      const response = await fetch(baseUrl);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new ToolError(`vite preview did not answer at ${baseUrl} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

/** A file name for a path's report: / → root, /settings/x → settings-x. */
function reportName(urlPath) {
  const slug = urlPath
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^a-zA-Z0-9_-]/g, '_');
  return `${slug || 'root'}.report.json`;
}

/** Audit ids of a category that did not pass (ignoring informative, manual and not-applicable ones). */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  const failing = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    if (audit.scoreDisplayMode === 'error')
      failing.push(`${ref.id} (error: ${audit.errorMessage ?? 'unknown'})`);
    else if (
      (audit.scoreDisplayMode === 'binary' ||
        audit.scoreDisplayMode === 'numeric' ||
        audit.scoreDisplayMode === 'metricSavings') &&
      audit.score !== null &&
      audit.score < 1
    ) {
      failing.push(ref.id);
    }
  }
  return failing;
}

const score = (lhr, categoryId) => {
  const value = lhr.categories[categoryId]?.score;
  return value === null || value === undefined ? '-' : String(Math.round(value * 100));
};

function metrics(lhr) {
  const pick = (id) => lhr.audits[id]?.displayValue ?? '-';
  return (
    `FCP ${pick('first-contentful-paint')}, LCP ${pick('largest-contentful-paint')}, ` +
    `TBT ${pick('total-blocking-time')}, CLS ${pick('cumulative-layout-shift')}, SI ${pick('speed-index')}`
  );
}

function printTable(results) {
  const header = ['path', ...CATEGORIES.map(([, short]) => short)];
  const rows = results.map(({ urlPath, lhr }) => [urlPath, ...CATEGORIES.map(([id]) => score(lhr, id))]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  console.log('');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  const { lighthouseVersion, environment } = results[0]?.lhr ?? {};
  console.log(
    `Lighthouse ${lighthouseVersion}, mobile, simulated throttling, benchmarkIndex ${environment?.benchmarkIndex}`,
  );
  for (const { urlPath, lhr } of results) {
    if (lhr.runtimeError) {
      console.log(`${urlPath}: not audited: ${lhr.runtimeError.code}`);
      continue;
    }
    console.log(`${urlPath}: ${metrics(lhr)}`);
    for (const categoryId of LISTED_CATEGORIES) {
      const failing = failingAudits(lhr, categoryId);
      console.log(`  ${categoryId} failing: ${failing.length > 0 ? failing.join(', ') : 'none'}`);
    }
  }
}

async function main() {
  const { paths, url } = parseArgs(process.argv.slice(2));
  const baseUrl = url ?? `http://${PREVIEW_HOST}:${PREVIEW_PORT}/`;
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launch>> | undefined} */
  let chrome;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'krok-audit-chrome-'));
  let toolFailed = false;

  try {
    if (!url) {
      console.log('audit: building the app (vite build)');
      await runVite(['build', '--logLevel', 'warn']);
      console.log(`audit: starting vite preview on ${baseUrl}`);
      server = await startPreview(baseUrl);
    } else {
      try {
        await fetch(baseUrl);
      } catch (error) {
        throw new ToolError(`nothing answers at ${baseUrl}: ${error.cause?.message ?? error.message}`);
      }
    }

    try {
      chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'error' });
    } catch (error) {
      throw new ToolError(`could not start Chromium at ${chromePath} (set CHROME_PATH): ${error.message}`);
    }

    mkdirSync(REPORT_DIR, { recursive: true });
    const results = [];
    for (const urlPath of paths) {
      const target = new URL(urlPath, baseUrl).href;
      console.log(`audit: lighthouse ${target}`);
      const result = await lighthouse(target, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
        onlyCategories: CATEGORIES.map(([id]) => id),
      });
      if (!result) throw new ToolError(`lighthouse returned no result for ${target}`);
      const reportPath = path.join(REPORT_DIR, reportName(urlPath));
      writeFileSync(
        reportPath,
        typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr),
      );
      console.log(`audit: report written to ${path.relative(ROOT, reportPath)}`);
      if (result.lhr.runtimeError) {
        toolFailed = true;
        console.error(
          `audit: ${target}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`,
        );
      }
      for (const warning of result.lhr.runWarnings ?? [])
        console.warn(`audit: ${target}: warning: ${warning}`);
      results.push({ urlPath, lhr: result.lhr });
    }

    printTable(results);
  } finally {
    if (chrome) {
      try {
        chrome.kill();
      } catch {
        // already gone
      }
    }
    if (server && server.exitCode === null) server.kill('SIGTERM');
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      console.warn(`audit: could not remove ${userDataDir}`);
    }
  }
  if (toolFailed) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(`audit: ${error instanceof ToolError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
}
