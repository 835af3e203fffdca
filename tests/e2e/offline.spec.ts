import { expect, test } from '@playwright/test';
import { expectHeading, installApp, lessonTitle, ROUTES, SAMPLE_LESSON } from './support/app';
import { finish, next, step } from './support/lesson';

test.describe('offline app', () => {
  test('says when it is ready offline, then loads every route with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByText('Gotowe do pracy bez internetu.')).toBeVisible();

    await installApp(page);
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, ROUTES[0].heading);
    // Chromium's network emulation does not reach navigator.onLine of a document the service worker
    // served while "offline" (it reads true); applying it again makes the page see what a phone would.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect(
      page.getByRole('status').filter({ hasText: 'Brak internetu — wszystko działa dalej' }),
    ).toBeVisible();

    for (const route of ROUTES) {
      await page.goto(route.path);
      await expectHeading(page, route.heading);
    }
  });

  test('the first tab works offline as soon as it says so: a module and a whole lesson, no reload', async ({
    page,
    context,
  }) => {
    const failedImports: string[] = [];
    page.on('pageerror', (error) => failedImports.push(error.message));
    await page.goto('/');
    await expectHeading(page, ROUTES[0].heading);
    // A short line in the header, not a floating notice over the page; it goes by itself.
    const ready = page.locator('header').getByText('Gotowe do pracy bez internetu.');
    await expect(ready).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The learner walks out of the Wi-Fi in the same tab, without reloading.
    await context.setOffline(true);
    await page.getByRole('link', { name: /Sprawy urzędowe przez internet/ }).click();
    await expectHeading(page, 'Sprawy urzędowe przez internet');
    await page.getByRole('link', { name: lessonTitle('e-services', 'taxes') }).click();
    await expectHeading(page, lessonTitle('e-services', 'taxes'));
    await step(page, 'Krok 1 z 6', 'Twój e-PIT: zeznanie gotowe za Ciebie');
    await next(page);
    await step(page, 'Krok 2 z 6', 'Ćwiczenie: wejście do Twojego e-PIT');
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
    await page.getByRole('button', { name: /^Profil zaufany/ }).click();
    await page.getByLabel('Nazwa użytkownika lub adres e-mail').fill('jan');
    await page.getByLabel('Hasło').fill('zmyslone');
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
    const sms = await page.getByText(/^Kod do logowania: \d{6}\./).textContent();
    await page.getByLabel('Wpisz kod z SMS-a').fill(sms?.match(/\d{6}/)?.[0] ?? '');
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect(page.getByText('Logowanie udane.')).toBeVisible();
    await next(page);
    await next(page);
    await next(page);
    await step(page, 'Krok 5 z 6', 'Sprawdź się: PIT emeryta');
    await page
      .getByRole('radio', {
        name: 'Sprawdzić PIT-37, który przygotował Twój e-PIT (wspólne rozliczenie, ulgi).',
      })
      .check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
    await next(page);
    await finish(page);
    await expect(page.getByRole('heading', { name: 'Coś poszło nie tak' })).toHaveCount(0);
    expect(
      failedImports.filter((message) => /dynamically imported module|Importing a module/i.test(message)),
    ).toEqual([]);
    await expect(ready).toBeHidden({ timeout: 15_000 });
  });

  test('navigates by links with the network off and always offers the way home', async ({
    page,
    context,
  }) => {
    await installApp(page);
    await context.setOffline(true);
    await page.reload();

    await page.getByRole('link', { name: /Komunikatory i rozmowy z rodziną/ }).click();
    await expectHeading(page, 'Komunikatory i rozmowy z rodziną');
    await page.getByRole('link', { name: SAMPLE_LESSON.title }).click();
    await expectHeading(page, SAMPLE_LESSON.title);
    await page.getByRole('link', { name: 'Strona główna' }).click();
    await expectHeading(page, ROUTES[0].heading);

    await page.getByRole('link', { name: 'Moje postępy' }).click();
    await expectHeading(page, 'Moje postępy');
    await page.getByRole('link', { name: 'Ustawienia' }).click();
    await expectHeading(page, 'Ustawienia');
    await page.getByRole('link', { name: 'Dla prowadzących' }).click();
    await expectHeading(page, 'Dla prowadzących');
  });
});
