// The 'messengers' module end to end, offline: lessons opened from the home page, their simulations
// (messenger-chat and scam-check) and quizzes completed, and every simulation screen checked with axe.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  bigTextOnPhone,
  expectBigText,
  expectNoViolations,
  finish,
  next,
  openLessonOffline as openModuleLesson,
  step,
} from './support/lesson';

const MODULE_TITLE = 'Komunikatory i rozmowy z rodziną';

/** Answers a quiz wrongly first, reads why, then rightly. */
async function answerQuiz(
  page: Page,
  options: { role: 'radio' | 'checkbox'; wrong: string[]; right: string[]; wrongFeedback: RegExp },
): Promise<void> {
  for (const name of options.wrong) await page.getByRole(options.role, { name }).check();
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText(/^Jeszcze nie\./)).toBeVisible();
  await expect(page.getByText(options.wrongFeedback)).toBeVisible();
  for (const name of options.wrong)
    if (options.role === 'checkbox') await page.getByRole(options.role, { name }).uncheck();
  for (const name of options.right) await page.getByRole(options.role, { name }).check();
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(page.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeVisible();
}

const done = (page: Page) => page.locator('.callout--success');

const openLessonOffline = (page: Page, context: BrowserContext, title: string) =>
  openModuleLesson(page, context, MODULE_TITLE, title);

