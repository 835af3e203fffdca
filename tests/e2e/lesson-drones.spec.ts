// The 'drones' module end to end, offline: a lesson opened from the home page and completed with its
// simulations (drone-zone-map and drone-checklist) and quiz, and every simulation screen checked with
// axe, at phone size and at 200 % text in high contrast.
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

const MODULE_TITLE = 'Drony — pierwsze kroki';

const zone = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) });

const CHECK_IN = 'Tak, po zgłoszeniu lotu w DroneTower';
const NO = 'Nie, tu nie wolno latać';
const CONSENT = 'Tylko za zgodą zarządzającego strefą';
const FREE = 'Tak, i nie muszę niczego zgłaszać';

const PREFLIGHT_REQUIRED = [
  'Sprawdzam, czy bateria drona jest naładowana',
  'Sprawdzam, czy numer operatora jest na dronie',
  'Sprawdzam pogodę i wiatr',
  'Sprawdzam na mapie w DroneTower, czy to miejsce nie leży w strefie zakazu lotów',
  'Zgłaszam lot w DroneTower',
  'Sprawdzam, czy ludzie są tak daleko, jak wymaga moja podkategoria',
  'Polecę najwyżej 120 metrów nad ziemią i cały czas będę widzieć drona',
];

const openLessonOffline = (page: Page, context: BrowserContext, title: string) =>
  openModuleLesson(page, context, MODULE_TITLE, title);

test.describe('drones lessons', () => {
  test('DroneTower and no-fly zones offline: the map, the quiz and the pre-flight list, start to finish', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('drones', 'zonesCheckIn'));
    await step(page, 'Krok 1 z 8', 'Co to jest DroneTower');
    await expect(page.getByText(/Aplikacja DroneRadar jest stara/)).toBeVisible();
    await next(page);
    await step(page, 'Krok 2 z 8', 'Strefy na mapie');
    await next(page);
    await step(page, 'Krok 3 z 8', 'Jak zgłosić lot');
    await next(page);

    await step(page, 'Krok 4 z 8', 'Ćwiczenie: czy mogę tu latać?');
    await expect(page.getByText('Czy mogę tu latać? (ćwiczenie)')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Miejsce 1 z 4' })).toBeVisible();
    await expectNoViolations(page, 'zone map');
    await zone(page, 'Lotnisko').click();
    await expect(page.getByText(/^Wybrane miejsce: Lotnisko\./)).toBeVisible();
    await page.getByRole('button', { name: FREE }).click();
    await expect(page.getByText(/^Tym razem nie\./)).toBeVisible();
    await expectNoViolations(page, 'zone map with a wrong answer');
    await page.getByRole('button', { name: CHECK_IN }).click();
    await expect(page.getByText(`Dobrze. Właściwa odpowiedź: ${CHECK_IN}.`)).toBeVisible();
    await expectNoViolations(page, 'zone map explanation');
    await page.getByRole('button', { name: 'Następne miejsce' }).click();
    await expect(page.getByRole('heading', { name: 'Miejsce 2 z 4' })).toBeFocused();
    await page.getByRole('button', { name: NO }).click();
    await page.getByRole('button', { name: 'Następne miejsce' }).click();
    // The airport's zone needs the zone manager's consent: neither "no" nor a free flight.
    await page.getByRole('button', { name: NO }).click();
    await expect(page.getByText(/^Tym razem nie\./)).toBeVisible();
    await page.getByRole('button', { name: CONSENT }).click();
    await page.getByRole('button', { name: 'Następne miejsce' }).click();
    await page.getByRole('button', { name: CHECK_IN }).click();
    await expect(page.getByText('Wszystkie miejsca są sprawdzone.')).toBeVisible();
    await expect(done(page)).toContainText('Sprawdzasz mapę stref');
    await expectNoViolations(page, 'zone map done');
    await next(page);

    await step(page, 'Krok 5 z 8', 'Sprawdź się: kiedy zgłaszasz lot?');
    await page.getByRole('radio', { name: 'Tylko przed pierwszym lotem w tym miejscu.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText(/^Jeszcze nie\./)).toBeVisible();
    await expect(page.getByText('Nie. Zgłoszenie dotyczy jednego lotu. Zgłaszasz każdy lot.')).toBeVisible();
    await page.getByRole('radio', { name: 'Przed każdym lotem.' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
    await next(page);

    await step(page, 'Krok 6 z 8', 'Ćwiczenie: lista przed lotem');
    await expect(page.getByText('Lista przed lotem (ćwiczenie)')).toBeVisible();
    await expectNoViolations(page, 'pre-flight list');
    await page
      .getByRole('checkbox', { name: 'Wyłączę zasięg w telefonie, żeby nikt mnie nie namierzył' })
      .check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText(/Zasięg jest potrzebny, aby zgłosić lot w DroneTower/)).toBeVisible();
    await expect(page.getByText(/^Brakuje jeszcze 7 punktów/)).toBeVisible();
    await expectNoViolations(page, 'pre-flight list with a mistake');
    await page
      .getByRole('checkbox', { name: 'Wyłączę zasięg w telefonie, żeby nikt mnie nie namierzył' })
      .uncheck();
    for (const name of PREFLIGHT_REQUIRED) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByRole('heading', { name: 'Wszystko się zgadza.' })).toBeVisible();
    await expect(done(page)).toContainText('Twoja lista przed lotem jest pełna');
    await expectNoViolations(page, 'pre-flight list done');
    await next(page);

    await step(page, 'Krok 7 z 8', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 8 z 8', 'Podsumowanie');
    await finish(page);
  });

  test('categories offline: finding a place on the map has no accessibility violations', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('drones', 'categories'));
    for (let count = 1; count < 5; count += 1) await next(page);
    await step(page, 'Krok 5 z 9', 'Ćwiczenie: gdzie może polecieć ten dron?');
    await expect(page.getByText('Dotknij na mapie właściwego miejsca.')).toBeVisible();
    await zone(page, 'Osiedle').click();
    await expect(page.getByText(/^To nie jest właściwe miejsce\./)).toBeVisible();
    await page.getByText('Jak czytać mapę').click();
    await expect(page.getByText(/^Czerwone ukośne paski i znak zakazu/)).toBeVisible();
    await expectNoViolations(page, 'find on the map');
    await zone(page, 'Pole za miastem').click();
    await expect(page.getByText('Dobrze. To jest: Pole za miastem.')).toBeVisible();
    await expectNoViolations(page, 'found on the map');
  });

  test('at 200 % text in high contrast the simulations fit a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);

    await page.goto('/modules/drones/lessons/zones-check-in');
    await expectBigText(page);
    for (let count = 1; count < 4; count += 1) await next(page);
    await zone(page, 'Budynek rządowy').click();
    await page.getByRole('button', { name: FREE }).click();
    await fits('zone map with a mistake');
    for (let count = 4; count < 6; count += 1) await next(page);
    await page.getByRole('checkbox', { name: 'Zgłaszam lot w aplikacji DroneRadar' }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await fits('pre-flight list with a mistake');

    await page.goto('/modules/drones/lessons/operator-registration');
    for (let count = 1; count < 6; count += 1) await next(page);
    for (const name of [
      'Zakładam konto na stronie drony.gov.pl',
      'Rejestruję się jako operator i dostaję numer operatora',
      'Robię kurs i zdaję test online dla podkategorii A1 i A3',
      'Umieszczam numer operatora na dronie',
      'Przed każdym lotem zgłaszam go w DroneTower',
    ])
      await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await expect(page.getByText('To są kolejne kroki, po kolei:')).toBeVisible();
    await fits('registration steps done');
  });
});
