// The 'waste' module end to end, offline: lessons opened from the home page and completed with their
// simulations (waste-calendar with its .ics download, waste-sorting with and without the PSZOK and
// deposit destinations) and quizzes, and every simulation screen checked with axe, at phone size
// and at 200 % text in high contrast.
import { readFileSync } from 'node:fs';
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

const MODULE_TITLE = 'Odpady i segregacja';

const day = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) });
const item = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) });
const bin = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name} `) });
const CONFIRM = /^To ten dzień:/;

/** Picks a thing and throws it into a bin. */
async function sort(page: Page, thing: string, where: string): Promise<void> {
  await item(page, thing).click();
  await bin(page, where).click();
}

const openLessonOffline = (page: Page, context: BrowserContext, title: string) =>
  openModuleLesson(page, context, MODULE_TITLE, title);

test.describe('waste lessons', () => {
  test('the collection schedule offline: the calendar, its .ics file, the quiz, start to finish', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('waste', 'collectionSchedule'));
    await step(page, 'Krok 1 z 8', 'Jak często odbierane są odpady');
    await next(page);
    await step(page, 'Krok 2 z 8', 'Gdzie znaleźć harmonogram');
    await next(page);
    await step(page, 'Krok 3 z 8', 'Kiedy wystawić pojemnik');
    await expect(page.getByText(/później niż o 6:00/)).toBeVisible();
    await next(page);
    await step(page, 'Krok 4 z 8', 'Przypomnienie w telefonie');
    await next(page);

    await step(page, 'Krok 5 z 8', 'Ćwiczenie: harmonogram na marzec');
    await expect(page.getByText('Harmonogram odbioru odpadów (ćwiczenie)')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Marzec 2027: harmonogram/ })).toBeVisible();
    await expect(page.getByRole('columnheader')).toHaveCount(7);
    await expectNoViolations(page, 'calendar');
    await day(page, 'wtorek, 9 marca').click();
    await expect(
      page.getByText('Wybrany dzień: wtorek, 9 marca. Odbiór: Bio (pojemnik brązowy).'),
    ).toBeVisible();
    await page.getByRole('button', { name: CONFIRM }).click();
    await expect(
      page.getByText('wtorek, 9 marca: odbiór Bio. Szukasz dnia z odbiorem: Szkło.'),
    ).toBeVisible();
    await expectNoViolations(page, 'calendar with a wrong day');
    // Keyboard: from the chosen day two days on, Enter chooses, Tab reaches the confirm button.
    await day(page, 'wtorek, 9 marca').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(day(page, 'czwartek, 11 marca')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'To ten dzień: czwartek, 11 marca' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Dobrze. Najbliższy odbiór, Szkło: czwartek, 11 marca.')).toBeVisible();
    await expectNoViolations(page, 'calendar explanation');
    await page.getByRole('button', { name: 'Następne pytanie' }).click();
    await expect(page.getByRole('heading', { name: 'Pytanie 2 z 4' })).toBeFocused();
    await day(page, 'wtorek, 16 marca').click();
    await page.getByRole('button', { name: CONFIRM }).click();
    await page.getByRole('button', { name: 'Następne pytanie' }).click();
    await page.getByRole('button', { name: 'W czwartek około 10:00' }).click();
    await expect(page.getByText(/^Tym razem nie\. Śmieciarka jeździ od 6:00/)).toBeVisible();
    await expectNoViolations(page, 'calendar choice with a wrong answer');
    await page.getByRole('button', { name: 'W czwartek przed 6:00 rano' }).click();
    await page.getByRole('button', { name: 'Następne pytanie' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Dodaj do mojego kalendarza' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('odbior-odpadow-2027-03.ics');
    const ics = readFileSync((await file.path()) as string, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(7);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270311\r\n');
    expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('UID:20270311-glass-practice@krok-po-kroku\r\n');
    await expect(
      page.getByText('Zapisano plik odbior-odpadow-2027-03.ics. Znajdziesz go w pobranych plikach.'),
    ).toBeVisible();
    await expect(page.getByText('Wszystkie pytania są za Tobą.')).toBeVisible();
    await expect(done(page)).toContainText('Umiesz odczytać harmonogram');
    await expectNoViolations(page, 'calendar done');
    await next(page);

    await step(page, 'Krok 6 z 8', 'Sprawdź się: jak często?');
    await page.getByRole('checkbox', { name: 'Papier jest odbierany co tydzień.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Nie. Papier jest odbierany co dwa miesiące.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Papier jest odbierany co tydzień.' }).uncheck();
    await page.getByRole('checkbox', { name: 'Szkło jest odbierane raz w miesiącu.' }).check();
    await page.getByRole('checkbox', { name: /^Bio jest odbierane co dwa tygodnie/ }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
    await next(page);

    await step(page, 'Krok 7 z 8', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 8 z 8', 'Podsumowanie');
    await finish(page);
  });

  test('the five colours offline: sorting into the bins, mistakes explained, no violations', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('waste', 'fiveColours'));
    await step(page, 'Krok 1 z 10', 'Jeden system w całej Polsce');
    for (let count = 1; count < 5; count += 1) await next(page);
    await step(page, 'Krok 5 z 10', 'Ćwiczenie: do którego pojemnika?');
    await expect(page.getByText('Do którego pojemnika? (ćwiczenie)')).toBeVisible();
    await expectNoViolations(page, 'sorting');
    await item(page, 'Karton po mleku').click();
    await expect(page.getByRole('heading', { name: /^Gdzie wyrzucisz: Karton po mleku/ })).toBeFocused();
    await bin(page, 'Papier').click();
    await expect(page.getByText(/^„Karton po mleku” nie pasuje do pojemnika: Papier\./)).toBeVisible();
    await expectNoViolations(page, 'sorting with a mistake');
    await bin(page, 'Metale i tworzywa sztuczne').click();
    await expect(
      page.getByText(
        'Kartony po napojach idą do żółtego pojemnika, razem z metalami i tworzywami sztucznymi.',
      ),
    ).toBeVisible();
    await expectNoViolations(page, 'sorting explanation');
    await sort(page, 'Gazeta', 'Papier');
    await sort(page, 'Pusty słoik po dżemie', 'Szkło');
    await sort(page, 'Plastikowa butelka', 'Metale i tworzywa sztuczne');
    await sort(page, 'Obierki z warzyw', 'Bio');
    await sort(page, 'Pusta puszka po groszku', 'Metale i tworzywa sztuczne');
    await expect(page.getByText('Wszystkie rzeczy są już na swoim miejscu.')).toBeVisible();
    await expect(done(page)).toContainText('Znasz pięć kolorów pojemników');
    await expectNoViolations(page, 'sorting done');
    await next(page);
    await step(page, 'Krok 6 z 10', 'Najczęstsze błędy');
    await next(page);
    await step(page, 'Krok 7 z 10', 'Ćwiczenie: uwaga na pułapki');
    await item(page, 'Stłuczony kubek z porcelany').click();
    await bin(page, 'Szkło').click();
    await expect(page.getByText(/Porcelana to nie szkło\./)).toBeVisible();
    await expectNoViolations(page, 'traps with a mistake');
  });

  test('PSZOK and deposits offline: the extra destinations are named in words', async ({ page, context }) => {
    await openLessonOffline(page, context, lessonTitle('waste', 'pszokAndDeposit'));
    for (let count = 1; count < 5; count += 1) await next(page);
    await step(page, 'Krok 5 z 9', 'Ćwiczenie: pojemnik, PSZOK czy sklep?');
    await expect(bin(page, 'PSZOK')).toBeVisible();
    await expect(bin(page, 'Sklep: zwrot kaucji')).toBeVisible();
    await item(page, 'Zużyte baterie').click();
    await bin(page, 'Zmieszane').click();
    await expect(page.getByText(/Baterii nigdy nie wyrzucasz do pojemników przy domu\./)).toBeVisible();
    await expectNoViolations(page, 'PSZOK with a mistake');
    await bin(page, 'PSZOK').click();
    await sort(page, 'Butelka po wodzie ze znakiem kaucji', 'Sklep: zwrot kaucji');
    await sort(page, 'Przeterminowane leki', 'PSZOK');
    await sort(page, 'Puszka po napoju ze znakiem kaucji', 'Sklep: zwrot kaucji');
    await sort(page, 'Stary, zepsuty telefon', 'PSZOK');
    await sort(page, 'Zniszczony sweter', 'PSZOK');
    await sort(page, 'Pusty słoik po dżemie', 'Szkło');
    await expect(done(page)).toContainText('Wiesz, co oddać w PSZOK');
    await expectNoViolations(page, 'PSZOK done');
  });

  test('at 200 % text in high contrast the simulations fit a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);

    await page.goto('/modules/waste/lessons/collection-schedule');
    await expectBigText(page);
    for (let count = 1; count < 5; count += 1) await next(page);
    await day(page, 'poniedziałek, 1 marca').click();
    await page.getByRole('button', { name: CONFIRM }).click();
    await fits('calendar with a mistake');

    await page.goto('/modules/waste/lessons/pszok-and-deposit');
    for (let count = 1; count < 5; count += 1) await next(page);
    await item(page, 'Zużyte baterie').click();
    await bin(page, 'Bio').click();
    await fits('sorting with a mistake');
  });
});
