import { expect, test } from '@playwright/test';
import { expectHeading } from './support/app';

test.describe('language', () => {
  test('switching to English changes the page, <html lang> and the manifest, and is remembered', async ({
    page,
  }) => {
    await page.goto('/settings');
    await expectHeading(page, 'Ustawienia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

    await page.getByRole('radio', { name: 'English' }).check();
    await expectHeading(page, 'Settings');
    // The page is not replaced while the new words load: focus stays where the learner is.
    await expect(page.getByRole('radio', { name: 'English' })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.en.webmanifest');
    const manifest = await page.evaluate(async () => (await fetch('/manifest.en.webmanifest')).json());
    expect(manifest).toMatchObject({ lang: 'en', short_name: 'Step by step' });

    await page.reload();
    await expectHeading(page, 'Settings');
    await page.getByRole('link', { name: 'Home' }).click();
    await expectHeading(page, 'What would you like to learn today?');
    await expect(page.getByText('4 lessons').first()).toBeVisible();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Polski' }).check();
    await expectHeading(page, 'Ustawienia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });

  test('Polish plural forms read naturally on the home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('6 lekcji')).toBeVisible();
    await expect(page.getByText('4 lekcje').first()).toBeVisible();
    await expect(page.getByText('3 lekcje')).toBeVisible();
  });
});
