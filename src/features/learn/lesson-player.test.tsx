import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lesson, ModuleDefinition } from '@/content/schema';
import type { LessonProgress } from '@/features/learn/data/lesson-progress';
import { LessonPlayer } from '@/features/learn/lesson-player';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import type { SimulationRegistry } from '@/features/learn/steps/practice-step';
import { createI18n } from '@/lib/i18n';

const lesson: Lesson = {
  id: 'fixture-lesson',
  key: 'fixtureLesson',
  digComp: ['4.2'],
  sources: [{ code: 'M15', url: 'https://example.org/source' }],
  checkedOn: '2026-11-22',
  steps: [
    { kind: 'read', id: 'intro', callouts: ['tip'] },
    { kind: 'practice', id: 'try', simulation: { kind: 'scam-check' } as never },
    {
      kind: 'quiz',
      id: 'check',
      multiple: false,
      options: [
        { id: 'a', correct: false },
        { id: 'b', correct: true },
      ],
    },
    { kind: 'checklist', id: 'later', items: ['one'] },
    { kind: 'recap', id: 'end', points: ['p1'] },
  ],
};
const module = {
  id: 'messengers',
  key: 'messengers',
  namespace: 'fixture',
  lessons: [lesson],
} as unknown as ModuleDefinition;

const words = {
  lessons: {
    fixtureLesson: {
      title: 'Lekcja próbna',
      summary: 'Opis',
      steps: {
        intro: { title: 'Wstęp', body: 'Pierwszy akapit.\n\nDrugi akapit.', tip: 'Dobra rada.' },
        try: {
          title: 'Ćwiczenie',
          goal: 'Naciśnij dobry przycisk.',
          hint: 'Szukaj słowa „dobry”.',
          done: 'Udało się.',
        },
        check: {
          title: 'Pytanie',
          question: 'Która odpowiedź jest dobra?',
          options: {
            a: { text: 'Pierwsza', feedback: 'Nie, bo pierwsza jest zła.' },
            b: { text: 'Druga', feedback: 'Tak, bo druga jest dobra.' },
          },
        },
        later: { title: 'Na później', items: { one: 'Włącz weryfikację.' } },
        end: { title: 'Podsumowanie', points: { p1: 'Nie podawaj kodów.' } },
      },
    },
  },
};

function FakeSimulation({ onMistake, onComplete, completed }: SimulationProps<unknown>) {
  return (
    <div>
      <button type="button" onClick={() => onMistake()}>
        Zły przycisk
      </button>
      <button type="button" onClick={onComplete} disabled={completed}>
        Dobry przycisk
      </button>
    </div>
  );
}
const simulations = { 'scam-check': FakeSimulation } as unknown as SimulationRegistry;

async function renderPlayer(initial?: LessonProgress) {
  const i18n = await createI18n('pl');
  await i18n.loadNamespaces('learn');
  i18n.addResourceBundle('pl', 'fixture', words);
  const save = vi.fn<(progress: LessonProgress) => Promise<void>>().mockResolvedValue();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <LessonPlayer
          module={module}
          lesson={lesson}
          initial={initial}
          save={save}
          simulations={simulations}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  await screen.findByText(/Krok \d z 5/);
  return { save, user };
}

const lastSaved = (save: ReturnType<typeof vi.fn>) => save.mock.calls.at(-1)?.[0] as LessonProgress;

