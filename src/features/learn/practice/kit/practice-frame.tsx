import { type ReactNode, useId, useState } from 'react';
import '@/features/learn/practice/kit/simulation.css';
import { useTranslation } from 'react-i18next';
import type { WordFunction } from '@/features/learn/step-words';
import { Paragraphs } from '@/features/learn/steps/read-step';

/** Mistakes before a hint is offered: the first may be a slip, the second means the learner is stuck. */
export const MISTAKES_BEFORE_HINT = 2;

export type PracticeHandlers = {
  onMistake: (hint?: string) => void;
  onComplete: () => void;
  completed: boolean;
};

type PracticeFrameProps = {
  /** Words of the practice step: `goal`, `hint`, `done`. */
  word: WordFunction;
  /** Whether the goal was reached before (restored from progress). */
  initiallyCompleted: boolean;
  /** Mistakes made before (restored from progress). */
  initialMistakes?: number;
  /** Called when the goal is reached and after each mistake, so the player can save them. */
  onChange?: (state: { completed: boolean; mistakes: number }) => void;
  /** Renders the simulation with the handlers it reports to. */
  children: (handlers: PracticeHandlers) => ReactNode;
};

/**
 * The frame around every simulation: it says plainly that this is practice, states the task, counts
 * mistakes and offers a hint after the second, and celebrates when the goal is reached.
 */
export function PracticeFrame({
  word,
  initiallyCompleted,
  initialMistakes = 0,
  onChange,
  children,
}: PracticeFrameProps) {
  const { t } = useTranslation('learn');
  const [completed, setCompleted] = useState(initiallyCompleted);
  const [mistakes, setMistakes] = useState(initialMistakes);
  const [specificHint, setSpecificHint] = useState<string>();
  const badgeId = useId();

  const handlers: PracticeHandlers = {
    completed,
    onMistake: (hint) => {
      const next = mistakes + 1;
      setMistakes(next);
      if (hint) setSpecificHint(hint);
      onChange?.({ completed, mistakes: next });
    },
    onComplete: () => {
      if (completed) return;
      setCompleted(true);
      onChange?.({ completed: true, mistakes });
    },
  };

  return (
    <div className="practice">
      <p className="practice__badge" id={badgeId}>
        {t('practice.badge')}
      </p>
      <p className="practice__explain">{t('practice.explain')}</p>
      <p className="practice__goal">
        <strong>{t('practice.task')}</strong> {word('goal')}
      </p>
      <section className="practice__screen" aria-label={t('practice.screen')} aria-describedby={badgeId}>
        {children(handlers)}
      </section>
      <div className="practice__feedback" aria-live="polite">
        {mistakes >= MISTAKES_BEFORE_HINT && !completed ? (
          <div className="callout callout--tip">
            <p className="callout__title">{t('practice.hintTitle')}</p>
            <p>{specificHint ?? word('hint')}</p>
          </div>
        ) : null}
        {completed ? (
          <div className="callout callout--success">
            <p className="callout__title">{t('practice.doneTitle')}</p>
            <Paragraphs text={word('done')} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
