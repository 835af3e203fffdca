// The 'e-services' module end to end, offline: lessons opened from the home page and completed with
// their simulations (mobywatel-setup and gateway-login) and quizzes, every simulation screen checked
// with axe and for 48 px targets, and the simulations at 200 % text in high contrast on a 360 px phone.
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

const MODULE_TITLE = 'Sprawy urzędowe przez internet';

const status = (page: Page) => page.locator('.practice__screen [role="status"]');
const peselSwitch = (page: Page) => page.getByRole('switch', { name: /^Zastrzeżenie numeru PESEL/ });
const screenHeading = (page: Page, name: string) =>
  page.locator('.practice__screen').getByRole('heading', { name, exact: true });

/** Answers a quiz: a wrong choice first (its feedback shows), then the right ones. */
async function answerQuiz(
  page: Page,
  options: { role: 'radio' | 'checkbox'; wrong: string; right: string[]; wrongFeedback: RegExp },
): Promise<void> {
  await page.getByRole(options.role, { name: options.wrong, exact: true }).check();
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText(options.wrongFeedback)).toBeVisible();
  if (options.role === 'checkbox')
    await page.getByRole('checkbox', { name: options.wrong, exact: true }).uncheck();
  for (const name of options.right) await page.getByRole(options.role, { name, exact: true }).check();
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
}

const openLessonOffline = (page: Page, context: BrowserContext, title: string) =>
  openModuleLesson(page, context, MODULE_TITLE, title);

