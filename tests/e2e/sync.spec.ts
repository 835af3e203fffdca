// Sync end to end: an instructor's tablet and the coordinator's laptop (two browser contexts) sync
// through the dev sync server (express-pouchdb in memory, started here on a free port), take attendance
// offline, come online and both show the union; a member marked differently on both ends the same on
// both (the later mark wins). Two tabs of one browser: a sign-out in one stops the sync of the other.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  createOrganisationDatabase,
  type StartedSyncServer,
  startSyncServer,
} from '../../tools/sync-server.mjs';
import { expectHeading, sidewaysOverflow } from './support/app';
import { goInApp, setPin, storedRecords, undersizedTargets } from './support/staff';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StartedSyncServer;

test.beforeAll(async () => {
  // CORS answers the app's own origin only: the preview this run serves.
  const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? '4173'}`;
  server = await startSyncServer({ port: 0, db: 'utw-e2e', origins: [appOrigin] });
});
test.afterAll(async () => {
  await server?.close();
});

async function openDevice(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await setPin(page);
  return { context, page };
}

async function setUpSync(
  page: Page,
  database = server.db,
  account = { user: server.user, password: server.password },
): Promise<void> {
  await goInApp(page, '/staff');
  await page.getByRole('link', { name: /Synchronizacja/ }).click();
  await expectHeading(page, 'Synchronizacja');
  await page.getByLabel('Adres serwera').fill(server.url);
  await page.getByLabel('Nazwa bazy').fill(database);
  await page.getByLabel('Nazwa użytkownika').fill(account.user);
  await page.getByLabel('Hasło').fill('zle-haslo');
  await page.getByRole('button', { name: 'Sprawdź połączenie' }).click();
  await expect(page.getByText('Zła nazwa użytkownika lub hasło.')).toBeVisible();
  await page.getByLabel('Hasło').fill(account.password);
  await page.getByRole('button', { name: 'Sprawdź połączenie' }).click();
  await expect(page.getByText(/Połączenie działa/)).toBeVisible();
  // The search below finds the password while it is typed in…
  expect(await placesHolding(page, account.password)).toContain('input (Hasło)');
  await page.getByRole('button', { name: 'Zapisz i synchronizuj' }).click();
  await expectSynced(page);
  // …and nowhere once the device is signed in: it syncs with the session cookie.
  expect(await placesHolding(page, account.password)).toEqual([]);
  await expect(page.getByLabel('Hasło')).toHaveValue('');
}

/** Where the page keeps `secret`: every IndexedDB store, localStorage, sessionStorage, the page, inputs. */
async function placesHolding(page: Page, secret: string): Promise<string[]> {
  return page.evaluate(async (text) => {
    const places: string[] = [];
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
        if (JSON.stringify(rows).includes(text)) places.push(`indexedDB ${name}/${store}`);
      }
      db.close();
    }
    for (const [label, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        if (`${key}${storage.getItem(key)}`.includes(text)) places.push(`${label} ${key}`);
      }
    }
    if (document.documentElement.outerHTML.includes(text)) places.push('page');
    for (const input of Array.from(document.querySelectorAll('input'))) {
      if (input.value.includes(text))
        places.push(`input (${input.labels?.[0]?.textContent?.trim() ?? input.name})`);
    }
    return places;
  }, secret);
}

/** Waits until the sync screen says all is sent and synced. */
async function expectSynced(page: Page): Promise<void> {
  await expect(page.getByText('Dane są zsynchronizowane.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Żadna zmiana nie czeka na wysłanie.')).toBeVisible({ timeout: 30_000 });
}

async function mark(page: Page, name: string, status: string): Promise<void> {
  await page
    .getByRole('group', { name: new RegExp(name) })
    .getByRole('button', { name: status, exact: true })
    .click();
}

async function expectMark(page: Page, name: string, status: string): Promise<void> {
  await expect(
    page.getByRole('group', { name: new RegExp(name) }).getByRole('button', { name: status, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
}

test('two devices take attendance offline, come online and both show the union', async ({ browser }) => {
  test.setTimeout(180_000);
  const tablet = await openDevice(browser);
  await tablet.page.getByRole('button', { name: 'Wypełnij przykładowymi danymi' }).click();
  await expectHeading(tablet.page, 'Cyfrowy senior — grupa wtorkowa');
  await setUpSync(tablet.page);

  const laptop = await openDevice(browser);
  await setUpSync(laptop.page);
  expect(await storedRecords(laptop.page, 'members')).toHaveLength(24);

  // A session without marks yet, and four members of the group.
  const sessions = await storedRecords(tablet.page, 'sessions');
  const marked = new Set((await storedRecords(tablet.page, 'attendance')).map((record) => record.sessionId));
  const session = sessions.find((record) => !marked.has(record.id));
  if (!session) throw new Error('the demo has no session without marks');
  const names = (await storedRecords(tablet.page, 'members')).map((record) => String(record.name)).sort();
  const [onTablet, onLaptop, onBoth] = names;
  if (!onTablet || !onLaptop || !onBoth) throw new Error('too few members');

  // The attendance screen is opened online (a first visit's page is not yet under the service worker,
  // so its chunk must come from the network), then the Wi-Fi goes.
  for (const device of [tablet, laptop]) {
    await goInApp(device.page, `/staff/sessions/${session.id}`);
    await expect(device.page.getByRole('heading', { level: 1 })).toContainText('Obecność');
    await device.context.setOffline(true);
  }
  await mark(tablet.page, onTablet, 'Obecny');
  await mark(tablet.page, onBoth, 'Spóźniony');
  await mark(laptop.page, onLaptop, 'Nieobecny');
  // Later than the tablet's mark of the same member: the laptop's wins on both.
  await mark(laptop.page, onBoth, 'Usprawiedliwiony');

  // Offline, neither device sees the other's marks.
  await expect(
    laptop.page
      .getByRole('group', { name: new RegExp(onTablet) })
      .getByRole('button', { name: 'Obecny', exact: true }),
  ).toHaveAttribute('aria-pressed', 'false');
  await expectMark(tablet.page, onBoth, 'Spóźniony');

  for (const device of [tablet, laptop]) await device.context.setOffline(false);
  for (const device of [tablet, laptop]) {
    await expectMark(device.page, onTablet, 'Obecny');
    await expectMark(device.page, onLaptop, 'Nieobecny');
    await expectMark(device.page, onBoth, 'Usprawiedliwiony');
  }
  for (const device of [tablet, laptop]) {
    await goInApp(device.page, '/sync');
    await expectSynced(device.page);
  }
  const response = await fetch(`${server.url}/${server.db}/_all_docs?include_docs=true`, {
    headers: { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` },
  });
  const { rows } = (await response.json()) as { rows: { doc: { type?: string; sessionId?: string } }[] };
  expect(
    rows.filter((row) => row.doc.type === 'attendance' && row.doc.sessionId === session.id),
  ).toHaveLength(3);
  await tablet.context.close();
  await laptop.context.close();
});

