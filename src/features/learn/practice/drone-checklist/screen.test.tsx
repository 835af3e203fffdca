import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DroneChecklist } from '@/features/learn/practice/drone-checklist/screen';
import { renderSimulation } from '@/testing/render-simulation';
import { expectTextShown } from '@/testing/text-blocks';

const preflight = {
  component: DroneChecklist,
  moduleId: 'drones',
  lessonId: 'zones-check-in',
  stepId: 'practicePreflight',
};
const registration = {
  component: DroneChecklist,
  moduleId: 'drones',
  lessonId: 'operator-registration',
  stepId: 'practiceSteps',
};

const PREFLIGHT_REQUIRED = [
  'Sprawdzam, czy bateria drona jest naładowana',
  'Sprawdzam, czy numer operatora jest na dronie',
  'Sprawdzam pogodę i wiatr',
  'Sprawdzam na mapie w DroneTower, czy to miejsce nie leży w strefie zakazu lotów',
  'Zgłaszam lot w DroneTower',
  'Sprawdzam, czy ludzie są tak daleko, jak wymaga moja podkategoria',
  'Polecę najwyżej 120 metrów nad ziemią i cały czas będę widzieć drona',
];

describe('DroneChecklist', () => {
  it('completes when exactly the required items are ticked and checked', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(preflight);
    expect(screen.getByText('Lista przed lotem (ćwiczenie)')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: word('legend') })).toBeInTheDocument();
    for (const name of PREFLIGHT_REQUIRED) await user.click(screen.getByRole('checkbox', { name }));
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Wszystko się zgadza.' })).toHaveFocus();
    expect(screen.getByText(word('items.battery.explain'))).toBeInTheDocument();
    expect(screen.queryByText(word('items.crowd.text'))).not.toBeInTheDocument();
    expectTextShown(document.querySelector('.callout--success'), word('done'));
  });

  it('explains a ticked distractor and counts missing items, then shows the hint after two mistakes', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(preflight);
    for (const name of PREFLIGHT_REQUIRED) await user.click(screen.getByRole('checkbox', { name }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Polecę nad tłumem ludzi, żeby zrobić lepsze zdjęcie' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(screen.getByText('Jeszcze nie wszystko się zgadza.')).toBeInTheDocument();
    expect(
      screen.getByText(`„${word('items.crowd.text')}” — tego nie zaznaczaj. ${word('items.crowd.explain')}`),
    ).toBeInTheDocument();
    expect(screen.queryByText(word('hint'))).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', { name: 'Polecę nad tłumem ludzi, żeby zrobić lepsze zdjęcie' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Zgłaszam lot w DroneTower' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sprawdzam pogodę i wiatr' }));
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(
      screen.getByText('Brakuje jeszcze 2 punktów, które pasują. Przeczytaj listę jeszcze raz.'),
    ).toBeInTheDocument();

    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(onComplete).not.toHaveBeenCalled();
    // Only missing items: the hint names the first one of them.
    expect(screen.getByText(`Nie zapomnij o punkcie: „${word('items.weather.text')}”.`)).toBeInTheDocument();
  });

  it('shows the general hint when distractors were ticked both times', async () => {
    const { user, onMistake, onComplete, word } = await renderSimulation(registration);
    await user.click(screen.getByRole('checkbox', { name: 'Rejestruję się w aplikacji DroneRadar' }));
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    await user.click(screen.getByRole('checkbox', { name: 'Płacę za kurs i test online' }));
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
    expect(screen.getByText(/Kurs i test online są bezpłatne\./)).toBeInTheDocument();
  });

  it('asks gently for a tick instead of counting a mistake when nothing is ticked', async () => {
    const { user, onMistake } = await renderSimulation(preflight);
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(screen.getByText(/^Nic jeszcze nie jest zaznaczone\./)).toBeInTheDocument();
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('shows the numbered steps and offers to practise again when completed before', async () => {
    const { user, word } = await renderSimulation({ ...registration, completed: true });
    expect(screen.getByRole('heading', { name: 'Wszystko się zgadza.' })).toBeInTheDocument();
    expect(screen.getByText('To są kolejne kroki, po kolei:')).toBeInTheDocument();
    const simulation = document.querySelector('.practice__screen') ?? document.body;
    const steps = within(simulation as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('strong')?.textContent);
    expect(steps).toEqual([
      word('items.account.text'),
      word('items.operator.text'),
      word('items.course.text'),
      word('items.label.text'),
      word('items.checkIn.text'),
    ]);
    expectTextShown(document.querySelector('.callout--success'), word('done'));

    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    const first = screen.getByRole('checkbox', { name: word('items.account.text') });
    expect(first).toHaveFocus();
    expect(first).not.toBeChecked();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...registration, language: 'en' });
    expect(screen.getByText('Drone operator registration (practice)')).toBeInTheDocument();
    for (const name of [
      'I create an account on the website drony.gov.pl',
      'I register as an operator and receive an operator number',
      'I take the course and pass the online test for subcategories A1 and A3',
      'I put the operator number on the drone',
      'Before every flight I log it on DroneTower',
    ])
      await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(screen.getByText('These are the steps, in order:')).toBeInTheDocument();
  });
});
