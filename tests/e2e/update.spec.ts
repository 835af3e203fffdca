// A new version deployed while the app is open in two tabs (issue 15): "Zaktualizuj teraz" in the tab
// on the home page reloads that tab only; the tab in the middle of a lesson keeps its page and takes
// the new version at its next navigation, with its progress intact. The build is copied and served by
// a small server of this spec's own, so "deploying" (changing sw.js) touches no other test.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { SAMPLE_LESSON, waitForProgressSaved } from './support/app';

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
};

/** Serves `folder` as a static host would: a file, its `.html`, or index.html for an app route. */
function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const candidates = [join(folder, path), join(folder, `${path}.html`), join(folder, 'index.html')];
    const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

test('an update in one tab does not reload a lesson in another; the lesson tab updates at its next page', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'krok-update-'));
  cpSync(join(ROOT, process.env.E2E_OUT ?? 'dist'), folder, { recursive: true });
  const { server, url } = await serve(folder);
  try {
    const home = await context.newPage();
    await home.goto(`${url}/`);
    await expect(home.getByRole('heading', { level: 1 })).toBeVisible();
    await home.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => home.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    // As on any later day: the app opens already run by its worker.
    await home.reload();
    await expect(home.getByRole('heading', { level: 1 })).toBeVisible();

    const lesson = await context.newPage();
    await lesson.goto(`${url}${SAMPLE_LESSON.path}`);
    await expect(lesson.getByText(/^Krok 1 z \d+$/)).toBeVisible();
    const total = Number((await lesson.getByText(/^Krok 1 z \d+$/).textContent())?.match(/z (\d+)/)?.[1]);
    await lesson.getByRole('button', { name: 'Dalej' }).click();
    await lesson.getByRole('button', { name: 'Dalej' }).click();
    await expect(lesson.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();
    await waitForProgressSaved(lesson, 2);
    // Marks that live only as long as this page is not reloaded.
    await lesson.evaluate(() => {
      const marks = window as unknown as { notReloaded: boolean; newVersionInControl: boolean };
      marks.notReloaded = true;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        marks.newVersionInControl = true;
      });
    });

    // A new version is deployed; the home tab finds it.
    writeFileSync(join(folder, 'sw.js'), `${readFileSync(join(folder, 'sw.js'), 'utf8')}\n// next version\n`);
    await home.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(home.getByRole('button', { name: 'Zaktualizuj teraz' })).toBeVisible({ timeout: 30_000 });
    await expect(lesson.getByRole('button', { name: 'Zaktualizuj teraz' })).toHaveCount(0);
    await Promise.all([
      home.waitForEvent('load'),
      home.getByRole('button', { name: 'Zaktualizuj teraz' }).click(),
    ]);
    await expect(home.getByRole('heading', { level: 1 })).toBeVisible();

    // The lesson tab is now run by the new version, but it was not reloaded under the learner.
    await expect
      .poll(() =>
        lesson.evaluate(() => (window as unknown as { newVersionInControl?: boolean }).newVersionInControl),
      )
      .toBe(true);
    await lesson.waitForTimeout(1_000);
    expect(await lesson.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    await expect(lesson.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();

    // Its next navigation loads the new version; the lesson reopens at the same step.
    await Promise.all([
      lesson.waitForEvent('load'),
      lesson.getByRole('link', { name: 'Strona główna' }).click(),
    ]);
    expect(
      await lesson.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBeUndefined();
    await lesson.goto(`${url}${SAMPLE_LESSON.path}`);
    await expect(lesson.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
