import { expect, test } from '@playwright/test';
import { expectHeading } from './support/app';

test('the staff area asks for a PIN to be set, then locks and unlocks with it', async ({ page }) => {
  await page.goto('/staff');
  await expectHeading(page, 'Dla prowadzących');
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Powtórz PIN').fill('2469');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN-y się różnią. Wpisz ten sam PIN dwa razy.');

  await page.getByLabel('Powtórz PIN').fill('2468');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
  await page.getByRole('button', { name: 'Zablokuj' }).click();

  await page.reload();
  await page.getByLabel('PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toHaveText('Ten PIN jest nieprawidłowy. Zostały jeszcze 4 próby.');
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
});
