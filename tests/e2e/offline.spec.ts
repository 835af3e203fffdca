import { expect, test } from '@playwright/test';
import { expectHeading, installApp, ROUTES, SAMPLE_LESSON } from './support/app';

test.describe('offline app', () => {
  test('says when it is ready offline, then loads every route with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByText('Aplikacja jest gotowa do pracy bez internetu.')).toBeVisible();

    await installApp(page);
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, ROUTES[0].heading);
    await expect(
      page.getByRole('status').filter({ hasText: 'Brak internetu — wszystko działa dalej' }),
    ).toBeVisible();

    for (const route of ROUTES) {
      await page.goto(route.path);
      await expectHeading(page, route.heading);
    }
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
