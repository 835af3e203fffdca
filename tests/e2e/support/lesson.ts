// Shared helpers for the lesson specs (tests/e2e/lesson-<module>.spec.ts): opening a module's lesson
// offline from the home page, walking its steps, and checking each simulation screen with axe and the
// 48 px touch-target rule.
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { expectHeading, installApp } from './app';

/** The project's touch target: 48 CSS px for unsteady hands. */
export const MIN_TARGET_PX = 48;

/**
 * Axe finds nothing on the page, and every control of the simulation is at least 48 px each way
 * (a checkbox is measured with its label, which is what the finger touches).
 */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => `${where}: ${violation.id}: ${violation.help}`)).toEqual([]);
  const small = await page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.practice__screen :is(button, input, a[href], summary)',
    );
    return [...controls]
      .map((control) => control.closest('label') ?? control)
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ element, box }) =>
          `${element.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TARGET_PX);
  expect(small, `${where}: controls smaller than ${MIN_TARGET_PX} px`).toEqual([]);
}

/** Installs the app, turns the network off, and opens a lesson of a module from the home page. */
export async function openLessonOffline(
  page: Page,
  context: BrowserContext,
  moduleTitle: string,
  title: string,
): Promise<void> {
  await installApp(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: new RegExp(moduleTitle) }).click();
  await expectHeading(page, moduleTitle);
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expectHeading(page, title);
  const dismiss = page.getByRole('button', { name: 'Rozumiem' });
  if (await dismiss.isVisible()) await dismiss.click();
}

/** Checks the step's place and title. */
export async function step(page: Page, count: string, title: string): Promise<void> {
  await expect(page.getByText(count, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
}

/** Goes on with "Dalej". */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dalej', exact: true }).click();
}

/** Ends the lesson on its last step and checks the "finished" screen. */
export async function finish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zakończ lekcję' }).click();
  await expect(page.getByRole('heading', { name: 'Lekcja ukończona' })).toBeVisible();
}

/** The practice frame's "done" callout. */
export const done = (page: Page) => page.locator('.callout--success');

/**
 * Sets 200 % text in high contrast on a 360 px phone; returns a check that the page does not scroll
 * sideways and has no accessibility violations.
 */
export async function bigTextOnPhone(page: Page): Promise<(where: string) => Promise<void>> {
  await page.addInitScript(() => {
    localStorage.setItem(
      'kpk.preferences',
      JSON.stringify({ textSize: 200, theme: 'contrast', welcomed: true }),
    );
  });
  await page.setViewportSize({ width: 360, height: 800 });
  return async (where: string) => {
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${where}: scroll width`,
    ).toBeLessThanOrEqual(360);
    await expectNoViolations(page, where);
  };
}

/** Waits until the learner's 200 % text is in force: 125 % base × 200 % = 40 px. */
export async function expectBigText(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe('40px');
}
