// Shared helpers for the end-to-end specs: the app's routes and the service-worker handshake.
import { expect, type Page } from '@playwright/test';

/** One URL per route of the app, with the heading each shows in Polish. */
export const ROUTES = [
  { path: '/', heading: 'Czego chcesz się dziś nauczyć?' },
  { path: '/modules/buses', heading: 'Autobusy i bilety' },
  { path: '/modules/buses/lessons/stop-timetable', heading: 'Rozkład jazdy na przystanku' },
  { path: '/progress', heading: 'Moje postępy' },
  { path: '/settings', heading: 'Ustawienia' },
  { path: '/staff', heading: 'Dla prowadzących' },
  { path: '/accessibility', heading: 'Deklaracja dostępności' },
  { path: '/no-such-page', heading: 'Nie ma takiej strony' },
] as const;

/** Opens the app and waits until its service worker controls the page (the second load is controlled). */
export async function installApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0].heading);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}
