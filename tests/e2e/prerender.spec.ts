// Pages prerendered into the HTML (the home page, every lesson): on screen before any app script runs,
// fitted to the visit by boot.js (no welcome for a returning learner; a lesson's first step only on a
// device with no progress; nothing on other pages or in other languages), and taken over by the live
// app without a second copy, a lost tap or an error.
import { expect, type Page, test } from '@playwright/test';
import { ROUTES, SAMPLE_LESSON } from './support/app';

const LIVE = 'html[data-prerendered="live"]';

const HOME_HEADING = ROUTES[0].heading;

/** Stops the app's own scripts, so that what is on screen is the HTML and boot.js alone. */
async function withoutAppScripts(page: Page): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.abort());
}

test.describe('prerendered home page', () => {
  test.use({ javaScriptEnabled: false });

  test('is readable with no scripts at all', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
    await expect(page.getByRole('link', { name: /Autobusy i bilety/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeVisible();
  });
});

test('before the app loads, a first visit sees the whole home page and a returning learner no welcome', async ({
  page,
}) => {
  await withoutAppScripts(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
  await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeVisible();

  await page.evaluate(() =>
    localStorage.setItem('kpk.preferences', JSON.stringify({ welcomed: true, textSize: 150 })),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
  await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('187.5%');
});

test('before the app loads, other pages and other languages show nothing of the home page', async ({
  page,
}) => {
  await withoutAppScripts(page);
  await page.goto('/settings');
  await expect(page.getByText(HOME_HEADING)).toBeHidden();
  await page.evaluate(() => localStorage.setItem('kpk.language', 'en'));
  await page.goto('/');
  await expect(page.getByText(HOME_HEADING)).toBeHidden();
});

test('taps made before the app has loaded are not lost', async ({ page }) => {
  // The app's entry script arrives two seconds late, as on a slow phone.
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html[data-prerendered="first-visit"]')).toHaveCount(1);
  await page.getByRole('radio', { name: 'Duży (150 %)' }).check();
  await page.getByRole('button', { name: 'Zaczynamy' }).click();
  await expect(page.locator(LIVE)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('187.5%');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING);
  await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeHidden();
});

test('the live app replaces the prerendered page: one copy, working', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator(LIVE)).toHaveCount(1);
  await page.getByRole('button', { name: 'Zaczynamy' }).click();
  await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await page.getByRole('link', { name: /Autobusy i bilety/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[1].heading);
  expect(errors).toEqual([]);
});

test('a lesson opened by its address shows its first step before the app loads, then works', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(SAMPLE_LESSON.path, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html[data-prerendered="first-visit"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_LESSON.title);
  await expect(page.getByText(/^Krok 1 z \d+$/)).toBeVisible();
  await expect(page).toHaveTitle(`${SAMPLE_LESSON.title} — Krok po kroku`);

  // Three taps on "Dalej" before the app is live: none is lost.
  for (let tap = 0; tap < 3; tap += 1) await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.locator(LIVE)).toHaveCount(1);
  await expect(page.getByText(/^Krok 4 z \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText(/^Krok 5 z \d+$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a lesson is not shown at its first step before the app loads on a device with progress', async ({
  page,
}) => {
  await page.goto(SAMPLE_LESSON.path);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText(/^Krok 2 z \d+$/)).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kpk.hasProgress'))).toBe('1');
  await withoutAppScripts(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByText(/^Krok 1 z \d+$/)).toBeHidden();
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByText(/^Krok 2 z \d+$/)).toBeVisible();
});
