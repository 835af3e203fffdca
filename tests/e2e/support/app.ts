// Shared helpers for the end-to-end specs: the app's routes and the service-worker handshake.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

type LessonWords = { lessons: Record<string, { title: string }> };
/** A lesson's Polish title, read from its locale file so the specs follow the content. */
export function lessonTitle(namespace: string, lessonKey: string): string {
  const url = new URL(`../../../locales/pl/${namespace}.json`, import.meta.url);
  const words = JSON.parse(readFileSync(url, 'utf8')) as LessonWords;
  return words.lessons[lessonKey]?.title ?? `(no title for ${lessonKey})`;
}

/** The lesson the cross-cutting specs use (resume, profiles, export): any lesson would do. */
export const SAMPLE_LESSON = {
  path: '/modules/messengers/lessons/messages-photos-voice',
  title: lessonTitle('messengers', 'messagesPhotosVoice'),
};

/** One URL per route of the app, with the heading each shows in Polish. */
export const ROUTES = [
  { path: '/', heading: 'Czego chcesz się dziś nauczyć?' },
  { path: '/modules/buses', heading: 'Autobusy i bilety' },
  { path: SAMPLE_LESSON.path, heading: SAMPLE_LESSON.title },
  { path: '/progress', heading: 'Moje postępy' },
  { path: '/settings', heading: 'Ustawienia' },
  { path: '/staff', heading: 'Dla prowadzących' },
  { path: '/accessibility', heading: 'Deklaracja dostępności' },
  { path: '/no-such-page', heading: 'Nie ma takiej strony' },
] as const;

/**
 * The staff screens with fixed addresses and the heading each shows once the staff area is unlocked
 * (locked, every /staff/* address shows the PIN gate, "Dla prowadzących"). The screens of one member,
 * group or session need ids; tests/e2e/workshops.spec.ts adds them after filling the demo data.
 */
export const STAFF_ROUTES = [
  { path: '/staff', heading: 'Strefa prowadzącego' },
  { path: '/staff/roster', heading: 'Uczestnicy' },
  { path: '/staff/roster/new', heading: 'Nowy uczestnik' },
  { path: '/staff/roster/import', heading: 'Wczytaj listę z pliku' },
  { path: '/staff/groups', heading: 'Grupy i semestry' },
  { path: '/staff/groups/new', heading: 'Nowa grupa' },
  { path: '/staff/sessions', heading: 'Zajęcia i obecność' },
  { path: '/staff/projector', heading: 'Lekcja na rzutniku' },
  {
    path: SAMPLE_LESSON.path.replace('/modules/', '/staff/projector/').replace('/lessons/', '/'),
    heading: SAMPLE_LESSON.title,
  },
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

/**
 * Waits until the lesson player has committed `count` progress saves in IndexedDB (its
 * `kpk:progress-save` measures). Closing or leaving the page before that would abort the write.
 */
export async function waitForProgressSaved(page: Page, count: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('kpk:progress-save').length))
    .toBeGreaterThanOrEqual(count);
}

/**
 * What sticks out sideways: the page's overflow against its real width (under Chromium's mobile
 * emulation `innerWidth` grows with the content, `clientWidth` does not) and the outermost elements
 * whose right edge passes it and that no scrolling box clips, named by tag, class and the start of
 * their text, so a failure says where to look.
 */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
    const clips = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    const culprits: string[] = [];
    const visit = (element: Element) => {
      for (const child of element.children) {
        if (culprits.length >= 5) return;
        if (sticksOut(child)) {
          const name = `${child.tagName.toLowerCase()}${child.className ? `.${String(child.className).split(' ').join('.')}` : ''}`;
          const text = (child.textContent ?? '').trim().slice(0, 30);
          culprits.push(`${name} "${text}" ends at ${Math.round(child.getBoundingClientRect().right)}`);
        } else if (!clips(child)) visit(child);
      }
    };
    if (overflow > 0) visit(document.body);
    return { overflow, culprits };
  });
}
