import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MobywatelSetup } from '@/features/learn/practice/mobywatel-setup/screen';
import { renderSimulation } from '@/testing/render-simulation';

const at = (lessonId: string, stepId: string) => ({
  component: MobywatelSetup,
  moduleId: 'e-services',
  lessonId,
  stepId,
});
const setup = at('mobywatel', 'practiceSetup');
const block = at('pesel-reservation', 'practiceBlock');
const lift = at('pesel-reservation', 'practiceLift');

async function tabTo(user: UserEvent, element: HTMLElement) {
  for (let count = 0; count < 40 && document.activeElement !== element; count += 1) await user.tab();
  expect(element).toHaveFocus();
}

const peselSwitch = () => screen.getByRole('switch', { name: /^Zastrzeżenie numeru PESEL/ });

describe('MobywatelSetup', () => {
  it('goes through the first start: terms, password, adding the mDowód with the trusted profile', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(setup);
    expect(screen.getByText('mObywatel (ćwiczenie)')).toBeInTheDocument();
    expect(screen.getByText('Za granicą potrzebujesz plastikowego dowodu osobistego.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Akceptuję regulamin' }));
    await user.click(screen.getByRole('button', { name: 'Przejdź dalej' }));

    expect(screen.getByRole('heading', { name: 'Ustaw hasło do aplikacji' })).toHaveFocus();
    await user.type(screen.getByLabelText('Hasło'), 'Lipa2026');
    expect(screen.getByText(/co najmniej 8 znaków/)).toHaveTextContent('(jest)');
    await user.type(screen.getByLabelText('Powtórz hasło'), 'Lipa2026');
    await user.click(screen.getByRole('button', { name: 'Ustaw hasło' }));

    expect(screen.getByRole('heading', { name: 'Dokumenty' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Dodaj swój pierwszy dokument' }));
    await user.click(screen.getByRole('button', { name: 'Potwierdź tożsamość profilem zaufanym' }));
    expect(screen.getByRole('heading', { name: 'Potwierdź tożsamość' })).toHaveFocus();
    await user.type(screen.getByLabelText('Nazwa użytkownika lub adres e-mail'), 'maria');
    await user.type(screen.getByLabelText('Hasło do profilu zaufanego'), 'x');
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Zaloguj się i potwierdź' }));

    // The trusted profile confirms the login with the code sent by SMS.
    expect(screen.getByRole('heading', { name: 'Kod z SMS-a' })).toHaveFocus();
    expect(onComplete).not.toHaveBeenCalled();
    const code = screen.getByText(/^Kod do logowania: \d{6}\./).textContent?.match(/\d{6}/)?.[0] ?? '';
    await user.type(screen.getByLabelText('Wpisz kod z SMS-a'), code);
    await user.click(screen.getByRole('button', { name: 'Potwierdź' }));

    expect(screen.getByText('mDowód')).toBeInTheDocument();
    expect(screen.getByText('Dokument ważny')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('explains unaccepted terms and different passwords, and hints how to see what is typed', async () => {
    const { user, onMistake } = await renderSimulation(setup);
    await user.click(screen.getByRole('button', { name: 'Przejdź dalej' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Aby przejść dalej, zaznacz pole „Akceptuję regulamin”.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Akceptuję regulamin' }));
    await user.click(screen.getByRole('button', { name: 'Przejdź dalej' }));
    await user.type(screen.getByLabelText('Hasło'), 'Lipa2026');
    await user.type(screen.getByLabelText('Powtórz hasło'), 'Lipa2062');
    await user.click(screen.getByRole('button', { name: 'Ustaw hasło' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Hasła w obu polach się różnią\./);
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Wpisz to samo hasło dwa razy\./)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Pokaż hasło' }));
    expect(screen.getByLabelText('Powtórz hasło')).toHaveAttribute('type', 'text');
    await user.clear(screen.getByLabelText('Hasło'));
    await user.type(screen.getByLabelText('Hasło'), 'krótkie');
    await user.click(screen.getByRole('button', { name: 'Ustaw hasło' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^To hasło jest za krótkie/);
  });

  it('switches the PESEL reservation on with the keyboard alone, showing the status and date', async () => {
    const { user, onComplete, onMistake } = await renderSimulation(block);
    await tabTo(user, screen.getByRole('button', { name: 'Usługi' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Usługi' })).toHaveFocus();
    await tabTo(user, screen.getByRole('button', { name: 'Zastrzeż PESEL' }));
    await user.keyboard('{Enter}');
    expect(screen.getByText('Numer PESEL nie jest zastrzeżony.')).toBeInTheDocument();
    expect(peselSwitch()).toHaveAttribute('aria-checked', 'false');
    await tabTo(user, peselSwitch());
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Zastrzec numer PESEL?' })).toHaveFocus();
    await tabTo(user, screen.getByRole('button', { name: 'Tak, zastrzegam' }));
    await user.keyboard('{Enter}');

    expect(peselSwitch()).toHaveAttribute('aria-checked', 'true');
    expect(peselSwitch()).toHaveFocus();
    const year = String(new Date().getFullYear());
    expect(screen.getByText(/^Numer PESEL jest zastrzeżony od: /)).toHaveTextContent(year);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('counts another service and a cancelled confirmation as mistakes', async () => {
    const { user, onMistake, onComplete, word } = await renderSimulation(block);
    await user.click(screen.getByRole('button', { name: 'Usługi' }));
    await user.click(screen.getByRole('button', { name: 'e-Doręczenia' }));
    expect(screen.getByRole('status')).toHaveTextContent('To inna usługa. Szukasz usługi „Zastrzeż PESEL”.');
    await user.click(screen.getByRole('button', { name: 'Zastrzeż PESEL' }));
    await user.click(peselSwitch());
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Anulujesz, więc nic się nie zmieniło/);
    expect(peselSwitch()).toHaveAttribute('aria-checked', 'false');
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('lifts the reservation for a set time and says it comes back by itself', async () => {
    const { user, onComplete, onMistake } = await renderSimulation(lift);
    await user.click(screen.getByRole('button', { name: 'Usługi' }));
    await user.click(screen.getByRole('button', { name: 'Zastrzeż PESEL' }));
    expect(peselSwitch()).toHaveAttribute('aria-checked', 'true');
    await user.click(peselSwitch());
    expect(screen.getByRole('heading', { name: 'Na jak długo cofnąć blokadę?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Na 1 dzień' }));
    expect(screen.getByText(/^Blokada cofnięta do: .*Potem wróci sama\.$/)).toBeInTheDocument();
    expect(peselSwitch()).toHaveAttribute('aria-checked', 'false');
    expect(onComplete).toHaveBeenCalledTimes(1);

    await user.click(peselSwitch());
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Blokadę włączysz znów najwcześniej po 30 minutach/,
    );
    expect(onMistake).toHaveBeenCalledTimes(1);
  });

  it('shows the finished task and offers to practise again when completed before', async () => {
    const { user } = await renderSimulation({ ...setup, completed: true });
    expect(screen.getByRole('heading', { name: 'Zadanie wykonane' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Regulamin aplikacji' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...block, language: 'en' });
    expect(screen.getByText('mObywatel (practice)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Services' }));
    await user.click(screen.getByRole('button', { name: 'Zastrzeż PESEL (block your PESEL)' }));
    await user.click(screen.getByRole('switch', { name: /^Blocking of the PESEL number/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, block it' }));
    expect(screen.getByText(/^Your PESEL number has been blocked since: /)).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
