// Device accounts end to end: the coordinator adds two devices with tools/couchdb-setup.mjs, each device
// pairs with its own code (POST /_session, only the session cookie kept; the code is void after use)
// and both sync; no password or code is found in IndexedDB, localStorage, sessionStorage, the page or its inputs; then one device is
// revoked: its next sync says it was signed out, and the other keeps syncing. A document a year ahead,
// planted on the server without its rules, is refused and listed, and saves still work after a reload.
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { setUpCouchDB } from '../../tools/couchdb-setup.mjs';
import { databaseSetup, type StartedSyncServer, startSyncServer } from '../../tools/sync-server.mjs';
import { expectHeading } from './support/app';
import { goInApp, setPin, storedRecords } from './support/staff';

const ORG = 'utw-pary';
let server: StartedSyncServer;
let codes: Record<string, string>;

function setUp(devices: { devices?: string[]; revoke?: string[] }) {
  const [admin, password] = server.admin.split(':') as [string, string];
  return setUpCouchDB(
    { url: server.url, admin, org: ORG, db: ORG, ...devices },
    { env: { COUCHDB_ADMIN_PASSWORD: password }, log: () => undefined },
  );
}

test.beforeAll(async () => {
  server = await startSyncServer({
    port: 0,
    organisations: [ORG],
    origins: [`http://127.0.0.1:${process.env.E2E_PORT ?? '4173'}`],
  });
  ({ codes } = await setUp({ devices: ['tablet-a', 'tablet-b'] }));
});
test.afterAll(async () => {
  await server?.close();
});

/** The device password inside a pairing code (what must never be stored). */
function passwordOf(code: string): string {
  const json = Buffer.from(code.slice('KROK1.'.length), 'base64url').toString('utf8');
  return (JSON.parse(json) as { p: string }).p;
}

async function expectSynced(page: Page): Promise<void> {
  await expect(page.getByText('Dane są zsynchronizowane.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Żadna zmiana nie czeka na wysłanie.')).toBeVisible({ timeout: 30_000 });
}

async function openSyncScreen(page: Page): Promise<void> {
  await goInApp(page, '/staff');
  await page.getByRole('link', { name: /Synchronizacja/ }).click();
  await expectHeading(page, 'Synchronizacja');
}