/** The Web Lock of the syncing tab (src/sync/scheduler.ts): held and waiting requests for it. */
async function syncLocks(page: Page): Promise<{ held: number; pending: number }> {
  return page.evaluate(async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    const ours = (list: { name?: string }[]) =>
      list.filter((lock) => lock.name === 'krok-po-kroku-sync').length;
    return { held: ours(held), pending: ours(pending) };
  });
}

test('a sign-out in one tab stops the sync of the other tab, which does not bring the data back', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const database = 'utw-two-tabs';
  await createOrganisationDatabase(server.url, database, server.admin, server.org);
  const context = await browser.newContext();
  const syncing = await context.newPage();
  await syncing.goto('/');
  await setPin(syncing);
  await syncing.getByRole('button', { name: 'Wypełnij przykładowymi danymi' }).click();
  await expectHeading(syncing, 'Cyfrowy senior — grupa wtorkowa');
  await goInApp(syncing, '/staff');
  await syncing.getByRole('link', { name: /Synchronizacja/ }).click();
  await expectHeading(syncing, 'Synchronizacja');
  await syncing.getByLabel('Adres serwera').fill(server.url);
  await syncing.getByLabel('Nazwa bazy').fill(database);
  await syncing.getByLabel('Nazwa użytkownika').fill(server.user);
  await syncing.getByLabel('Hasło').fill(server.password);
  await syncing.getByRole('button', { name: 'Zapisz i synchronizuj' }).click();
  await expectSynced(syncing);

  // A second tab of the same browser (same IndexedDB): it waits for the lock the first tab holds.
  const other = await context.newPage();
  await other.goto('/');
  await expect.poll(() => syncLocks(other), { timeout: 30_000 }).toEqual({ held: 1, pending: 1 });

  const requests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith(server.url)) requests.push(`${request.method()} ${request.url()}`);
  });
  await other.getByRole('link', { name: 'Dla prowadzących' }).click();
  await other.getByLabel('PIN', { exact: true }).fill('402917');
  await other.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(other, 'Strefa prowadzącego');
  await other.getByRole('link', { name: /Synchronizacja/ }).click();
  await expectHeading(other, 'Synchronizacja');
  await other.getByRole('button', { name: 'Wyloguj to urządzenie' }).click();
  await other.getByRole('button', { name: 'Wyloguj i usuń dane' }).click();
  await expect(other.getByText('Wylogowano. Dane usunięto z tego urządzenia.')).toBeVisible();

  // The first tab lets the lock go, and no tab waits for it: nothing syncs any more. (Soft, so that a
  // failure here still shows below what a tab that kept syncing does.)
  await expect
    .configure({ soft: true })
    .poll(() => syncLocks(syncing), { timeout: 30_000 })
    .toEqual({ held: 0, pending: 0 });
  const afterSignOut = requests.length;
  // Another device changes a record on the server: a tab still syncing would see it at once (its
  // longpoll returns) and pull every record back. Watched for a few seconds (an observation window
  // longer than the 2 s write debounce, not a timing being measured).
  const auth = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
  const range = new URLSearchParams({ startkey: '"member:"', endkey: '"member:\uffff"', limit: '1' });
  const listed = await fetch(`${server.url}/${database}/_all_docs?include_docs=true&${range}`, {
    headers: auth,
  });
  const { rows } = (await listed.json()) as { rows: { doc: Record<string, unknown> }[] };
  const member = rows[0]?.doc;
  if (!member) throw new Error('no member on the server');
  const changed = await fetch(`${server.url}/${database}/${encodeURIComponent(String(member._id))}`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...member, phone: '600 100 200' }),
  });
  expect(changed.status).toBe(201);
  await syncing.waitForTimeout(5000);
  expect.soft(await storedRecords(syncing, 'members')).toEqual([]);
  expect.soft(await storedRecords(syncing, 'attendance')).toEqual([]);
  expect.soft((await storedRecords(syncing, 'syncState')).map((entry) => entry.key)).toEqual([]);
  expect.soft(requests.slice(afterSignOut)).toEqual([]);
  await context.close();
});

