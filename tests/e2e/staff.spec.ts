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

test('the staff area locks itself after 10 idle minutes; five wrong PINs lock the gate for 5 minutes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/staff');
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Powtórz PIN').fill('2468');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');

  await page.clock.fastForward('09:00');
  await expectHeading(page, 'Strefa prowadzącego');
  await page.clock.fastForward('01:01');
  await expectHeading(page, 'Dla prowadzących');

  const pin = page.getByLabel('PIN', { exact: true });
  for (const left of ['4 próby', '3 próby', '2 próby']) {
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Odblokuj' }).click();
    await expect(page.getByRole('alert')).toContainText(`Zostały jeszcze ${left}.`);
  }
  await pin.fill('1111');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Została jeszcze 1 próba');
  await pin.fill('1111');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Za dużo błędnych prób.');
  await pin.fill('2468');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Za dużo błędnych prób.');
  await expectHeading(page, 'Dla prowadzących');

  await page.clock.fastForward('05:01');
  await pin.fill('2468');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
});