async function pairedDevice(
  browser: Browser,
  code: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await setPin(page);
  await openSyncScreen(page);
  await page.getByLabel('Kod parowania').fill('KROK1.nie-kod');
  await page.getByRole('button', { name: 'Sparuj i synchronizuj' }).click();
  await expect(page.getByText(/To nie jest kod parowania/)).toBeVisible();
  await page.getByLabel('Kod parowania').fill(code);
  await page.getByRole('button', { name: 'Sparuj i synchronizuj' }).click();
  await expect(page.getByText(/Urządzenie sparowane jako tablet-/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Kod parowania')).toHaveValue('');
  await expectSynced(page);
  return { context, page };
}

/** Everything a page keeps: every IndexedDB database and store, localStorage, sessionStorage, the DOM. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store).objectStore(store).getAll());
        parts.push(`${name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        parts.push(`${key}=${storage.getItem(key)}`);
      }
    }
    parts.push(document.documentElement.outerHTML);
    for (const input of Array.from(document.querySelectorAll('input, textarea'))) {
      parts.push((input as HTMLInputElement).value);
    }
    return parts.join('\n');
  });
}

test('two devices pair with their own accounts; a revoked one is signed out, the other syncs on', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const codeA = codes['tablet-a'] ?? '';
  const codeB = codes['tablet-b'] ?? '';
  const a = await pairedDevice(browser, codeA);
  // A synced device is never offered the sample group (its invented members would reach the server):
  // members are added by hand, as staff do.
  for (const [name, number] of [
    ['Halina Wiśniewska', 'UTW-101'],
    ['Józef Kowalczyk', 'UTW-102'],
  ] as const) {
    await goInApp(a.page, '/staff/roster/new');
    await expectHeading(a.page, 'Nowy uczestnik');
    await a.page.getByRole('checkbox', { name: 'Uczestnik wyraził zgodę' }).check();
    await a.page.getByLabel('Zgodę przyjął(-ęła)').fill('Anna Koordynatorka');
    await a.page.getByLabel('Imię i nazwisko').fill(name);
    await a.page.getByLabel(/Numer członkowski/).fill(number);
    await a.page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect(a.page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
  await openSyncScreen(a.page);
  await expectSynced(a.page);
  const count = (await storedRecords(a.page, 'members')).length;
  expect(count).toBeGreaterThan(0);
  const b = await pairedDevice(browser, codeB);
  await expect
    .poll(async () => (await storedRecords(b.page, 'members')).length, { timeout: 30_000 })
    .toBe(count);
  // The server keeps the writing device's account as updatedBy.
  const members = await storedRecords(b.page, 'members');
  expect(new Set(members.map((member) => member.updatedBy))).toEqual(new Set(['tablet-a']));

  for (const [device, code] of [
    [a, codeA],
    [b, codeB],
  ] as const) {
    const stored = await everythingStored(device.page);
    expect(stored).toContain('tablet-');
    expect(stored).not.toContain(passwordOf(code));
    expect(stored).not.toContain(code);
  }

  // A code works once: pairing voided it (the account got a new password nobody knows).
  const thief = await browser.newContext();
  const stolen = await thief.newPage();
  await stolen.goto('/');
  await setPin(stolen);
  await openSyncScreen(stolen);
  await stolen.getByLabel('Kod parowania').fill(codeA);
  await stolen.getByRole('button', { name: 'Sparuj i synchronizuj' }).click();
  await expect(stolen.getByText('Zła nazwa użytkownika lub hasło.')).toBeVisible({ timeout: 30_000 });
  await thief.close();

  // The coordinator revokes tablet B: its next sync says it was signed out.
  await setUp({ revoke: ['tablet-b'] });
  await b.page.getByRole('button', { name: 'Synchronizuj teraz' }).click();
  await expect(b.page.getByText(/zostało wylogowane z serwera/)).toBeVisible({ timeout: 30_000 });

  // Tablet A syncs on: a change the operator made on the server reaches it.
  const auth = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
  const [first] = members;
  if (!first) throw new Error('no member');
  const url = (id: string) => `${server.url}/${ORG}/${encodeURIComponent(id)}`;
  const current = (await (
    await fetch(url(`member:${String(first.id)}`), { headers: auth })
  ).json()) as Record<string, unknown>;
  const stamp = (ms: number, node: string) =>
    `${(Date.now() + ms).toString(36).padStart(12, '0')}-0000-${node}`;
  const changed = await fetch(url(`member:${String(first.id)}`), {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...current,
      phone: '600 700 800',
      updatedAt: stamp(0, 'biuro'),
      updatedBy: 'admin',
    }),
  });
  expect(changed.status).toBe(201);
  await a.page.getByRole('button', { name: 'Synchronizuj teraz' }).click();
  await expect
    .poll(async () => (await storedRecords(a.page, 'members')).find((m) => m.id === first.id)?.phone, {
      timeout: 30_000,
    })
    .toBe('600 700 800');
  await expectSynced(a.page);
  await expect(a.page.getByText(/zostało wylogowane z serwera/)).toHaveCount(0);

  // A member a year ahead, planted while the rules were away, is refused on the device and listed.
  const design = (await (await fetch(url('_design/krok'), { headers: auth })).json()) as { _rev: string };
  await fetch(`${url('_design/krok')}?rev=${design._rev}`, { method: 'DELETE', headers: auth });
  const planted = await fetch(url('member:FUTURE'), {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'member',
      id: 'FUTURE',
      name: 'Z przyszłości',
      memberNumber: 'F-1',
      updatedAt: stamp(365 * 24 * 3600_000, 'zepsuty'),
      updatedBy: 'zepsuty',
    }),
  });
  expect(planted.status).toBe(201);
  const { designDoc } = databaseSetup(ORG);
  const restored = await fetch(url('_design/krok'), {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(designDoc),
  });
  expect(restored.status).toBe(201);
  await a.page.getByRole('button', { name: 'Synchronizuj teraz' }).click();
  await expect(a.page.getByText('Odrzucone dane z zewnątrz')).toBeVisible({ timeout: 30_000 });
  await expect(a.page.getByText(/FUTURE \(z serwera\): data zmiany jest z przyszłości/)).toBeVisible();
  expect((await storedRecords(a.page, 'members')).some((member) => member.id === 'FUTURE')).toBe(false);

  // After a reload the device still saves and sends: its clock did not follow the planted stamp.
  await a.page.goto('/staff/roster');
  await a.page.getByLabel('PIN', { exact: true }).fill('402917');
  await a.page.getByRole('button', { name: 'Odblokuj' }).click();
  await a.page.getByRole('link', { name: new RegExp(String(first.name)) }).click();
  await a.page.getByLabel('Uwagi (nieobowiązkowo)').fill('Po ponownym uruchomieniu');
  await a.page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect
    .poll(async () => (await storedRecords(a.page, 'members')).find((m) => m.id === first.id)?.notes, {
      timeout: 30_000,
    })
    .toBe('Po ponownym uruchomieniu');
  const saved = (await storedRecords(a.page, 'members')).find((m) => m.id === first.id);
  expect(String(saved?.updatedAt) < stamp(24 * 3600_000, '')).toBe(true);
  await a.context.close();
  await b.context.close();
});
