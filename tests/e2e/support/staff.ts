// Helpers for the staff (workshops) specs: the PIN, in-app navigation, reading IndexedDB directly.
import { expect, type Page } from '@playwright/test';
import { expectHeading } from './app';

/** The first member of the demo group (the staff home's "Wypełnij przykładowymi danymi"). */
export const DEMO_MEMBER = { name: 'Halina Wiśniewska', number: 'UTW-101' };

/** Navigates inside the app (a reload would lock the staff area, which lives in memory only). */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

export async function setPin(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Dla prowadzących' }).click();
  await expectHeading(page, 'Dla prowadzących');
  await page.getByLabel('PIN', { exact: true }).fill('402917');
  await page.getByLabel('Powtórz PIN').fill('402917');
  await page.getByRole('button', { name: 'Ustaw PIN' }).click();
  await expectHeading(page, 'Strefa prowadzącego');
}

/** Every record of a synced table, read straight from IndexedDB. */
export async function storedRecords(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('krok-po-kroku');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export function expectEnvelope(record: Record<string, unknown>): void {
  expect(record).toEqual(
    expect.objectContaining({
      id: expect.any(String),
      updatedAt: expect.any(String),
      updatedBy: expect.any(String),
      dirty: 1,
    }),
  );
}

/** WCAG 2.5.5 (AAA) asks 44 CSS px; the project's target is 48 px for unsteady hands. */
const MIN_TARGET_PX = 48;

/** Visible controls smaller than 48 × 48 px, described for an assertion message. */
export async function undersizedTargets(page: Page): Promise<string[]> {
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
