import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GatewayLogin } from '@/features/learn/practice/gateway-login/screen';
import { renderSimulation } from '@/testing/render-simulation';

const at = (lessonId: string, stepId: string) => ({
  component: GatewayLogin,
  moduleId: 'e-services',
  lessonId,
  stepId,
});

/** The pretend browser's address bar, e.g. "Adres strony: login.gov.pl". */
const address = () => screen.getByText('Adres strony:').parentElement as HTMLElement;
const expectAddress = (host: string) => expect(address().textContent).toBe(`Adres strony: ${host}`);
const smsCode = () => screen.getByText(/^Kod do logowania: \d{6}\./).textContent?.match(/\d{6}/)?.[0] ?? '';

/** Presses Tab until the element has focus (as a keyboard user would), then checks it has. */
async function tabTo(user: UserEvent, element: HTMLElement) {
  for (let count = 0; count < 40 && document.activeElement !== element; count += 1) await user.tab();
  expect(element).toHaveFocus();
}

describe('GatewayLogin', () => {
  it('logs in through a bank: service, login.gov.pl, the bank, its confirmation, back to the service', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(
      at('trusted-profile', 'practiceBank'),
    );
    expect(screen.getByText('Logowanie do spraw urzędowych (ćwiczenie)')).toBeInTheDocument();
    expectAddress('mobywatel.gov.pl');
    expect(screen.getByRole('heading', { name: word('service') })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect(screen.getByRole('heading', { name: 'Wybierz sposób logowania' })).toHaveFocus();
    expectAddress('login.gov.pl');
    await user.click(screen.getByRole('button', { name: /^Bankowość elektroniczna/ }));
    await user.click(screen.getByRole('button', { name: 'Bank Dębowy' }));
    expect(screen.getByRole('heading', { name: 'Bank Dębowy: logowanie' })).toHaveFocus();
    expectAddress('bank-debowy.pl');
    await user.type(screen.getByLabelText('Identyfikator'), 'jan123');
    await user.type(screen.getByLabelText('Hasło'), 'zmyslone');
    await user.click(screen.getByRole('button', { name: 'Zaloguj się do banku' }));
    expect(screen.getByText(`Potwierdź logowanie do usługi: ${word('service')}`)).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Potwierdzam' }));

    expect(screen.getByText('Logowanie udane.')).toBeInTheDocument();
    expectAddress('mobywatel.gov.pl');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('can be done with the keyboard alone: trusted profile, password and the SMS code', async () => {
    const { user, onComplete, onMistake } = await renderSimulation(at('trusted-profile', 'practicePassword'));
    await tabTo(user, screen.getByRole('button', { name: 'Zaloguj się' }));
    await user.keyboard('{Enter}');
    await tabTo(user, screen.getByRole('button', { name: /^Profil zaufany/ }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Profil zaufany' })).toHaveFocus();
    await tabTo(user, screen.getByLabelText('Nazwa użytkownika lub adres e-mail'));
    await user.keyboard('jan');
    await user.tab();
    expect(screen.getByLabelText('Hasło')).toHaveFocus();
    await user.keyboard('tajne{Enter}');
    expect(screen.getByRole('heading', { name: 'Kod z SMS-a' })).toHaveFocus();
    await tabTo(user, screen.getByLabelText('Wpisz kod z SMS-a'));
    await user.keyboard(`${smsCode()}{Enter}`);
    expect(screen.getByText('Logowanie udane.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('explains another method and an empty login, and shows the hint after the second mistake', async () => {
    const { user, onMistake, word } = await renderSimulation(at('trusted-profile', 'practiceBank'));
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    await user.click(screen.getByRole('button', { name: /^e-dowód/ }));
    expect(screen.getByRole('status')).toHaveTextContent('W tym ćwiczeniu wybierz: Bankowość elektroniczna.');
    expect(screen.queryByText(word('hint'))).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Bankowość elektroniczna/ }));
    await user.click(screen.getByRole('button', { name: 'Bank Lipowy' }));
    await user.click(screen.getByRole('button', { name: 'Zaloguj się do banku' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Wpisz coś w oba pola/);
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
  });

  it('tells PIN1 from PIN2 on the e-dowód and gives that as the hint', async () => {
    const { user, onMistake, onComplete } = await renderSimulation(at('mobywatel', 'practiceCard'));
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    await user.click(screen.getByRole('button', { name: /^e-dowód/ }));
    // The eDO App: "Użyj eDO App", confirm, the CAN number from the front of the card.
    await user.click(screen.getByRole('button', { name: 'Użyj eDO App' }));
    await user.click(screen.getByRole('button', { name: 'Potwierdzam' }));
    const can = screen.getByLabelText('Wpisz numer CAN (6 cyfr)');
    await user.type(can, '123{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/^Numer CAN ma 6 cyfr/);
    await user.clear(can);
    await user.type(can, '123456{Enter}');
    await user.click(screen.getByRole('button', { name: 'Przykładam dowód' }));
    const pin = screen.getByLabelText('Wpisz PIN1 (4 cyfry)');
    await user.type(pin, '123456{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/^To wygląda na PIN2/);
    await user.clear(pin);
    await user.type(pin, '12{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('PIN1 ma 4 cyfry. Sprawdź, ile cyfr wpisujesz.');
    expect(onMistake).toHaveBeenCalledTimes(3);
    expect(screen.getByText(/^Dowód ma dwa numery PIN\./)).toBeInTheDocument();
    await user.clear(pin);
    await user.type(pin, '1234{Enter}');
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('starts on a fake page: logging in there is a mistake; the learner leaves and opens the service', async () => {
    const { user, onMistake, onComplete, word } = await renderSimulation(at('safe-login', 'practiceFake'));
    expectAddress('login.gov.pl-weryfikacja.com');
    expect(screen.getByText(word('situation'))).toBeInTheDocument();
    // The copy looks just like the gateway.
    expect(screen.getByRole('heading', { name: 'Wybierz sposób logowania' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Bankowość elektroniczna/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Zatrzymaj się. Ta strona ma adres login.gov.pl-weryfikacja.com. Przed pierwszym ukośnikiem adres nie kończy się na .gov.pl. Nie loguj się tutaj.',
    );

    await user.click(screen.getByRole('button', { name: 'Zamknij stronę' }));
    expect(screen.getByRole('heading', { name: 'Nowa karta' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'mobywatel.gov.pl-logowanie.com' }));
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Wybierz adres, który kończy się na \.gov\.pl/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'mobywatel.gov.pl' }));
    expectAddress('mobywatel.gov.pl');
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expectAddress('login.gov.pl');

    // Closing the real page would be a mistake too.
    await user.click(screen.getByRole('button', { name: 'Zamknij stronę' }));
    expect(screen.getByRole('status')).toHaveTextContent('Ta strona ma prawdziwy adres: login.gov.pl.');
    await user.click(screen.getByRole('button', { name: /^Bankowość elektroniczna/ }));
    await user.click(screen.getByRole('button', { name: 'Bank Klonowy' }));
    await user.type(screen.getByLabelText('Identyfikator'), 'jan');
    await user.type(screen.getByLabelText('Hasło'), 'x');
    await user.click(screen.getByRole('button', { name: 'Zaloguj się do banku' }));
    await user.click(screen.getByRole('button', { name: 'Potwierdzam' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('refuses to give the SMS code to a caller', async () => {
    const { user, onMistake, onComplete } = await renderSimulation(at('safe-login', 'practiceCode'));
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    await user.click(screen.getByRole('button', { name: /^Profil zaufany/ }));
    await user.type(screen.getByLabelText('Nazwa użytkownika lub adres e-mail'), 'jan');
    await user.type(screen.getByLabelText('Hasło'), 'x');
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    expect(screen.getByRole('heading', { name: 'Dzwoni telefon' })).toHaveFocus();
    const code = smsCode();
    await user.click(screen.getByRole('button', { name: 'Podaję kod' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Nie podawaj kodu\./);
    expect(onMistake).toHaveBeenCalledWith(
      'Kod z SMS-a jest tylko dla Ciebie. Rozłącz się i nikomu go nie podawaj.',
    );
    await user.click(screen.getByRole('button', { name: 'Rozłączam się. Kodu nie podaję nikomu' }));
    await user.type(screen.getByLabelText('Wpisz kod z SMS-a'), '000000{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/^Ten kod się nie zgadza/);
    await user.clear(screen.getByLabelText('Wpisz kod z SMS-a'));
    await user.type(screen.getByLabelText('Wpisz kod z SMS-a'), `${code}{Enter}`);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('confirms in the mObywatel app after reading the notification', async () => {
    const { user, onComplete, word } = await renderSimulation(at('e-delivery', 'practiceLogin'));
    await user.click(screen.getByRole('button', { name: 'Zaloguj się' }));
    await user.click(screen.getByRole('button', { name: /^Aplikacja mObywatel/ }));
    const notification = screen.getByText('Powiadomienie: mObywatel').parentElement as HTMLElement;
    expect(
      within(notification).getByText(`Potwierdź logowanie do usługi: ${word('service')}`),
    ).toBeInTheDocument();
    await user.click(within(notification).getByRole('button', { name: 'Potwierdzam' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('shows the finished task and offers to practise again when completed before', async () => {
    const { user } = await renderSimulation({ ...at('safe-login', 'practiceFake'), completed: true });
    expect(screen.getByRole('heading', { name: 'Zadanie wykonane' })).toBeInTheDocument();
    expect(
      screen.getByText('Fałszywa strona login.gov.pl-weryfikacja.com Cię nie nabrała.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expectAddress('login.gov.pl-weryfikacja.com');
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({
      ...at('e-delivery', 'practiceLogin'),
      language: 'en',
    });
    expect(screen.getByText('Logging in to public services (practice)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await user.click(screen.getByRole('button', { name: /^The mObywatel app/ }));
    await user.click(screen.getByRole('button', { name: 'I confirm' }));
    expect(screen.getByText('You are logged in.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
