import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasteCalendar } from '@/features/learn/practice/waste-calendar/screen';
import { renderSimulation } from '@/testing/render-simulation';

const schedule = {
  component: WasteCalendar,
  moduleId: 'waste',
  lessonId: 'collection-schedule',
  stepId: 'practiceCalendar',
};

const day = (name: RegExp) => screen.getByRole('button', { name });
const CONFIRM = /^To ten dzień:/;

/** The files the component "downloads", read back from the Blob given to createObjectURL. */
let saved: Blob[] = [];
beforeEach(() => {
  saved = [];
  // jsdom has no object URLs and does not download: record the file instead.
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return 'blob:calendar';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('WasteCalendar', () => {
  it('shows the month as a table with weekday headers and days named in words', async () => {
    await renderSimulation(schedule);
    const table = screen.getByRole('table', {
      name: 'Marzec 2027: harmonogram dla adresu ul. Klonowa 7, Zduńska Wola (adres zmyślony)',
    });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(7);
    expect(headers[0]).toHaveTextContent('poniedziałek');
    expect(headers[6]).toHaveTextContent('niedziela');
    expect(day(/^czwartek, 11 marca: Szkło$/)).toBeInTheDocument();
    expect(day(/^poniedziałek, 8 marca, dziś: brak odbioru$/)).toHaveAttribute('aria-current', 'date');
    expect(day(/^wtorek, 16 marca: Zmieszane$/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Dziś jest poniedziałek, 8 marca. Adres z ćwiczenia: ul. Klonowa 7, Zduńska Wola (adres zmyślony).',
      ),
    ).toBeInTheDocument();
  });

  it('answers every question and saves a calendar file, completing the goal', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(schedule);
    expect(screen.getByRole('heading', { name: 'Pytanie 1 z 4' })).toBeInTheDocument();
    expect(screen.getByText('Kiedy jest najbliższy odbiór szkła?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: CONFIRM })).not.toBeInTheDocument();

    await user.click(day(/^czwartek, 11 marca/));
    expect(
      screen.getByText('Wybrany dzień: czwartek, 11 marca. Odbiór: Szkło (pojemnik zielony).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'To ten dzień: czwartek, 11 marca' }));
    expect(screen.getByText('Dobrze. Najbliższy odbiór, Szkło: czwartek, 11 marca.')).toBeInTheDocument();
    expect(screen.getByText(word('questions.nextGlass.explain'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));
    expect(screen.getByRole('heading', { name: 'Pytanie 2 z 4' })).toHaveFocus();

    await user.click(day(/^wtorek, 16 marca/));
    await user.click(screen.getByRole('button', { name: CONFIRM }));
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));

    await user.click(screen.getByRole('button', { name: 'W czwartek przed 6:00 rano' }));
    expect(screen.getByText('Dobrze: W czwartek przed 6:00 rano')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));

    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Dodaj do mojego kalendarza' }));
    expect(
      screen.getByText('Zapisano plik odbior-odpadow-2027-03.ics. Znajdziesz go w pobranych plikach.'),
    ).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText('Wszystkie pytania są za Tobą.')).toBeInTheDocument();

    // The file holds the collections from today on: 9, 11, 16, 19, 23, 25 and 30 March.
    expect(saved).toHaveLength(1);
    const text = await (saved[0] as Blob).text();
    expect(saved[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(7);
    expect(text).toContain('DTSTART;VALUE=DATE:20270311\r\n');
    expect(text).not.toContain('DTSTART;VALUE=DATE:20270302');
    expect(text).toContain('SUMMARY:Odbiór: Szkło\\, pojemnik zielony (ćwiczenie)');
  });

  it('gives the reason a day is wrong and the hint after the second mistake', async () => {
    const { user, onMistake, word } = await renderSimulation(schedule);
    await user.click(day(/^wtorek, 9 marca/));
    await user.click(screen.getByRole('button', { name: CONFIRM }));
    expect(
      screen.getByText('wtorek, 9 marca: odbiór Bio. Szukasz dnia z odbiorem: Szkło.'),
    ).toBeInTheDocument();
    await user.click(day(/^wtorek, 2 marca/));
    await user.click(screen.getByRole('button', { name: CONFIRM }));
    expect(
      screen.getByText(/^wtorek, 2 marca już minął\. Dziś jest poniedziałek, 8 marca\./),
    ).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(
      screen.getByText(
        'Znajdź w kalendarzu dzisiejszy dzień, poniedziałek, 8 marca. Potem idź dzień po dniu dalej, aż zobaczysz: Szkło.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(word('questions.nextGlass.explain'))).not.toBeInTheDocument();
  });

  it('explains a wrong answer to a choice question', async () => {
    const { user, onMistake, word } = await renderSimulation(schedule);
    for (const date of [/^czwartek, 11 marca/, /^wtorek, 16 marca/]) {
      await user.click(day(date));
      await user.click(screen.getByRole('button', { name: CONFIRM }));
      await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));
    }
    await user.click(screen.getByRole('button', { name: 'W czwartek około 10:00' }));
    expect(
      screen.getByText(`Tym razem nie. ${word('questions.binOut.options.at10.feedback')}`),
    ).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(1);
  });

  it('moves between days with the arrow keys and chooses with Enter, keyboard only', async () => {
    const { user } = await renderSimulation(schedule);
    // Only one day is in the tab order: today.
    const today = day(/^poniedziałek, 8 marca/);
    expect(today).toHaveAttribute('tabindex', '0');
    expect(day(/^wtorek, 9 marca/)).toHaveAttribute('tabindex', '-1');
    today.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(day(/^czwartek, 11 marca/)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(day(/^czwartek, 11 marca/)).toHaveAttribute('aria-pressed', 'true');
    // The next stop after the calendar is the confirm button under it.
    await user.tab();
    expect(screen.getByRole('button', { name: 'To ten dzień: czwartek, 11 marca' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveClass('waste-calendar__result');
    expect(screen.getByText('Dobrze. Najbliższy odbiór, Szkło: czwartek, 11 marca.')).toBeInTheDocument();
  });

  it('shows the right answers and still saves the file when completed before', async () => {
    const { user } = await renderSimulation({ ...schedule, completed: true });
    expect(screen.getByRole('heading', { name: 'Twoje odpowiedzi' })).toBeInTheDocument();
    expect(screen.getByText('Odpowiedź: czwartek, 11 marca')).toBeInTheDocument();
    expect(screen.getByText('Odpowiedź: wtorek, 16 marca')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dodaj do mojego kalendarza' }));
    expect(saved).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Pytanie 1 z 4' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user } = await renderSimulation({ ...schedule, language: 'en' });
    expect(screen.getByText('Waste collection schedule (practice)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Thursday, March 11/ }));
    await user.click(screen.getByRole('button', { name: /^This is the day:/ }));
    expect(screen.getByText(/^Well done\. The next collection of Glass:/)).toBeInTheDocument();
  });
});
