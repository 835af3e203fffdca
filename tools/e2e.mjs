// `npm run test:e2e`: builds the app and runs the Playwright specs in tests/e2e against `vite preview`
// in a real Chromium: CHROME_PATH, Debian's /usr/bin/chromium, or Playwright's own browser.
// Outside CI a missing browser is reported and the browser tests are skipped; under CI=true it fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
const status = run(
  'npx',
  ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)],
  {
    CHROME_PATH: chromium,
    E2E_PORT: port,
    E2E_OUT: outDir,
  },
);
process.exit(status);
