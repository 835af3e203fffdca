import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  outputDir: `../test-results/${port}`,
  fullyParallel: true,
  // Two cores: one browser per core keeps timings honest and the machine responsive.
  workers: 2,
  // On CI a failed test runs once more, so one rare hiccup of a loaded machine does not hide the
  // rest of the run; a test that fails twice still fails, and `npm test` names every test that
  // needed its retry (with what the page showed the first time), so a flaky test is seen and fixed.
  retries: process.env.CI ? 1 : 0,
  // The lesson walk-throughs run axe on every simulation screen; on a busy two-core machine one such
  // test can pass the default 30 s. This bounds a hang; it is not a measure of speed.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 7'],
    browserName: 'chromium',
    serviceWorkers: 'allow',
    locale: 'pl-PL',
    launchOptions: {
      executablePath: chromium,
      // As root Chromium needs --no-sandbox; the rest keep it from reaching for Google's hosts.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
