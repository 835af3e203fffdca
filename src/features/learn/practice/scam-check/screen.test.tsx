import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScamCheck } from '@/features/learn/practice/scam-check/screen';
import { renderSimulation } from '@/testing/render-simulation';

const calls = { component: ScamCheck, moduleId: 'messengers', lessonId: 'scams', stepId: 'practiceCalls' };
const messages = { ...calls, stepId: 'practiceMessages' };

describe('ScamCheck', () => {
  it('completes when every call is judged rightly, explaining each one', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(calls);
    expect(screen.getByRole('heading', { name: 'Przykład 1 z 3' })).toBeInTheDocument();
    expect(screen.getByText(word('items.guessWho.lines.l1'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    expect(screen.getByText('Dobrze, to oszustwo.')).toBeInTheDocument();
    expect(screen.getByText(word('items.guessWho.explain'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));
    expect(screen.getByRole('heading', { name: 'Przykład 2 z 3' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Bezpieczne' }));
    expect(screen.getByText('Dobrze, to jest bezpieczne.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));

    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    expect(screen.queryByRole('button', { name: 'Następny przykład' })).not.toBeInTheDocument();
    expect(screen.getByText('Wszystkie przykłady są ocenione.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('nudges gently and lets the learner try the same item again after a wrong judgement', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(calls);
    await user.click(screen.getByRole('button', { name: 'Bezpieczne' }));
    expect(screen.getByText(/^Tym razem nie\./)).toHaveTextContent(word('items.guessWho.hint'));
    expect(screen.getByRole('heading', { name: 'Przykład 1 z 3' })).toBeInTheDocument();
    expect(screen.queryByText(word('items.guessWho.explain'))).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bezpieczne' }));

    expect(onMistake).toHaveBeenCalledTimes(2);
    expect(screen.getByText(word('hint'))).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    expect(screen.queryByText(/^Tym razem nie\./)).not.toBeInTheDocument();
    expect(screen.getByText(word('items.guessWho.explain'))).toBeInTheDocument();
  });

  it('asks what to do with a scam SMS and accepts only forwarding the original to 8080', async () => {
    const { user, onComplete, onMistake, word } = await renderSimulation(messages);
    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));
    await user.click(screen.getByRole('button', { name: 'Bezpieczne' }));
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));
    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));

    expect(screen.getByRole('heading', { name: 'Przykład 4 z 5' })).toBeInTheDocument();
    expect(screen.getByText('SMS')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    expect(screen.getByRole('group', { name: 'Co robisz z tym SMS-em?' })).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Robię zdjęcie ekranu i wysyłam je na 8080' }));
    expect(screen.getByText(/przesyłasz oryginalny SMS, a nie zdjęcie ekranu/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dotykam linku, żeby sprawdzić, co to jest' }));
    expect(screen.getByText(/fałszywej strony, która wyłudza dane/)).toBeInTheDocument();
    expect(onMistake).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Przesyłam ten SMS dalej na numer 8080' }));
    expect(screen.getByText(/SMS trafi do CERT Polska/)).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    // The fifth: "Mamo, to mój nowy numer" — a scam SMS too.
    await user.click(screen.getByRole('button', { name: 'Następny przykład' }));
    expect(screen.getByRole('heading', { name: 'Przykład 5 z 5' })).toBeInTheDocument();
    expect(screen.getByText(/Mamo, to mój nowy numer/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Oszustwo' }));
    await user.click(screen.getByRole('button', { name: 'Przesyłam ten SMS dalej na numer 8080' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(screen.getByText(word('done'))).toBeInTheDocument();
  });

  it('shows every judgement and offers to practise again when completed before', async () => {
    const { user, word } = await renderSimulation({ ...calls, completed: true });
    expect(screen.getByRole('heading', { name: 'Twoje oceny' })).toBeInTheDocument();
    expect(screen.getByText('Nieznany numer: oszustwo')).toBeInTheDocument();
    expect(screen.getByText('Kuba (wnuk): bezpieczne')).toBeInTheDocument();
    expect(screen.getByText(word('done'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ćwicz jeszcze raz' }));
    expect(screen.getByRole('heading', { name: 'Przykład 1 z 3' })).toHaveFocus();
  });

  it('speaks English when the lesson is in English', async () => {
    const { user, onComplete } = await renderSimulation({ ...calls, language: 'en' });
    expect(screen.getByText('Safe or a scam?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Scam' }));
    await user.click(screen.getByRole('button', { name: 'Next example' }));
    await user.click(screen.getByRole('button', { name: 'Safe' }));
    await user.click(screen.getByRole('button', { name: 'Next example' }));
    await user.click(screen.getByRole('button', { name: 'Scam' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
