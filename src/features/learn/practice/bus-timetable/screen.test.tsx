import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BusTimetable } from '@/features/learn/practice/bus-timetable/screen';
import { renderSimulation } from '@/testing/render-simulation';

const nextBus = {
  component: BusTimetable,
  moduleId: 'buses',
  lessonId: 'stop-timetable',
  stepId: 'practiceNextBus',
};
const holiday = { ...nextBus, lessonId: 'request-stops', stepId: 'practiceHoliday' };

const minute = (name: string) => screen.getByRole('button', { name });
const day = (name: string) => screen.getByRole('button', { name });

describe('BusTimetable', () => {
  it('shows the timetable as a table with hour headers, minutes and footnotes', async () => {
    await renderSimulation(nextBus);
    expect(screen.getByText('Rozkład jazdy na przystanku (ćwiczenie)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Linia 4. Dni robocze: godziny odjazdów' });
    expect(within(table).getByRole('columnheader', { name: 'Godzina' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '7' })).toBeInTheDocument();
    // The minutes are named with their hour and letter, as the learner reads them.
    expect(within(table).getByRole('button', { name: '7:15 s' })).toBeInTheDocument();
    expect(screen.getByText('kursuje tylko w dni nauki szkolnej.')).toBeInTheDocument();
    expect(day('Dni robocze')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Dziś: sobota.')).toBeInTheDocument();
    expect(screen.getByText('Jest godzina 9:40.')).toBeInTheDocument();
  });

  it('completes when the next bus is found for every question, explaining each one', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(nextBus);
    await user.click(day('Soboty'));
    expect(day('Soboty')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: 'Linia 4. Soboty: godziny odjazdów' })).toBeInTheDocument();
    await user.click(minute('9:55'));
    expect(screen.getByText('Dobrze. Najbliższy autobus odjeżdża o 9:55.')).toBeInTheDocument();
    expect(screen.getByText(word('questions.saturday.explain'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));
    expect(screen.getByRole('heading', { name: 'Pytanie 2 z 3' })).toHaveFocus();
    // The table goes back to the first day type: choosing the day is part of every question.
    expect(day('Dni robocze')).toHaveAttribute('aria-pressed', 'true');

    await user.click(minute('7:15 s'));
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(minute('14:20'));

    expect(screen.getByText('Wszystkie pytania są rozwiązane.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Następne pytanie' })).not.toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('explains each wrong pick and shows the hint after the second', async () => {
    const { user, onMistake, onComplete, word } = await renderSimulation(nextBus);
    await user.click(minute('9:05'));
    expect(screen.getByText(/^Ten odjazd jest z innego rozkładu\. Dziś: sobota\./)).toBeInTheDocument();
    expect(screen.queryByText(word('hint'))).not.toBeInTheDocument();
    await user.click(day('Soboty'));
    await user.click(minute('9:15'));
    expect(screen.getByText(/^Ten autobus już odjechał\./)).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
    await user.click(minute('10:35'));
    expect(screen.getByText(/^Ten autobus pojedzie, ale jest wcześniejszy\./)).toBeInTheDocument();
    await user.click(minute('9:55'));
    expect(screen.queryByText(/^Ten autobus pojedzie/)).not.toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('points to the footnote when a lettered bus does not run today or goes elsewhere', async () => {
    const { user, onMistake } = await renderSimulation(holiday);
    await user.click(day('Niedziele i święta'));
    await user.click(minute('10:00'));
    expect(
      screen.getByText('Przy tych minutach nie ma litery k. Ten autobus nie dojedzie tam, gdzie chcesz.'),
    ).toBeInTheDocument();
    await user.click(minute('10:20 k'));
    await user.click(screen.getByRole('button', { name: 'Następne pytanie' }));
    await user.click(day('Niedziele i święta'));
    await user.click(minute('7:20 b'));
    expect(
      screen.getByText(
        'Przy tych minutach jest litera b. Objaśnienie: nie kursuje 1 stycznia, w Wielkanoc i 25 grudnia. Sprawdź, czy ten autobus jedzie dziś.',
      ),
    ).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(2);
  });

  it('can be done with the keyboard alone', async () => {
    const { user, onComplete } = await renderSimulation(holiday);
    const sundays = day('Niedziele i święta');
    sundays.focus();
    await user.keyboard('{Enter}');
    expect(sundays).toHaveAttribute('aria-pressed', 'true');
    minute('10:20 k').focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Następne pytanie' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Pytanie 2 z 3' })).toHaveFocus();
    day('Niedziele i święta').focus();
    await user.keyboard(' ');
    minute('8:20').focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    day('Soboty').focus();
    await user.keyboard('{Enter}');
    minute('14:50 k').focus();
    await user.keyboard('{Enter}');
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('lists the answers and offers to practise again when completed before', async () => {
    const { user } = await renderSimulation({ ...nextBus, completed: true });
    expect(screen.getByRole('heading', { name: 'Twoje odpowiedzi' })).toBeInTheDocument();
    expect(
      screen.getByText('sobota, godzina 9:40. Rozkład: Soboty. Najbliższy autobus: 9:55.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Najbliższy autobus: 14:20\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Pytanie 1 z 3' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...nextBus, language: 'en' });
    expect(screen.getByText('Today: Saturday.')).toBeInTheDocument();
    await user.click(day('Saturdays'));
    await user.click(minute('9:55'));
    expect(screen.getByText('Right. The next bus leaves at 9:55.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(minute('7:15 s'));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(minute('14:20'));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