for (const view of [
  { name: '100 % text, 412 px wide', textSize: 100, width: 412, theme: 'standard' },
  { name: '200 % text, 320 px wide, high contrast', textSize: 200, width: 320, theme: 'contrast' },
]) {
  test(`the sync screen has no axe violations, 48 px targets and no sideways scroll (${view.name})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: view.width, height: 800 });
    await page.goto('/');
    await page.evaluate(
      ({ textSize, theme }) => {
        localStorage.setItem('kpk.preferences', JSON.stringify({ textSize, theme, welcomed: true }));
      },
      { textSize: view.textSize, theme: view.theme },
    );
    await page.reload();
    await setPin(page);
    await page.getByRole('link', { name: /Synchronizacja/ }).click();
    await expectHeading(page, 'Synchronizacja');
    await page.getByLabel('Adres serwera').fill('nie adres');
    await page.getByRole('button', { name: 'Sprawdź połączenie' }).click();
    await expect(page.getByText(/To nie jest poprawny adres/)).toBeVisible();
    await page.getByRole('button', { name: 'Wyloguj to urządzenie' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(await undersizedTargets(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, culprits: [] });
    await page.screenshot({ path: `test-results/sync-${view.width}.png`, fullPage: true });
  });
}

/** A clock stamp (src/db/hlc.ts's format) `ms` after now, from another client. */
function stampFrom(node: string, ms = 0): string {
  return `${(Date.now() + ms).toString(36).padStart(12, '0')}-0000-${node}`;
}

test('a conflict a replication left on the server is merged, and a member deleted in CouchDB leaves the screens', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A name of its own per run: the in-memory server keeps databases as long as the worker lives, and a
  // retry would create the same one again.
  const database = `utw-couch-citizen-${Date.now().toString(36)}`;
  await createOrganisationDatabase(server.url, database, server.admin, server.org);
  const admin = {
    Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}`,
    'Content-Type': 'application/json',
  };
  const write = (docs: unknown[], newEdits = true) =>
    fetch(`${server.url}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ docs, new_edits: newEdits }),
    }).then((response) => response.json());
  const member = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
    _id: `member:${id}`,
    type: 'member',
    id,
    name,
    memberNumber: id,
    updatedAt: stampFrom('biuro'),
    updatedBy: 'biuro',
    ...extra,
  });
  const [first] = (await write([member('C-1', 'Celina Konflikt'), member('D-1', 'Dariusz Usunięty')])) as {
    rev: string;
  }[];
  const [, firstHash] = (first?.rev ?? '').split('-');
  // Two edits of the same revision, as a replication between two servers leaves them: two leaves.
  const history = (hash: string) => ({ start: 2, ids: [hash, firstHash] });
  await write(
    [
      {
        ...member('C-1', 'Celina Konflikt', { phone: '600 111 222' }),
        _rev: `2-${'a'.repeat(32)}`,
        _revisions: history('a'.repeat(32)),
      },
      {
        ...member('C-1', 'Celina Konflikt', { notes: 'Przynosi tablet', updatedAt: stampFrom('inny', 5) }),
        _rev: `2-${'b'.repeat(32)}`,
        _revisions: history('b'.repeat(32)),
      },
    ],
    false,
  );
  // Resolving a member's conflict deletes the losing revision, which the server rules leave to a
  // coordinator (an instructor's deletion of a member's revision could erase the member).
  const { context, page } = await openDevice(browser);
  await setUpSync(page, database, server.coordinator);
  await expect(page.getByText('Połączono 1 zapis zmieniony w dwóch miejscach naraz.')).toBeVisible();
  const conflicted = await fetch(`${server.url}/${database}/member:C-1?conflicts=true`, { headers: admin });
  const resolved = (await conflicted.json()) as Record<string, unknown>;
  expect(resolved._conflicts).toBeUndefined();
  expect(resolved).toMatchObject({ phone: '600 111 222', notes: 'Przynosi tablet' });

  await goInApp(page, '/staff/roster');
  await expect(page.getByRole('link', { name: /Dariusz Usunięty/ })).toBeVisible();
  await page.getByRole('link', { name: /Celina Konflikt/ }).click();
  await expect(page.getByLabel('Telefon (nieobowiązkowo)')).toHaveValue('600 111 222');
  await expect(page.getByLabel('Uwagi (nieobowiązkowo)')).toHaveValue('Przynosi tablet');

  // A coordinator deletes a member in CouchDB (Fauxton, a script): it leaves the device.
  const stored = (await (await fetch(`${server.url}/${database}/member:D-1`, { headers: admin })).json()) as {
    _rev: string;
  };
  await fetch(`${server.url}/${database}/member:D-1?rev=${stored._rev}`, {
    method: 'DELETE',
    headers: admin,
  });
  await goInApp(page, '/staff');
  await page.getByRole('link', { name: /Synchronizacja/ }).click();
  await page.getByRole('button', { name: 'Synchronizuj teraz' }).click();
  await expectSynced(page);
  await expect
    .poll(async () => (await storedRecords(page, 'members')).find((record) => record.id === 'D-1'), {
      timeout: 30_000,
    })
    .toEqual(expect.objectContaining({ deleted: true }));
  const tombstone = (await storedRecords(page, 'members')).find((record) => record.id === 'D-1');
  expect(tombstone?.name).toBeUndefined();
  await goInApp(page, '/staff/roster');
  await expect(page.getByRole('link', { name: /Celina Konflikt/ })).toBeVisible();
  await expect(page.getByText('Dariusz Usunięty')).toHaveCount(0);
  await context.close();
});