test.describe('messengers lessons', () => {
  test('two-step verification offline: settings, PIN, codes and quiz, start to finish', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, 'Weryfikacja dwuetapowa');
    await step(page, 'Krok 1 z 8', 'Co to jest weryfikacja dwuetapowa');
    await next(page);
    await step(page, 'Krok 2 z 8', 'Kod z SMS-a to nie PIN');
    await next(page);
    await step(page, 'Krok 3 z 8', 'Jak to włączyć w WhatsAppie');
    await next(page);

    await step(page, 'Krok 4 z 8', 'Ćwiczenie: włącz weryfikację dwuetapową');
    await expect(page.getByText('Komunikator (ćwiczenie)')).toBeVisible();
    await expectNoViolations(page, 'chat list');
    await page.getByRole('button', { name: 'Ustawienia' }).click();
    await page.getByRole('button', { name: 'Powiadomienia' }).click();
    await expect(page.getByText(/Znajdziesz ją w pozycji „Konto”/)).toBeVisible();
    await expectNoViolations(page, 'settings');
    await page.getByRole('button', { name: 'Konto' }).click();
    await page.getByRole('button', { name: 'Weryfikacja dwuetapowa' }).click();
    await expectNoViolations(page, 'two-step screen');
    await page.getByRole('button', { name: 'Włącz' }).click();
    await page.getByRole('textbox', { name: 'Wpisz 6-cyfrowy PIN' }).fill('1234');
    await page.getByRole('button', { name: 'Zatwierdź PIN' }).click();
    await expect(page.getByText('PIN musi mieć dokładnie 6 cyfr, a ten ma 4 cyfry.')).toBeVisible();
    await expect(page.getByText('Podpowiedź', { exact: true })).toBeVisible();
    await expectNoViolations(page, 'PIN with a mistake');
    await page.getByRole('textbox', { name: 'Wpisz 6-cyfrowy PIN' }).fill('482915');
    await page.getByRole('button', { name: 'Zatwierdź PIN' }).click();
    await page.getByRole('textbox', { name: 'Wpisz ten sam PIN jeszcze raz' }).fill('482915');
    await page.getByRole('button', { name: 'Zatwierdź PIN' }).click();
    await expectNoViolations(page, 'e-mail');
    await page.getByRole('button', { name: 'Pomiń' }).click();
    await expect(page.getByText('Weryfikacja dwuetapowa jest włączona.', { exact: true })).toBeVisible();
    await expect(done(page)).toContainText('Weryfikacja dwuetapowa jest włączona. Zapamiętaj swój PIN');
    await expectNoViolations(page, 'two-step done');
    await next(page);

    await step(page, 'Krok 5 z 8', 'Ćwiczenie: kto prosi o kod?');
    await expectNoViolations(page, 'scam check');
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Bezpieczne' }).click();
    await expect(page.getByText('Wszystkie przykłady są ocenione.')).toBeVisible();
    await expect(done(page)).toBeVisible();
    await next(page);

    await step(page, 'Krok 6 z 8', 'Sprawdź się');
    await answerQuiz(page, {
      role: 'radio',
      wrong: ['Przesyłam kod, bo to znajomy.'],
      right: ['Nie przesyłam kodu. Dzwonię do znajomego na jego zwykły numer i pytam, czy to on pisał.'],
      wrongFeedback: /Nie\. Tak działa oszustwo\./,
    });
    await next(page);
    await step(page, 'Krok 7 z 8', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 8 z 8', 'Podsumowanie');
    await finish(page);
  });

  test('scams offline: calls, messages and the 8080 question, start to finish', async ({ page, context }) => {
    await openLessonOffline(page, context, 'Oszustwa: „na wnuczka”, „na policjanta”, BLIK');
    await step(page, 'Krok 1 z 11', 'Oszustwo „na wnuczka”');
    await next(page);
    await step(page, 'Krok 2 z 11', 'Policja nie prosi o pieniądze');
    await next(page);

    await step(page, 'Krok 3 z 11', 'Ćwiczenie: kto dzwoni?');
    await expect(page.getByText('Bezpieczne czy oszustwo?')).toBeVisible();
    await page.getByRole('button', { name: 'Bezpieczne' }).click();
    await expect(page.getByText(/^Tym razem nie\./)).toBeVisible();
    await expectNoViolations(page, 'wrong judgement');
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await expect(page.getByText('Dobrze, to oszustwo.')).toBeVisible();
    await expectNoViolations(page, 'explanation');
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Bezpieczne' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await expect(done(page)).toBeVisible();
    await next(page);

    await step(page, 'Krok 4 z 11', 'Prośba o kod BLIK od znajomego');
    await next(page);
    await step(page, 'Krok 5 z 11', 'Fałszywy pracownik banku');
    await next(page);
    await step(page, 'Krok 6 z 11', 'Stało się? To nie wstyd');
    await expect(page.getByText(/Od razu zadzwoń do banku/)).toBeVisible();
    await next(page);
    await step(page, 'Krok 7 z 11', 'Podejrzany SMS? Prześlij go na 8080');
    await next(page);

    await step(page, 'Krok 8 z 11', 'Ćwiczenie: wiadomości i telefony');
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Bezpieczne' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await expect(page.getByText('Przykład 4 z 5')).toBeVisible();
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Robię zdjęcie ekranu i wysyłam je na 8080' }).click();
    await expect(page.getByText(/przesyłasz oryginalny SMS, a nie zdjęcie ekranu/)).toBeVisible();
    await expectNoViolations(page, '8080 question');
    await page.getByRole('button', { name: 'Przesyłam ten SMS dalej na numer 8080' }).click();
    await expect(page.getByText(/SMS trafi do CERT Polska/)).toBeVisible();
    await page.getByRole('button', { name: 'Następny przykład' }).click();
    await expect(page.getByText('Przykład 5 z 5')).toBeVisible();
    await expect(page.getByText(/Mamo, to mój nowy numer/)).toBeVisible();
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await page.getByRole('button', { name: 'Przesyłam ten SMS dalej na numer 8080' }).click();
    await expect(done(page)).toBeVisible();
    await next(page);

    await step(page, 'Krok 9 z 11', 'Sprawdź się');
    await answerQuiz(page, {
      role: 'radio',
      wrong: ['Oddzwaniam na numer, z którego dzwonił, żeby to sprawdzić.'],
      right: ['Rozłączam się, dzwonię do bliskich na znany numer i zgłaszam sprawę pod 112.'],
      wrongFeedback: /możesz znów trafić na oszusta/,
    });
    await next(page);
    await step(page, 'Krok 10 z 11', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 11 z 11', 'Podsumowanie');
    await finish(page);
  });

  test('messages, photos and voice offline: three chats and a quiz, start to finish', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, 'Wiadomości, zdjęcia i głos');
    await step(page, 'Krok 1 z 10', 'Czym jest komunikator');
    await next(page);
    await step(page, 'Krok 2 z 10', 'Jak napisać wiadomość');
    await next(page);

    await step(page, 'Krok 3 z 10', 'Ćwiczenie: wiadomość do wnuczki');
    await page.getByRole('button', { name: 'Ania (wnuczka)' }).click();
    await page.getByRole('textbox', { name: 'Wiadomość' }).fill('Dzień dobry, u mnie wszystko dobrze');
    await page.getByRole('button', { name: 'Wyślij', exact: true }).click();
    await expect(
      page.getByRole('log').getByText('Jak miło, dziękuję za wiadomość!', { exact: false }),
    ).toBeVisible();
    await expectNoViolations(page, 'chat');
    await next(page);
    await step(page, 'Krok 4 z 10', 'Jak wysłać zdjęcie');
    await next(page);

    await step(page, 'Krok 5 z 10', 'Ćwiczenie: zdjęcie dla syna');
    await page.getByRole('button', { name: 'Marek (syn)' }).click();
    await page.getByRole('button', { name: 'Zdjęcie', exact: true }).click();
    await expectNoViolations(page, 'gallery');
    await page.getByRole('button', { name: 'Tort urodzinowy' }).click();
    await expectNoViolations(page, 'chosen photo');
    await page.getByRole('button', { name: 'Wyślij zdjęcie' }).click();
    await expect(done(page)).toBeVisible();
    await next(page);
    await step(page, 'Krok 6 z 10', 'Wiadomość głosowa');
    await next(page);

    await step(page, 'Krok 7 z 10', 'Ćwiczenie: wiadomość głosowa do córki');
    await page.getByRole('button', { name: 'Ewa (córka)' }).click();
    await page.getByRole('button', { name: 'Nagraj' }).click();
    await expectNoViolations(page, 'recording');
    await page.getByRole('button', { name: 'Zatrzymaj nagrywanie' }).click();
    await expectNoViolations(page, 'recorded');
    await page.getByRole('button', { name: 'Odsłuchaj' }).click();
    await page.getByRole('button', { name: 'Wyślij nagranie' }).click();
    await expect(done(page)).toBeVisible();
    await next(page);

    await step(page, 'Krok 8 z 10', 'Sprawdź się');
    await answerQuiz(page, {
      role: 'checkbox',
      wrong: ['Wiadomość głosowa to to samo co rozmowa telefoniczna.'],
      right: [
        'Przed wysłaniem warto sprawdzić imię na górze czatu.',
        'Wiadomość głosową można odsłuchać przed wysłaniem.',
        'Przy dłuższej wiadomości głosowej można przesunąć palec w górę, do kłódki, i nie trzymać przycisku.',
      ],
      wrongFeedback: /W rozmowie mówicie na żywo/,
    });
    await next(page);
    await step(page, 'Krok 9 z 10', 'Na swoim telefonie');
    await next(page);
    await step(page, 'Krok 10 z 10', 'Podsumowanie');
    await finish(page);
  });

  test('video calls offline: the call screen and adding a person have no accessibility violations', async ({
    page,
    context,
  }) => {
    await openLessonOffline(page, context, 'Rozmowy wideo z rodziną');
    for (let count = 1; count < 5; count += 1) await next(page);
    await step(page, 'Krok 5 z 8', 'Ćwiczenie: rozmowa z córką i synem');
    await page.getByRole('button', { name: 'Ewa (córka)' }).click();
    await page.getByRole('button', { name: 'Zadzwoń' }).click();
    await expect(page.getByText(/zwykłą rozmowę, bez obrazu/)).toBeVisible();
    await page.getByRole('button', { name: 'Wideo' }).click();
    await expect(page.getByRole('heading', { name: 'Rozmowa wideo' })).toBeFocused();
    await expectNoViolations(page, 'video call');
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await expectNoViolations(page, 'add a person');
    await page.getByRole('button', { name: 'Marek (syn)' }).click();
    await page.getByRole('button', { name: 'Rozłącz' }).click();
    await expect(page.getByRole('heading', { name: 'Rozmowa zakończona.' })).toBeVisible();
    await expect(done(page)).toBeVisible();
    await expectNoViolations(page, 'call ended');
  });

  test('at 200 % text in high contrast the simulations fit a 360 px phone', async ({ page }) => {
    const fits = await bigTextOnPhone(page);

    await page.goto('/modules/messengers/lessons/video-calls');
    await expectBigText(page);
    for (let count = 1; count < 3; count += 1) await next(page);
    await page.getByRole('button', { name: 'Ewa (córka)' }).click();
    await page.getByRole('button', { name: 'Zadzwoń' }).click();
    await fits('chat with a hint');
    await page.getByRole('button', { name: 'Wideo' }).click();
    await fits('video call');

    await page.goto('/modules/messengers/lessons/scams');
    for (let count = 1; count < 8; count += 1) await next(page);
    await page.getByRole('button', { name: 'Oszustwo' }).click();
    await fits('scam explanation');
  });
});
