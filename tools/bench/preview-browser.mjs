// What the browser benchmarks share: a build served by `vite preview` on a port of their own, and
// Chromium (CHROME_PATH or Debian's /usr/bin/chromium) driven by playwright-core. Both are stopped
// when the measurement ends, whatever happened.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

async function waitForServer(url, tries = 100) {
  for (let i = 0; i < tries; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Serves `outDir` on `port`, opens Chromium once the page answers, and resolves to `measure(browser)`. */
export async function withPreviewInChromium({ root, outDir, port }, measure) {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath} (set CHROME_PATH)`);
  const { chromium } = await import('playwright-core');
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  let browser;
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    return await measure(browser);
  } finally {
    await browser?.close();
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}
