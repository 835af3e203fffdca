import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectHeading, ROUTES } from './support/app';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.5.5 (AAA) asks 44 CSS px; the project's target is 48 px for unsteady hands. */
const MIN_TARGET_PX = 48;

async function undersizedTargets(page: Page) {
  return page.evaluate((min) => {
    const selector =
      'a[href], button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, label:has(input)';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.skip-link'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TARGET_PX);
}

test.describe('accessibility', () => {
  for (const route of ROUTES) {
    test(`axe finds no violations and targets are at least 48 px on ${route.path}`, async ({ page }) => {
      await page.goto(route.path);
      await expectHeading(page, route.heading);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await undersizedTargets(page)).toEqual([]);
    });
  }

  test('the staff PIN forms have no violations, with and without an error shown', async ({ page }) => {
    await page.goto('/staff');
    await page.getByRole('button', { name: 'Ustaw PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText('PIN musi mieć od 4 do 8 cyfr.');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('every page can be reached from the home page by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await expectHeading(page, ROUTES[0].heading);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Przejdź do treści' })).toBeFocused();
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('Dla prowadzących')) break;
    }
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Dla prowadzących');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
