import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { installApp, SAMPLE_LESSON, waitForProgressSaved } from './support/app';

const LESSON = SAMPLE_LESSON.path;

async function stepCount(page: Page) {
  const text = await page.getByText(/^Krok \d+ z \d+$/).textContent();
  const [, current, total] = text?.match(/Krok (\d+) z (\d+)/) ?? [];
  return { current: Number(current), total: Number(total) };
}

test.describe('the learner', () => {
  test('first start: language and text size with a live preview, then straight to learning', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeVisible();
    const before = await page.getByRole('heading', { level: 1 }).boundingBox();
    await page.getByRole('radio', { name: 'Duży (150 %)' }).check();
    const after = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(after?.height ?? 0).toBeGreaterThan(before?.height ?? 0);
    await page.getByRole('button', { name: 'Zaczynamy' }).click();
    await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('187.5%');
  });

  test('a lesson begun, closed and reopened offline continues at the same step from the home page', async ({
    context,
    page,
  }) => {
    await installApp(page);
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByRole('button', { name: 'Dalej' }).click();
    const { total } = await stepCount(page);
    const title = await page.getByRole('heading', { level: 2 }).textContent();
    await waitForProgressSaved(page, 2);
    await page.close();

    await context.setOffline(true);
    const reopened = await context.newPage();
    await reopened.goto('/');
    await reopened.getByRole('link', { name: /Kontynuuj/ }).click();
    await expect(reopened.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();
    await expect(reopened.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  });

  test('two learners on one device keep separate progress', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('Twoje imię').fill('Jan');
    await page.getByLabel('Imię nowej osoby').fill('Ewa');
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await expect(page.getByRole('button', { name: 'Uczy się: Ewa' })).toBeVisible();

    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Dalej' }).click();
    await expect(page.getByText(/^Krok 2 z/)).toBeVisible();
    await waitForProgressSaved(page, 1);

    await page.getByRole('button', { name: 'Uczy się: Ewa' }).click();
    await page.getByRole('button', { name: 'Jan' }).click();
    await expect(page.getByRole('button', { name: 'Uczy się: Jan' })).toBeVisible();
    await page.goto(LESSON);
    await expect(page.getByText(/^Krok 1 z/)).toBeVisible();

    await page.getByRole('button', { name: 'Uczy się: Jan' }).click();
    await page.getByRole('button', { name: 'Ewa' }).click();
    await expect(page.getByRole('button', { name: 'Uczy się: Ewa' })).toBeVisible();
    await page.goto(LESSON);
    await expect(page.getByText(/^Krok 2 z/)).toBeVisible();
  });

  test('progress exported from one phone is restored on another; a damaged file changes nothing', async ({
    browser,
    page,
  }) => {
    await page.goto(LESSON);
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Dalej' }).click();
    await waitForProgressSaved(page, 3);
    await page.goto('/settings');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Zapisz moje postępy do pliku' }).click();
    const file = await (await download).path();
    const contents = readFileSync(file, 'utf8');

    const newPhone = await browser.newContext();
    const phone = await newPhone.newPage();
    await phone.goto('/settings');
    await phone
      .locator('input[type="file"]')
      .setInputFiles({ name: 'postepy.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    await expect(phone.getByText('Wczytano postępy z 1 lekcji.')).toBeVisible();
    await phone.goto(LESSON);
    await expect(phone.getByText(/^Krok 4 z/)).toBeVisible();

    await phone.goto('/settings');
    await phone.locator('input[type="file"]').setInputFiles({
      name: 'zepsuty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(contents.slice(0, 60)),
    });
    await expect(phone.getByText(/Ten plik nie jest plikiem z postępami/)).toBeVisible();
    await phone.goto(LESSON);
    await expect(phone.getByText(/^Krok 4 z/)).toBeVisible();
    await newPhone.close();
  });
});
