import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { installApp, SAMPLE_LESSON, waitForProgressSaved } from './support/app';

test('a lesson closed midway reopens offline at the same step', async ({ context, page }) => {
  await installApp(page);
  await context.setOffline(true);
  await page.goto(SAMPLE_LESSON.path);
  await expect(page.getByText(/^Krok 1 z \d+$/)).toBeVisible();
  const total = Number((await page.getByText(/^Krok 1 z \d+$/).textContent())?.match(/z (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Dalej' }).click();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();
  const stepTitle = await page.getByRole('heading', { level: 2 }).textContent();
  await waitForProgressSaved(page, 2);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(SAMPLE_LESSON.path);
  await expect(reopened.getByText(`Krok 3 z ${total}`, { exact: true })).toBeVisible();
  await expect(reopened.getByRole('heading', { level: 2 })).toHaveText(stepTitle ?? '');
});

test('the lesson player has no accessibility violations on any step of a lesson', async ({ page }) => {
  // One axe scan per step: on a busy two-core machine ten scans can pass the default 30 s.
  test.setTimeout(90_000);
  await page.goto('/modules/messengers/lessons/scams');
  const count = page.getByText(/^Krok \d+ z \d+$/);
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())?.match(/z (\d+)/)?.[1]);
  for (let step = 1; step <= total; step += 1) {
    await expect(page.getByText(`Krok ${step} z ${total}`)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `step ${step}: ${violation.id}: ${violation.help}`)).toEqual(
      [],
    );
    if (step < total) await page.getByRole('button', { name: 'Dalej' }).click();
  }
  await page.getByRole('button', { name: 'Zakończ lekcję' }).click();
  await expect(page.getByRole('heading', { name: 'Lekcja ukończona' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

/** The stored progress of one lesson of the default learner, read straight from IndexedDB. */
async function storedProgress(page: Page, lessonId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ step: number; quiz?: Record<string, { correct: boolean }> } | undefined>(
        (resolve, reject) => {
          const open = indexedDB.open('krok-po-kroku');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const read = open.result.transaction('progress').objectStore('progress').get(`default:${id}`);
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error);
          };
        },
      ),
    lessonId,
  );
}

for (const order of ['the older tab saves last', 'the further tab saves last'] as const) {
  test(`two tabs of one lesson never move the learner backwards: ${order}`, async ({ context, page }) => {
    const lesson = '/modules/e-services/lessons/taxes';
    await page.goto(lesson);
    await expect(page.getByText('Krok 1 z 6', { exact: true })).toBeVisible();
    const older = await context.newPage();
    await older.goto(lesson);
    await expect(older.getByText('Krok 1 z 6', { exact: true })).toBeVisible();

    const further = async () => {
      for (let step = 1; step < 5; step += 1) await page.getByRole('button', { name: 'Dalej' }).click();
      await expect(page.getByText('Krok 5 z 6', { exact: true })).toBeVisible();
      await page
        .getByRole('radio', {
          name: 'Sprawdzić PIT-37, który przygotował Twój e-PIT (wspólne rozliczenie, ulgi).',
        })
        .check();
      await page.getByRole('button', { name: 'Sprawdź' }).click();
      await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
      await waitForProgressSaved(page, 4);
    };
    const behind = async () => {
      await older.getByRole('button', { name: 'Dalej' }).click();
      await expect(older.getByText('Krok 2 z 6', { exact: true })).toBeVisible();
      await waitForProgressSaved(older, 1);
    };
    if (order === 'the older tab saves last') {
      await further();
      await behind();
    } else {
      await behind();
      await further();
    }

    expect(await storedProgress(page, 'taxes')).toMatchObject({
      step: 4,
      quiz: { quizPit: { correct: true } },
    });
    await older.reload();
    await expect(older.getByText('Krok 5 z 6', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Krok 5 z 6', { exact: true })).toBeVisible();
  });
}
