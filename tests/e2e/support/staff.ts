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
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Powtórz PIN').fill('2468');
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
