// `npm run test:e2e`: builds the app and runs the Playwright specs in tests/e2e against `vite preview`
// in a real Chromium: CHROME_PATH, Debian's /usr/bin/chromium, or Playwright's own browser.
// Outside CI a missing browser is reported and the browser tests are skipped; under CI=true it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return undefined;
}

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const chromium = findChromium() ?? (await playwrightsOwnChromium());
if (!chromium) {
  const message =
    "No Chromium found (looked at CHROME_PATH, /usr/bin/chromium and Playwright's own browser). " +
    'Install it with `apt-get install -y chromium` or set CHROME_PATH.';
  if (process.env.CI === 'true') {
    console.error(`e2e: FAILED — ${message}`);
    process.exit(1);
  }
  console.log(`e2e: SKIPPED — the browser tests did not run. ${message}`);
  process.exit(0);
}

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// E2E_PORT and E2E_OUT let several runs share a machine without clobbering each other's build.
const port = process.env.E2E_PORT ?? '4173';
const outDir = process.env.E2E_OUT ?? 'dist';
console.log(`e2e: building the app into ${outDir} and testing it in ${chromium} on port ${port}`);
if (run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir]) !== 0) process.exit(1);
const testsStarted = Date.now();
const status = run(
  'npx',
  ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)],
  {
    CHROME_PATH: chromium,
    E2E_PORT: port,
    E2E_OUT: outDir,
  },
);
printFailureContexts(join('test-results', port), testsStarted);
process.exit(status);

/**
 * Prints what the page showed when a test failed (Playwright's error-context.md: the error and an
 * accessibility snapshot of the page), also for an attempt that passed on its retry, so a failure
 * on a CI machine can be understood from the log alone.
 */
function printFailureContexts(folder, since) {
  if (!existsSync(folder)) return;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('error-context.md'))
    .filter((file) => statSync(join(folder, file)).mtimeMs >= since)
    .sort();
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    const limit = 20000;
    console.log(`\n━━ what the page showed: ${file} ━━`);
    console.log(
      text.length > limit ? `${text.slice(0, limit)}\n… (${text.length - limit} more characters)` : text,
    );
  }
}
