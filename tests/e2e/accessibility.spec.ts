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
      .filter(
        (element) => element.getClientRects().length > 0 && !element.closest('.skip-link, .visually-hidden'),
      )
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TARGET_PX);
}

const VIEWS = [
  { name: '100 %, standard colours', textSize: 100, theme: 'standard' },
  { name: '200 %, standard colours', textSize: 200, theme: 'standard' },
  { name: '100 %, high contrast', textSize: 100, theme: 'contrast' },
  { name: '200 %, high contrast', textSize: 200, theme: 'contrast' },
] as const;

test.describe('accessibility', () => {
  for (const view of VIEWS) {
    test.describe(view.name, () => {
      test.beforeEach(async ({ page }) => {
        await page.addInitScript(
          (preferences) => {
            localStorage.setItem('kpk.preferences', JSON.stringify(preferences));
          },
          { textSize: view.textSize, theme: view.theme, welcomed: view.textSize === 200 },
        );
      });

      for (const route of ROUTES) {
        test(`axe finds no violations and targets are at least 48 px on ${route.path}`, async ({ page }) => {
          await page.goto(route.path);
          await expectHeading(page, route.heading);
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
          expect(await undersizedTargets(page)).toEqual([]);
        });
      }
    });
  }

  for (const width of [320, 360]) {
    test(`every route reflows at ${width} px with 200 % text in high contrast; headings keep words whole`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        localStorage.setItem(
          'kpk.preferences',
          JSON.stringify({ textSize: 200, theme: 'contrast', welcomed: true }),
        );
      });
      await page.setViewportSize({ width, height: 720 });
      for (const route of ROUTES) {
        await page.goto(route.path);
        await expectHeading(page, route.heading);
        // Measured against the page's real width: under mobile emulation innerWidth grows with the content.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${route.path} scrolls sideways by`).toBeLessThanOrEqual(0);
        const measured = await page.evaluate(() => {
          const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
          const h1 = Number.parseFloat(getComputedStyle(document.querySelector('h1') as Element).fontSize);
          // A word of a heading drawn on two lines was split inside the word.
          const split: string[] = [];
          for (const heading of document.querySelectorAll('h1, h2, h3')) {
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              // A compound may break at its hyphen ("wnioskowo-/skargowa"); a part may not.
              for (const match of text.matchAll(/[^\s-]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index ?? 0);
                range.setEnd(node, (match.index ?? 0) + match[0].length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (lines.size > 1) split.push(match[0]);
              }
            }
          }
          return { body, h1, split };
        });
        expect(measured.h1, `${route.path}: h1 at least the body size`).toBeGreaterThanOrEqual(measured.body);
        expect(measured.h1, `${route.path}: h1 grows less than body text`).toBeLessThanOrEqual(
          measured.body * 1.3,
        );
        expect(measured.split, `${route.path}: heading words split across lines`).toEqual([]);
      }
    });
  }

  test("the phone's reduce-motion setting removes every transition, as the app's own setting does", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expectHeading(page, route.heading);
      const moving = await page.evaluate(
        () =>
          [...document.querySelectorAll('body *')]
            .map((element) => getComputedStyle(element))
            .filter(
              (style) =>
                style.transitionDuration.split(',').some((value) => Number.parseFloat(value) > 0) ||
                style.animationName !== 'none',
            ).length,
      );
      expect(moving, `${route.path}: elements still moving`).toBe(0);
    }
  });

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
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Dla prowadzących');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Dla prowadzących');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
