import { expect, type Page, test } from '@playwright/test';
import { expectHeading } from './support/app';
import { goInApp } from './support/staff';

test('the staff area asks for a PIN to be set, then locks and unlocks with it', async ({ page }) => {
  await page.goto('/staff');
  await expectHeading(page, 'Dla prowadzących');
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByLabel('Powtórz PIN').fill('402918');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN-y się różnią. Wpisz ten sam PIN dwa razy.');

  await page.getByLabel('Powtórz PIN').fill('402917');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
  await page.getByRole('button', { name: 'Zablokuj' }).click();

  await page.reload();
  await page.getByLabel('PIN', { exact: true }).fill('915372');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toHaveText('Ten PIN jest nieprawidłowy. Zostały jeszcze 4 próby.');
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
});

test('the staff area locks itself after 10 idle minutes; five wrong PINs lock the gate for 5 minutes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/staff');
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByLabel('Powtórz PIN').fill('402917');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');

  await page.clock.fastForward('09:00');
  await expectHeading(page, 'Strefa prowadzącego');
  await page.clock.fastForward('01:01');
  await expectHeading(page, 'Dla prowadzących');

  const pin = page.getByLabel('PIN', { exact: true });
  for (const left of ['4 próby', '3 próby', '2 próby']) {
    await pin.fill('915372');
    await page.getByRole('button', { name: 'Odblokuj' }).click();
    await expect(page.getByRole('alert')).toContainText(`Zostały jeszcze ${left}.`);
  }
  await pin.fill('915372');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Została jeszcze 1 próba');
  await pin.fill('915372');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Za dużo błędnych prób.');
  await pin.fill('402917');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByRole('alert')).toContainText('Za dużo błędnych prób.');
  await expectHeading(page, 'Dla prowadzących');

  await page.clock.fastForward('05:01');
  await pin.fill('402917');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
});

test('the staff lock holds: leaving the area, the idle time and a hidden tab lock it; PINs tried at once from three tabs all count', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await page.goto('/staff');
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByLabel('Powtórz PIN').fill('402917');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');

  // Staff go home and leave the tablet; much later a learner opens the roster's address.
  await page.getByRole('banner').getByRole('link', { name: 'Strona główna' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Strefa prowadzącego');
  await page.clock.fastForward('11:00');
  await goInApp(page, '/staff/roster');
  await expectHeading(page, 'Dla prowadzących');
  await expect(page.getByLabel('PIN', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Uczestnicy/ })).toHaveCount(0);

  // Unlocked again, the tab is hidden (another app, the screen off) and shown: locked.
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expectHeading(page, 'Uczestnicy');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.evaluate(() => {
    Reflect.deleteProperty(document, 'visibilityState');
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectHeading(page, 'Dla prowadzących');

  // Twenty-one wrong PINs sent at once from three tabs: every one counts, the gate stays locked.
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs.slice(1)) {
    await tab.goto('/staff');
    await expectHeading(tab, 'Dla prowadzących');
  }
  await Promise.all(
    tabs.map(async (tab) => {
      await tab.getByLabel('PIN', { exact: true }).fill('915372');
      await tab.evaluate(() => {
        const form = document.querySelector('main form') as HTMLFormElement;
        for (let send = 0; send < 7; send += 1) form.requestSubmit();
      });
    }),
  );
  for (const tab of tabs) await expect(tab.getByRole('alert')).toBeVisible();
  const second = tabs[1] as Page;
  await second.getByLabel('PIN', { exact: true }).fill('402917');
  await second.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(second.getByRole('alert')).toContainText('Za dużo błędnych prób.');
  await second.reload();
  await second.getByLabel('PIN', { exact: true }).fill('402917');
  await second.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(second.getByRole('alert')).toContainText('Za dużo błędnych prób.');
});