describe('LessonPlayer', () => {
  beforeEach(() => {
    vi.stubGlobal('speechSynthesis', undefined);
  });

  it('shows one step per screen and saves the place at every step', async () => {
    const { save, user } = await renderPlayer();
    expect(screen.getByText('Krok 1 z 5')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Postęp lekcji' })).toHaveAttribute('value', '1');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Wstęp');
    expect(screen.getByText('Drugi akapit.')).toBeInTheDocument();
    expect(screen.getByText('Dobra rada.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Wstecz' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(screen.getByText('Krok 2 z 5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(lastSaved(save)).toMatchObject({
      lessonId: 'fixture-lesson',
      moduleId: 'messengers',
      step: 1,
      stepsTotal: 5,
    });

    await user.click(screen.getByRole('button', { name: 'Wstecz' }));
    expect(screen.getByText('Krok 1 z 5')).toBeInTheDocument();
    expect(lastSaved(save).step).toBe(0);
  });

  it('opens at the step where the learner stopped', async () => {
    await renderPlayer({ lessonId: 'fixture-lesson', moduleId: 'messengers', step: 3, stepsTotal: 5 });
    expect(screen.getByText('Krok 4 z 5')).toBeInTheDocument();
    expect(screen.getByText('Włącz weryfikację.')).toBeInTheDocument();
  });

  it('starts at the first step when the saved place no longer exists', async () => {
    await renderPlayer({ lessonId: 'fixture-lesson', moduleId: 'messengers', step: -4, stepsTotal: 9 });
    expect(screen.getByText('Krok 1 z 5')).toBeInTheDocument();
  });

  it('offers the hint after the second mistake and records the practice result', async () => {
    const { save, user } = await renderPlayer({
      lessonId: 'fixture-lesson',
      moduleId: 'messengers',
      step: 1,
      stepsTotal: 5,
    });
    expect(screen.getByText('Ćwiczenie — to nie jest prawdziwa aplikacja')).toBeInTheDocument();
    expect(screen.getByText('Naciśnij dobry przycisk.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Zły przycisk' }));
    expect(screen.queryByText('Szukaj słowa „dobry”.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zły przycisk' }));
    expect(screen.getByText('Szukaj słowa „dobry”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dobry przycisk' }));
    expect(screen.getByText('Udało się.')).toBeInTheDocument();
    expect(lastSaved(save).practice).toEqual({ try: { done: true, mistakes: 2 } });
  });

  it('explains a wrong answer, allows another try and keeps the result', async () => {
    const { save, user } = await renderPlayer({
      lessonId: 'fixture-lesson',
      moduleId: 'messengers',
      step: 2,
      stepsTotal: 5,
    });
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(screen.getByText('Najpierw wybierz odpowiedź.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Pierwsza' }));
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(screen.getByText('Nie, bo pierwsza jest zła.')).toBeInTheDocument();
    expect(screen.getByText(/Jeszcze nie\./)).toBeInTheDocument();
    expect(lastSaved(save).quiz).toEqual({ check: { correct: false, attempts: 1 } });

    await user.click(screen.getByRole('radio', { name: 'Druga' }));
    await user.click(screen.getByRole('button', { name: 'Sprawdź' }));
    expect(screen.getByText('Tak, bo druga jest dobra.')).toBeInTheDocument();
    expect(screen.getByText('Dobrze! To prawidłowa odpowiedź.')).toBeInTheDocument();
    expect(lastSaved(save).quiz).toEqual({ check: { correct: true, attempts: 2 } });
  });

  it('finishes the lesson, records completion and shows the sources', async () => {
    const { save, user } = await renderPlayer({
      lessonId: 'fixture-lesson',
      moduleId: 'messengers',
      step: 4,
      stepsTotal: 5,
    });
    await user.click(screen.getByRole('button', { name: 'Zakończ lekcję' }));
    expect(await screen.findByRole('heading', { name: 'Lekcja ukończona' })).toHaveFocus();
    expect(lastSaved(save).completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(screen.getByRole('link', { name: 'example.org/source' })).toHaveAttribute(
      'href',
      'https://example.org/source',
    );
    expect(screen.getByText('Informacje sprawdzono 22 listopada 2026.')).toBeInTheDocument();
  });

  it('tells the learner when progress could not be saved and lets them go on', async () => {
    const { save, user } = await renderPlayer();
    save.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nie udało się zapisać postępu.');
    expect(screen.getByText('Krok 2 z 5')).toBeInTheDocument();
    // The next save succeeds: the message goes away.
    await user.click(screen.getByRole('button', { name: 'Wstecz' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(lastSaved(save).step).toBe(0);
  });
});
