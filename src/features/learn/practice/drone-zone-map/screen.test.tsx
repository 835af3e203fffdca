import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DroneZoneMap } from '@/features/learn/practice/drone-zone-map/screen';
import { renderSimulation } from '@/testing/render-simulation';
import { expectTextShown } from '@/testing/text-blocks';

const zones = {
  component: DroneZoneMap,
  moduleId: 'drones',
  lessonId: 'zones-check-in',
  stepId: 'practiceMap',
};
const categories = { ...zones, lessonId: 'categories', stepId: 'practiceWhere' };

const CHECK_IN = 'Tak, po zgłoszeniu lotu w DroneTower';
const NO = 'Nie, tu nie wolno latać';
const CONSENT = 'Tylko za zgodą zarządzającego strefą';
const FREE = 'Tak, i nie muszę niczego zgłaszać';
const NEXT = 'Następne miejsce';

describe('DroneZoneMap', () => {
  it('completes when every place is judged rightly, explaining each one', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(zones);
    expect(screen.getByText('Czy mogę tu latać? (ćwiczenie)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Miejsce 1 z 4' })).toBeInTheDocument();
    expect(screen.getByText(word('places.smallField.text'))).toBeInTheDocument();
    // The place asked about is marked on the map, in the zone button's own words.
    expect(screen.getByRole('button', { name: /^Pole za miastem.*Tu chcesz latać$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: CHECK_IN }));
    expect(screen.getByText(`Dobrze. Właściwa odpowiedź: ${CHECK_IN}.`)).toBeInTheDocument();
    expect(screen.getByText(word('places.smallField.explain'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: NEXT }));
    expect(screen.getByRole('heading', { name: 'Miejsce 2 z 4' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: NO }));
    await user.click(screen.getByRole('button', { name: NEXT }));
    // The airport's zone needs the zone manager's consent (FACTS.md M5.9): the map says so.
    expect(screen.getByRole('button', { name: /^Lotnisko.*Lot tylko za zgodą/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: CONSENT }));
    await user.click(screen.getByRole('button', { name: NEXT }));
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: CHECK_IN }));

    expect(screen.queryByRole('button', { name: NEXT })).not.toBeInTheDocument();
    expect(screen.getByText('Wszystkie miejsca są sprawdzone.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expectTextShown(document.querySelector('.callout--success'), word('done'));
  });

  it('tells what is in a tapped zone without counting a mistake on a judged place', async () => {
    const { user, onMistake } = await renderSimulation(zones);
    await user.click(screen.getByRole('button', { name: /^Budynek rządowy/ }));
    expect(
      screen.getByText(
        'Wybrane miejsce: Budynek rządowy. Tu pracuje urząd państwowy. Mapa w DroneTower pokazuje tu strefę zakazu lotów.',
      ),
    ).toBeInTheDocument();
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('nudges gently after wrong answers and shows the hint after the second', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(zones);
    await user.click(screen.getByRole('button', { name: FREE }));
    expect(screen.getByText(`Tym razem nie. ${word('places.smallField.hint')}`)).toBeInTheDocument();
    expect(screen.queryByText(word('hint'))).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: NO }));

    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Miejsce 1 z 4' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: CHECK_IN }));
    expect(screen.queryByText(/^Tym razem nie\./)).not.toBeInTheDocument();
    expect(screen.getByText(word('places.smallField.explain'))).toBeInTheDocument();
  });

  it('counts a wrong zone as a mistake when the place must be found on the map', async () => {
    const { user, onMistake, word } = await renderSimulation(categories);
    expect(screen.getByText('Dotknij na mapie właściwego miejsca.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Czy możesz tu latać?' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Osiedle/ }));
    expect(
      screen.getByText(`To nie jest właściwe miejsce. ${word('places.heavyField.hint')}`),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Wybrane miejsce: Osiedle\./)).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: /^Pole za miastem/ }));
    expect(screen.getByText('Dobrze. To jest: Pole za miastem.')).toBeInTheDocument();
    expect(screen.getByText(word('places.heavyField.explain'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: NEXT }));
    // The categories lesson offers only two answers.
    expect(screen.getByRole('group', { name: 'Czy możesz tu latać?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: FREE })).not.toBeInTheDocument();
  });

  it('lists every place with its right answer and offers to practise again when completed before', async () => {
    const { user, word } = await renderSimulation({ ...zones, completed: true });
    expect(screen.getByRole('heading', { name: 'Twoje odpowiedzi' })).toBeInTheDocument();
    expect(screen.getByText(word('places.office.text'))).toBeInTheDocument();
    expect(screen.getAllByText(`Odpowiedź: ${NO}`)).toHaveLength(1);
    expect(screen.getAllByText(`Odpowiedź: ${CONSENT}`)).toHaveLength(1);
    expect(screen.getAllByText(`Odpowiedź: ${CHECK_IN}`)).toHaveLength(2);
    expectTextShown(document.querySelector('.callout--success'), word('done'));
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Miejsce 1 z 4' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...categories, language: 'en' });
    expect(screen.getByText('May I fly here? (practice)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Field outside the town/ }));
    await user.click(screen.getByRole('button', { name: 'Next place' }));
    await user.click(screen.getByRole('button', { name: 'Yes, after checking in the flight in DroneTower' }));
    await user.click(screen.getByRole('button', { name: 'Next place' }));
    await user.click(screen.getByRole('button', { name: 'No, flying is not allowed here' }));
    await user.click(screen.getByRole('button', { name: 'Next place' }));
    await user.click(screen.getByRole('button', { name: 'No, flying is not allowed here' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
