// The 'buses' module end to end, offline: lessons opened from the home page and completed with their
// simulations (bus-timetable and ticket-purchase) and quizzes, and every simulation screen checked
// with axe, at phone size and at 200 % text in high contrast.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { lessonTitle } from './support/app';
import {
  bigTextOnPhone,
  done,
  expectBigText,
  expectNoViolations,
  finish,
  next,
  openLessonOffline as openModuleLesson,
  step,
} from './support/lesson';

const MODULE_TITLE = 'Autobusy i bilety';

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

/** Takes a BLIK code in the pretend bank app and returns to the ticket app with it. */
async function takeCode(page: Page): Promise<string> {
  await button(page, 'Otwórz aplikację banku').click();
  await expect(page.getByRole('heading', { name: 'Kod BLIK' })).toBeFocused();
  await button(page, 'Pokaż kod BLIK').click();
  const code = (await page.locator('.ticket-purchase__code').textContent())?.replace(/\s/g, '') ?? '';
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

const openLessonOffline = (page: Page, context: BrowserContext, title: string) =>
  openModuleLesson(page, context, MODULE_TITLE, title);

test.describe('buses lessons', () => {
  test('a ticket on the phone offline: the purchase with BLIK and the quizzes, start to finish', async ({
    page,
    context,
  }) => {
    // Ten steps and eight axe scans: more than the default 30 s on a busy two-core machine.
    test.setTimeout(90_000);
    await openLessonOffline(page, context, lessonTitle('buses', 'phoneTicket'));
    await step(page, 'Krok 1 z 10', 'Co to jest bilet w telefonie');
    await next(page);
    await step(page, 'Krok 2 z 10', 'Jak kupić bilet w aplikacji');
    await next(page);
    await step(page, 'Krok 3 z 10', 'Płacenie kodem BLIK');
    await expect(page.getByText(/^Nigdy nie podawaj nikomu kodu BLIK/)).toBeVisible();
    await next(page);
    await step(page, 'Krok 4 z 10', 'Gdy kod wygaśnie');
    await next(page);

    await step(page, 'Krok 5 z 10', 'Ćwiczenie: kup bilet i zapłać kodem BLIK');
    await expect(page.getByText('Bilety (ćwiczenie)')).toBeVisible();
    await expectNoViolations(page, 'ticket app home');
    await button(page, 'Komunikacja miejska').click();
    await button(page, 'Kraków').click();
    await expect(page.getByText(/Jedziesz do miasta: Bielsko-Biała\.$/)).toBeVisible();
    await expectNoViolations(page, 'cities with a mistake');
    await button(page, 'Bielsko-Biała').click();
    await button(page, /^Bilet jednorazowy ulgowy/).click();
    await expect(page.locator('.ticket-purchase__status')).toContainText('nie masz prawa do ulgi');
    await expectNoViolations(page, 'tickets with a hint');
    await button(page, /^Bilet 60-minutowy normalny/).click();
    await expect(page.getByRole('heading', { name: 'Sprawdź, co kupujesz' })).toBeFocused();
    await button(page, 'Zapłać kodem BLIK').click();
    const code = await takeCode(page);
    await expect(page.getByText(/^Ważny jeszcze [12]:\d\d$/)).toBeVisible();
    await expectNoViolations(page, 'bank with a code');
    await button(page, 'Wróć do aplikacji Bilety').click();
    const field = page.getByRole('textbox', { name: 'Kod BLIK' });
    await field.fill('12');
    await expect(field).toHaveValue('12');
    await button(page, 'Zapłać').click();
    await expect(page.getByText(/^Kod BLIK ma dokładnie 6 cyfr\./)).toBeVisible();
    await expectNoViolations(page, 'code entry with a mistake');
    await field.fill(code);
    await expect(field).toHaveValue(code);
    await button(page, 'Zapłać').click();
    await expect(page.getByRole('heading', { name: 'Potwierdź płatność BLIK' })).toBeFocused();
    await expectNoViolations(page, 'bank confirmation');
    await button(page, 'Potwierdzam').click();
    await expect(page.getByRole('heading', { name: 'Twój bilet' })).toBeFocused();
    await expect(page.getByText(/^do godziny \d{1,2}:\d\d$/)).toBeVisible();
    await expect(done(page)).toContainText('Kupujesz bilet krok po kroku');
    await expectNoViolations(page, 'the ticket');
    await next(page);

    await step(page, 'Krok 6 z 10', 'Kontrola biletów i rozładowany telefon');
    await next(page);
    await step(page, 'Krok 7 z 10', 'Sprawdź się: prośba o kod BLIK');
    await page.getByRole('radio', { name: 'Podaję kod, bo ktoś chce mi oddać pieniądze.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText(/^Nie\. Kto zna Twój kod BLIK/)).toBeVisible();
    await page.getByRole('radio', { name: 'Nie podaję kodu i kończę rozmowę.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
    await next(page);

    await step(page, 'Krok 8 z 10', 'Sprawdź się: bilet w telefonie');
    await page
      .getByRole('checkbox', { name: 'Kupiony bilet otworzę w aplikacji nawet bez internetu.' })
      .check();
    await page.getByRole('checkbox', { name: 'W moBILET bilet kupuję, zanim wsiądę do autobusu.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
    await next(page);
    await step(page, 'Krok 9 z 10', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 10 z 10', 'Podsumowanie');
    await finish(page);
  });

  test('the timetable at the stop offline: the next bus found on the right table', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('buses', 'stopTimetable'));
    for (let count = 1; count < 5; count += 1) await next(page);
    await step(page, 'Krok 5 z 9', 'Ćwiczenie: kiedy najbliższy autobus?');
    await expect(page.getByText('Rozkład jazdy na przystanku (ćwiczenie)')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Linia 4\. Dni robocze/ })).toBeVisible();
    await expectNoViolations(page, 'timetable');
    await button(page, '9:05').click();
    await expect(page.getByText(/^Ten odjazd jest z innego rozkładu\./)).toBeVisible();
    await expectNoViolations(page, 'timetable with a mistake');
    await button(page, 'Soboty').click();
    await expect(button(page, 'Soboty')).toHaveAttribute('aria-pressed', 'true');
    await button(page, '9:55').click();
    await expect(page.locator('.bus-timetable__result')).toBeFocused();
    await expect(page.getByText('Dobrze. Najbliższy autobus odjeżdża o 9:55.')).toBeVisible();
    await expectNoViolations(page, 'timetable explanation');
    await button(page, 'Następne pytanie').click();
    await expect(page.getByRole('heading', { name: 'Pytanie 2 z 3' })).toBeFocused();
    await button(page, '7:15 s').click();
    await button(page, 'Następne pytanie').click();
    await button(page, '14:20').click();
    await expect(page.getByText('Wszystkie pytania są rozwiązane.')).toBeVisible();
    await expect(done(page)).toContainText('Wybierasz rozkład na dzisiejszy dzień');
    await expectNoViolations(page, 'timetable done');
    await next(page);
    await step(page, 'Krok 6 z 9', 'Sprawdź się: litera przy minutach');
  });

  test('at 200 % text in high contrast the timetable fits a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);
    await page.goto('/modules/buses/lessons/request-stops');
    await expectBigText(page);
    for (let count = 1; count < 5; count += 1) await next(page);
    await button(page, 'Niedziele i święta').click();
    await button(page, '10:00').click();
    await expect(page.getByText(/^Przy tych minutach nie ma litery k\./)).toBeVisible();
    await fits('holiday timetable with a mistake');
    await button(page, '10:20 k').click();
    await fits('holiday timetable explanation');
  });

  test('at 200 % text in high contrast the ticket and bank apps fit a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);
    await page.goto('/modules/buses/lessons/reduced-fares');
    await expectBigText(page);
    for (let count = 1; count < 5; count += 1) await next(page);
    await button(page, 'Komunikacja miejska').click();
    await button(page, 'Lipowo').click();
    await button(page, /^Bilet jednorazowy normalny/).click();
    await fits('tickets with a hint');
    await button(page, /^Bilet jednorazowy ulgowy/).click();
    await button(page, 'Zapłać kodem BLIK').click();
    const code = await takeCode(page);
    await fits('bank with a code');
    await button(page, 'Wróć do aplikacji Bilety').click();
    await page.getByRole('textbox', { name: 'Kod BLIK' }).fill(code);
    await fits('code entry');
    await button(page, 'Zapłać').click();
    await fits('bank confirmation');
    await button(page, 'Potwierdzam').click();
    await expect(page.getByText('Miej przy sobie dokument, który potwierdza prawo do ulgi.')).toBeVisible();
    await fits('reduced ticket');
  });
});
