import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessengerChat } from '@/features/learn/practice/messenger-chat/screen';
import { renderSimulation } from '@/testing/render-simulation';

const at = (lessonId: string, stepId: string) => ({
  component: MessengerChat,
  moduleId: 'messengers',
  lessonId,
  stepId,
});

describe('MessengerChat', () => {
  describe('sending a text', () => {
    it('completes when a text is sent to the right person, who replies', async () => {
      const { user, onComplete, onMistake, word } = await renderSimulation(
        at('messages-photos-voice', 'practiceText'),
      );
      await user.click(screen.getByRole('button', { name: 'Ania (wnuczka)' }));
      expect(screen.getByRole('heading', { name: 'Ania (wnuczka)' })).toHaveFocus();
      await user.type(screen.getByRole('textbox', { name: 'Wiadomość' }), 'Dzień dobry, u mnie dobrze');
      await user.click(screen.getByRole('button', { name: 'Wyślij' }));

      const log = screen.getByRole('log', { name: 'Wiadomości w czacie' });
      expect(within(log).getByText('Dzień dobry, u mnie dobrze')).toBeInTheDocument();
      expect(within(log).getByText(word('reply'))).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Wiadomość' })).toHaveValue('');
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(onMistake).not.toHaveBeenCalled();
      expect(screen.getByText(word('done'))).toBeInTheDocument();
    });

    it('sends nothing and explains when the chat is the wrong one or the message is empty', async () => {
      const { user, onComplete, onMistake, word } = await renderSimulation(
        at('messages-photos-voice', 'practiceText'),
      );
      await user.click(screen.getByRole('button', { name: 'Ewa (córka)' }));
      await user.type(screen.getByRole('textbox', { name: 'Wiadomość' }), 'Dzień dobry');
      await user.click(screen.getByRole('button', { name: 'Wyślij' }));
      expect(
        screen.getByText(/To jest czat: Ewa \(córka\)\. Zadanie jest dla osoby: Ania/),
      ).toBeInTheDocument();
      expect(screen.getByText('Nie ma jeszcze wiadomości.')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Wróć do listy czatów' }));
      await user.click(screen.getByRole('button', { name: 'Ania (wnuczka)' }));
      await user.click(screen.getByRole('button', { name: 'Wyślij' }));
      expect(screen.getByText(/Pole „Wiadomość” jest puste/)).toBeInTheDocument();

      expect(onMistake).toHaveBeenCalledTimes(2);
      expect(screen.getByText(word('hint'))).toBeInTheDocument();
      expect(onComplete).not.toHaveBeenCalled();
    });

    it('shows the finished task and offers to practise again when completed before', async () => {
      const { user, word } = await renderSimulation({
        ...at('messages-photos-voice', 'practiceText'),
        completed: true,
      });
      expect(screen.getByRole('heading', { name: 'Zadanie wykonane' })).toBeInTheDocument();
      expect(screen.getByText('Wiadomość wysłana. Odbiorca: Ania (wnuczka).')).toBeInTheDocument();
      expect(screen.getByText(word('done'))).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
      expect(screen.getByRole('heading', { name: 'Czaty' })).toBeInTheDocument();
    });

    it('speaks English when the lesson is in English', async () => {
      const { user, onComplete } = await renderSimulation({
        ...at('messages-photos-voice', 'practiceText'),
        language: 'en',
      });
      expect(screen.getByText('Messenger (practice)')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Ania (granddaughter)' }));
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(onComplete).toHaveBeenCalledTimes(1);
    });
  });

  describe('sending a photo', () => {
    it('refuses the wrong photo and sends the right one', async () => {
      const { user, onComplete, onMistake } = await renderSimulation(
        at('messages-photos-voice', 'practicePhoto'),
      );
      await user.click(screen.getByRole('button', { name: 'Marek (syn)' }));
      await user.click(screen.getByRole('button', { name: 'Zdjęcie' }));
      await user.click(screen.getByRole('button', { name: 'Kot na fotelu' }));
      expect(screen.getByText('Wybrane zdjęcie: Kot na fotelu')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Wyślij zdjęcie' }));
      expect(onMistake).toHaveBeenCalledTimes(1);
      expect(screen.getByText(/To zdjęcie to: Kot na fotelu/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Anuluj' }));
      expect(screen.getByRole('button', { name: 'Zdjęcie' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Zdjęcie' }));
      await user.click(screen.getByRole('button', { name: 'Tort urodzinowy' }));
      await user.click(screen.getByRole('button', { name: 'Wyślij zdjęcie' }));
      expect(within(screen.getByRole('log')).getByText('Zdjęcie: Tort urodzinowy')).toBeInTheDocument();
      expect(onComplete).toHaveBeenCalledTimes(1);
    });
  });

  describe('sending a voice message', () => {
    it('records with taps, asks to listen first, then sends', async () => {
      const { user, onComplete, onMistake } = await renderSimulation(
        at('messages-photos-voice', 'practiceVoice'),
      );
      await user.click(screen.getByRole('button', { name: 'Ewa (córka)' }));
      await user.click(screen.getByRole('button', { name: 'Nagraj' }));
      expect(screen.getByText(/Nagrywanie trwa/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Zatrzymaj nagrywanie' }));
      expect(screen.getByRole('button', { name: 'Odsłuchaj' })).toHaveFocus();

      await user.click(screen.getByRole('button', { name: 'Wyślij nagranie' }));
      expect(onMistake).toHaveBeenCalledTimes(1);
      expect(screen.getByText(/Najpierw dotknij „Odsłuchaj”/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Odsłuchaj' }));
      await user.click(screen.getByRole('button', { name: 'Wyślij nagranie' }));
      expect(within(screen.getByRole('log')).getByText('Wiadomość głosowa')).toBeInTheDocument();
      expect(onComplete).toHaveBeenCalledTimes(1);
    });

    it('explains that "Zadzwoń" is a live call, not a voice message', async () => {
      const { user, onMistake } = await renderSimulation(at('messages-photos-voice', 'practiceVoice'));
      await user.click(screen.getByRole('button', { name: 'Ewa (córka)' }));
      await user.click(screen.getByRole('button', { name: 'Zadzwoń' }));
      expect(onMistake).toHaveBeenCalledTimes(1);
      expect(screen.getByText(/zaczyna rozmowę na żywo/)).toBeInTheDocument();
    });
  });

  describe('a video call', () => {
    it('counts a voice call as a mistake and completes when the video call is ended', async () => {
      const { user, onComplete, onMistake, word } = await renderSimulation(at('video-calls', 'practiceCall'));
      await user.click(screen.getByRole('button', { name: 'Ewa (córka)' }));
      await user.click(screen.getByRole('button', { name: 'Zadzwoń' }));
      expect(screen.getByText(/zwykłą rozmowę, bez obrazu/)).toBeInTheDocument();
      expect(onMistake).toHaveBeenCalledTimes(1);

      await user.click(screen.getByRole('button', { name: 'Wideo' }));
      expect(screen.getByRole('heading', { name: 'Rozmowa wideo' })).toHaveFocus();
      expect(
        within(screen.getByRole('list', { name: 'Osoby w rozmowie' })).getByText('Ewa (córka)'),
      ).toBeVisible();
      expect(onComplete).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Rozłącz' }));
      expect(screen.getByRole('heading', { name: 'Rozmowa zakończona.' })).toBeInTheDocument();
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(screen.getByText(word('done'))).toBeInTheDocument();
    });

    it('refuses a video call to the wrong person', async () => {
      const { user, onMistake } = await renderSimulation(at('video-calls', 'practiceCall'));
      await user.click(screen.getByRole('button', { name: 'Marek (syn)' }));
      await user.click(screen.getByRole('button', { name: 'Wideo' }));
      expect(onMistake).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('heading', { name: 'Rozmowa wideo' })).not.toBeInTheDocument();
    });

    it('needs the second person in a group call before it ends', async () => {
      const { user, onComplete, onMistake } = await renderSimulation(at('video-calls', 'practiceGroup'));
      await user.click(screen.getByRole('button', { name: 'Ewa (córka)' }));
      await user.click(screen.getByRole('button', { name: 'Wideo' }));
      await user.click(screen.getByRole('button', { name: 'Rozłącz' }));
      expect(screen.getByText(/zabrakło w niej osoby: Marek \(syn\)/)).toBeInTheDocument();
      expect(onMistake).toHaveBeenCalledTimes(1);

      await user.click(screen.getByRole('button', { name: 'Wideo' }));
      await user.click(screen.getByRole('button', { name: 'Dodaj osobę' }));
      expect(screen.getByRole('group', { name: 'Kogo dodać do rozmowy?' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Marek (syn)' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Ania (wnuczka)' }));
      expect(onMistake).toHaveBeenCalledTimes(2);
      await user.click(screen.getByRole('button', { name: 'Marek (syn)' }));
      expect(screen.getByText('Do rozmowy dołącza: Marek (syn).')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Rozłącz' }));
      expect(onComplete).toHaveBeenCalledTimes(1);
    });
  });

  describe('two-step verification', () => {
    it('is turned on through Ustawienia, Konto, with a 6-digit PIN typed twice', async () => {
      const { user, onComplete, onMistake } = await renderSimulation(
        at('two-step-verification', 'practiceTurnOn'),
      );
      await user.click(screen.getByRole('button', { name: 'Ustawienia' }));
      await user.click(screen.getByRole('button', { name: 'Prywatność' }));
      expect(screen.getByText(/Znajdziesz ją w pozycji „Konto”/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Konto' }));
      await user.click(screen.getByRole('button', { name: 'Weryfikacja dwuetapowa' }));
      expect(screen.getByText('Stan: wyłączona.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Włącz' }));

      const pin = screen.getByRole('textbox', { name: 'Wpisz 6-cyfrowy PIN' });
      await user.type(pin, '1234');
      await user.click(screen.getByRole('button', { name: 'Zatwierdź PIN' }));
      expect(screen.getByText('PIN musi mieć dokładnie 6 cyfr, a ten ma 4 cyfry.')).toBeInTheDocument();
      expect(pin).toHaveAttribute('aria-invalid', 'true');
      await user.clear(pin);
      await user.type(pin, '482915{Enter}');

      const repeat = screen.getByRole('textbox', { name: 'Wpisz ten sam PIN jeszcze raz' });
      await user.type(repeat, '482916{Enter}');
      expect(screen.getByText(/Ten PIN różni się od pierwszego/)).toBeInTheDocument();
      await user.clear(repeat);
      await user.type(repeat, '482915{Enter}');

      const email = screen.getByRole('textbox', { name: 'Adres e-mail (nieobowiązkowy)' });
      await user.type(email, 'jan.kowalski{Enter}');
      expect(screen.getByText(/Ten adres e-mail wygląda na niepełny/)).toBeInTheDocument();
      expect(onComplete).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Pomiń' }));

      expect(screen.getByText('Weryfikacja dwuetapowa jest włączona.')).toBeInTheDocument();
      expect(screen.getByText('Stan: włączona.')).toBeInTheDocument();
      expect(onMistake).toHaveBeenCalledTimes(4);
      expect(onComplete).toHaveBeenCalledTimes(1);
    });

    it('keeps the e-mail address when one is given', async () => {
      const { user, onComplete } = await renderSimulation(at('two-step-verification', 'practiceTurnOn'));
      await user.click(screen.getByRole('button', { name: 'Ustawienia' }));
      await user.click(screen.getByRole('button', { name: 'Konto' }));
      await user.click(screen.getByRole('button', { name: 'Weryfikacja dwuetapowa' }));
      await user.click(screen.getByRole('button', { name: 'Włącz' }));
      await user.type(screen.getByRole('textbox', { name: 'Wpisz 6-cyfrowy PIN' }), '482 915{Enter}');
      await user.type(
        screen.getByRole('textbox', { name: 'Wpisz ten sam PIN jeszcze raz' }),
        '482915{Enter}',
      );
      await user.type(
        screen.getByRole('textbox', { name: 'Adres e-mail (nieobowiązkowy)' }),
        'jan@poczta.pl',
      );
      await user.click(screen.getByRole('button', { name: 'Zapisz' }));
      expect(
        screen.getByText('Adres e-mail na wypadek zapomnienia PIN-u: jan@poczta.pl'),
      ).toBeInTheDocument();
      expect(onComplete).toHaveBeenCalledTimes(1);
    });

    it('calls the settings off-task when the task is a message', async () => {
      const { user, onMistake } = await renderSimulation(at('messages-photos-voice', 'practiceText'));
      await user.click(screen.getByRole('button', { name: 'Ustawienia' }));
      expect(onMistake).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('heading', { name: 'Czaty' })).toBeInTheDocument();
    });
  });
});