test.describe('e-services lessons', () => {
  test('PESEL reservation offline: the switch, lifting it for a while, the quizzes, start to finish', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('e-services', 'peselReservation'));
    await step(page, 'Krok 1 z 10', 'Czym jest zastrzeżenie numeru PESEL');
    await expect(page.getByRole('img', { name: /^Telefon z napisem „Zastrzeż PESEL”/ })).toBeVisible();
    await next(page);
    await step(page, 'Krok 2 z 10', 'Przed czym chroni');
    await next(page);
    await step(page, 'Krok 3 z 10', 'Jak zastrzec PESEL w aplikacji');
    await next(page);

    await step(page, 'Krok 4 z 10', 'Ćwiczenie: zastrzeż swój PESEL');
    await expect(page.getByText('mObywatel (ćwiczenie)')).toBeVisible();
    await expectNoViolations(page, 'documents');
    await page.getByRole('button', { name: 'Usługi' }).click();
    await expect(screenHeading(page, 'Usługi')).toBeFocused();
    await page.getByRole('button', { name: 'e-Doręczenia' }).click();
    await expect(status(page)).toHaveText('To inna usługa. Szukasz usługi „Zastrzeż PESEL”.');
    await expectNoViolations(page, 'services with a mistake');
    await page.getByRole('button', { name: 'Zastrzeż PESEL' }).click();
    await expectNoViolations(page, 'PESEL switch off');
    await peselSwitch(page).click();
    await expect(page.getByRole('heading', { name: 'Zastrzec numer PESEL?' })).toBeFocused();
    await expectNoViolations(page, 'PESEL confirmation');
    await page.getByRole('button', { name: 'Tak, zastrzegam' }).click();
    await expect(peselSwitch(page)).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByText(/Numer PESEL jest zastrzeżony od: /)).toBeVisible();
    await expect(done(page)).toContainText('Twój numer PESEL jest zastrzeżony');
    await expectNoViolations(page, 'PESEL switch on');
    await next(page);

    await step(page, 'Krok 5 z 10', 'Cofnięcie blokady na jakiś czas');
    await expect(page.getByText(/wstrzyma Ci wypłaty w oddziałach na 12 godzin/)).toBeVisible();
    await next(page);
    await step(page, 'Krok 6 z 10', 'Ćwiczenie: cofnij blokadę na jakiś czas');
    await page.getByRole('button', { name: 'Usługi' }).click();
    await page.getByRole('button', { name: 'Zastrzeż PESEL' }).click();
    await peselSwitch(page).click();
    await expect(page.getByRole('heading', { name: 'Na jak długo cofnąć blokadę?' })).toBeFocused();
    await expectNoViolations(page, 'PESEL lift: for how long');
    await page.getByRole('button', { name: 'Na 1 dzień' }).click();
    await expect(page.getByText(/Blokada cofnięta do: .*Potem wróci sama\./)).toBeVisible();
    await expect(done(page)).toContainText('Blokada jest cofnięta tylko na czas Twojej sprawy');
    await peselSwitch(page).click();
    await expect(status(page)).toHaveText(/^Blokadę włączysz znów najwcześniej po 30 minutach/);
    await expectNoViolations(page, 'PESEL lifted, too soon');
    await next(page);

    await step(page, 'Krok 7 z 10', 'Sprawdź się: blokada PESEL');
    await answerQuiz(page, {
      role: 'checkbox',
      wrong: 'Zastrzeżenie kosztuje 50 zł.',
      right: [
        'Blokada utrudnia wzięcie kredytu na Twoje dane.',
        'Blokada utrudnia wyrobienie drugiej karty SIM z Twoim numerem.',
      ],
      wrongFeedback: /^Nie\. Dla dorosłych blokada jest bezpłatna\./,
    });
    await next(page);
    await step(page, 'Krok 8 z 10', 'Sprawdź się: własny kredyt');
    await answerQuiz(page, {
      role: 'radio',
      wrong: 'Nie może już nigdy wziąć kredytu.',
      right: ['Przed wyjściem do banku cofa blokadę na 1 dzień. Potem blokada wróci sama.'],
      wrongFeedback: /^Nie\. Blokadę można cofnąć od razu/,
    });
    await next(page);
    await step(page, 'Krok 9 z 10', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 10 z 10', 'Podsumowanie');
    await finish(page);
  });

  test('safe login offline: the fake page, the right address and the caller who wants the code', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('e-services', 'safeLogin'));
    for (let count = 1; count < 4; count += 1) await next(page);
    await step(page, 'Krok 4 z 10', 'Ćwiczenie: prawdziwa czy fałszywa strona?');
    await expect(page.getByText('Adres strony: login.gov.pl-weryfikacja.com')).toBeVisible();
    await expectNoViolations(page, 'fake page');
    await page.getByRole('button', { name: /^Profil zaufany/ }).click();
    await expect(status(page)).toHaveText(
      /^Zatrzymaj się\. Ta strona ma adres login\.gov\.pl-weryfikacja\.com\. Przed pierwszym ukośnikiem/,
    );
    await expectNoViolations(page, 'fake page with a mistake');
    await page.getByRole('button', { name: 'Zamknij stronę' }).click();
    await expect(screenHeading(page, 'Nowa karta')).toBeFocused();
    await expectNoViolations(page, 'new tab');
    // The learner types the service's own address and logs in from its page.
    await page.getByRole('button', { name: 'mobywatel.gov.pl', exact: true }).click();
    await expect(page.getByText('Adres strony: mobywatel.gov.pl')).toBeVisible();
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
    await expect(page.getByText('Adres strony: login.gov.pl')).toBeVisible();
    await page.getByRole('button', { name: /^Bankowość elektroniczna/ }).click();
    await expectNoViolations(page, 'bank list');
    await page.getByRole('button', { name: 'Bank Lipowy' }).click();
    await expect(page.getByText('Adres strony: bank-lipowy.pl')).toBeVisible();
    await expectNoViolations(page, 'bank login');
    await page.getByLabel('Identyfikator').fill('jan');
    await page.getByLabel('Hasło').fill('zmyslone');
    await page.getByRole('button', { name: 'Zaloguj się do banku' }).click();
    await expectNoViolations(page, 'bank confirmation');
    await page.getByRole('button', { name: 'Potwierdzam' }).click();
    await expect(page.getByText('Logowanie udane.')).toBeVisible();
    await expect(done(page)).toContainText('Fałszywą stronę zamykasz');
    await expectNoViolations(page, 'logged in');
    await next(page);

    await step(page, 'Krok 5 z 10', 'Kodów nie podajesz nikomu');
    await next(page);
    await step(page, 'Krok 6 z 10', 'Ćwiczenie: ktoś prosi o kod');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expectNoViolations(page, 'gateway');
    await page.getByRole('button', { name: /^Profil zaufany/ }).click();
    await expectNoViolations(page, 'trusted profile login');
    await page.getByLabel('Nazwa użytkownika lub adres e-mail').fill('jan');
    await page.getByLabel('Hasło').fill('zmyslone');
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
    await expect(screenHeading(page, 'Dzwoni telefon')).toBeFocused();
    const sms = await page.getByText(/^Kod do logowania: \d{6}\./).textContent();
    const code = sms?.match(/\d{6}/)?.[0] ?? '';
    await page.getByRole('button', { name: 'Podaję kod' }).click();
    await expect(status(page)).toHaveText(/^Nie podawaj kodu\./);
    await expectNoViolations(page, 'caller with a mistake');
    await page.getByRole('button', { name: 'Rozłączam się. Kodu nie podaję nikomu' }).click();
    await expectNoViolations(page, 'SMS code');
    await page.getByLabel('Wpisz kod z SMS-a').fill(code);
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect(done(page)).toContainText('Rozłączasz się i nikomu nie podajesz kodu');
    await next(page);

    await step(page, 'Krok 7 z 10', 'Dodatkowa ochrona: zastrzeżony PESEL');
    await next(page);
    await step(page, 'Krok 8 z 10', 'Sprawdź się: adres strony');
    await answerQuiz(page, {
      role: 'radio',
      wrong: 'login-gov.pl',
      right: ['login.gov.pl'],
      wrongFeedback: /^Nie\. Tu jest myślnik zamiast kropki\./,
    });
  });

  test('mObywatel offline: the first start and the e-dowód login have no accessibility violations', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, lessonTitle('e-services', 'mObywatel'));
    for (let count = 1; count < 4; count += 1) await next(page);
    await step(page, 'Krok 4 z 10', 'Ćwiczenie: pierwsze uruchomienie');
    await expectNoViolations(page, 'terms');
    await page.getByRole('button', { name: 'Przejdź dalej' }).click();
    await expect(status(page)).toHaveText('Aby przejść dalej, zaznacz pole „Akceptuję regulamin”.');
    await page.getByRole('checkbox', { name: 'Akceptuję regulamin' }).check();
    await page.getByRole('button', { name: 'Przejdź dalej' }).click();
    await expect(screenHeading(page, 'Ustaw hasło do aplikacji')).toBeFocused();
    await page.getByLabel('Hasło', { exact: true }).fill('Lipa2026');
    await page.getByLabel('Powtórz hasło').fill('Lipa2062');
    await page.getByRole('button', { name: 'Ustaw hasło' }).click();
    await expect(status(page)).toHaveText(/^Hasła w obu polach się różnią\./);
    await expectNoViolations(page, 'password with a mistake');
    await page.getByLabel('Powtórz hasło').fill('Lipa2026');
    await page.getByRole('button', { name: 'Ustaw hasło' }).click();
    await expectNoViolations(page, 'no documents');
    await page.getByRole('button', { name: 'Dodaj swój pierwszy dokument' }).click();
    await page.getByRole('button', { name: 'Potwierdź tożsamość profilem zaufanym' }).click();
    await expectNoViolations(page, 'identity');
    await page.getByLabel('Nazwa użytkownika lub adres e-mail').fill('maria');
    await page.getByLabel('Hasło do profilu zaufanego').fill('x');
    await page.getByRole('button', { name: 'Zaloguj się i potwierdź' }).click();
    await expect(screenHeading(page, 'Kod z SMS-a')).toBeFocused();
    await expectNoViolations(page, 'identity SMS code');
    const identitySms = await page.getByText(/^Kod do logowania: \d{6}\./).textContent();
    await page.getByLabel('Wpisz kod z SMS-a').fill(identitySms?.match(/\d{6}/)?.[0] ?? '');
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect(page.getByText('Dokument ważny')).toBeVisible();
    await expect(done(page)).toContainText('Twój mDowód jest w aplikacji');
    await expectNoViolations(page, 'mDowód added');

    for (let count = 4; count < 7; count += 1) await next(page);
    await step(page, 'Krok 7 z 10', 'Ćwiczenie: logowanie e-dowodem');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('button', { name: /^e-dowód/ }).click();
    await expectNoViolations(page, 'e-dowód');
    await page.getByRole('button', { name: 'Użyj eDO App' }).click();
    await expectNoViolations(page, 'eDO App confirmation');
    await page.getByRole('button', { name: 'Potwierdzam' }).click();
    await page.getByLabel('Wpisz numer CAN (6 cyfr)').fill('12');
    await page.getByRole('button', { name: 'Potwierdź numer CAN' }).click();
    await expect(status(page)).toHaveText(/^Numer CAN ma 6 cyfr/);
    await expectNoViolations(page, 'CAN with a mistake');
    await page.getByLabel('Wpisz numer CAN (6 cyfr)').fill('123456');
    await page.getByRole('button', { name: 'Potwierdź numer CAN' }).click();
    await page.getByRole('button', { name: 'Przykładam dowód' }).click();
    await page.getByLabel('Wpisz PIN1 (4 cyfry)').fill('123456');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(status(page)).toHaveText(/^To wygląda na PIN2/);
    await expectNoViolations(page, 'PIN with a mistake');
    await page.getByLabel('Wpisz PIN1 (4 cyfry)').fill('1234');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(done(page)).toContainText('Logowanie e-dowodem: eDO App, numer CAN');
  });

  test('at 200 % text in high contrast the simulations fit a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);

    await page.goto('/modules/e-services/lessons/safe-login');
    await expectBigText(page);
    for (let count = 1; count < 4; count += 1) await next(page);
    await page.getByRole('button', { name: /^Bankowość elektroniczna/ }).click();
    await fits('fake page with a mistake');
    await page.getByRole('button', { name: 'Zamknij stronę' }).click();
    await fits('new tab with the service addresses');
    await page.getByRole('button', { name: 'mobywatel.gov.pl', exact: true }).click();
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
    await page.getByRole('button', { name: /^Bankowość elektroniczna/ }).click();
    await page.getByRole('button', { name: 'Bank Dębowy' }).click();
    await fits('bank login');

    await page.goto('/modules/e-services/lessons/pesel-reservation');
    for (let count = 1; count < 4; count += 1) await next(page);
    await page.getByRole('button', { name: 'Usługi' }).click();
    await page.getByRole('button', { name: 'Zastrzeż PESEL' }).click();
    await peselSwitch(page).click();
    await fits('PESEL confirmation');

    await page.goto('/modules/e-services/lessons/mobywatel');
    for (let count = 1; count < 4; count += 1) await next(page);
    await page.getByRole('checkbox', { name: 'Akceptuję regulamin' }).check();
    await page.getByRole('button', { name: 'Przejdź dalej' }).click();
    await page.getByLabel('Hasło', { exact: true }).fill('abc');
    await page.getByRole('button', { name: 'Ustaw hasło' }).click();
    await fits('password with a mistake');
  });
});
