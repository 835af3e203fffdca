import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, ModuleDefinition, Step } from '@/content/schema';
import type { LessonProgress } from '@/features/learn/data/lesson-progress';
import { LessonFinished } from '@/features/learn/lesson-finished';
import { ReadAloud } from '@/features/learn/read-aloud';
import { speechTextOf } from '@/features/learn/speech-text';
import { stepPrefix, wordsAt } from '@/features/learn/step-words';
import { ChecklistStep } from '@/features/learn/steps/checklist-step';
import {
  type PracticeResult,
  PracticeStep,
  type SimulationRegistry,
} from '@/features/learn/steps/practice-step';
import { type QuizResult, QuizStep } from '@/features/learn/steps/quiz-step';
import { ReadStep } from '@/features/learn/steps/read-step';
import { RecapStep } from '@/features/learn/steps/recap-step';
import { useFocusAfterChange } from '@/ui/use-focus-after-change';
import { Wrappable } from '@/ui/wrappable';

type LessonPlayerProps = {
  module: ModuleDefinition;
  lesson: Lesson;
  /** Progress when the lesson opened; the player owns it from then on. */
  initial: LessonProgress | undefined;
  /** Saves the whole progress; called at every step change, answer and practice result. */
  save: (progress: LessonProgress) => Promise<void>;
  simulations?: SimulationRegistry;
};

/** The User Timing measure of one progress save, from the step change to the IndexedDB commit. */
export const PROGRESS_SAVE_MEASURE = 'kpk:progress-save';

function clampStep(step: number | undefined, total: number): number {
  if (step === undefined || !Number.isInteger(step) || step < 0) return 0;
  return Math.min(step, total - 1);
}

/** One step per screen, "Krok 3 z 8", big Dalej/Wstecz buttons, no timers; progress saved at every step. */
export function LessonPlayer({ module, lesson, initial, save, simulations }: LessonPlayerProps) {
  const { t, i18n } = useTranslation([module.namespace, 'learn', 'common']);
  const { t: tLearn } = useTranslation('learn');
  const total = lesson.steps.length;
  const [progress, setProgress] = useState<LessonProgress>(() => ({
    lessonId: lesson.id,
    moduleId: module.id,
    stepsTotal: total,
    ...initial,
    step: clampStep(initial?.step, total),
  }));
  const [finished, setFinished] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const saveFailedRef = useRef(saveFailed);
  useEffect(() => {
    saveFailedRef.current = saveFailed;
  }, [saveFailed]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const index = progress.step;
  const step = lesson.steps[index] as Step;
  const word = wordsAt(t, stepPrefix(module.namespace, lesson.key, step.id));
  const language = i18n.resolvedLanguage ?? i18n.language;

  function update(changes: Partial<LessonProgress>) {
    const next = { ...progress, ...changes, stepsTotal: total };
    const started = performance.now();
    // The write starts before React renders the new step, so its transaction is under way meanwhile.
    const saving = save(next);
    setProgress(next);
    saving.then(
      () => {
        // From the change to the committed write: read by `npm run bench -- progress-save-p95`.
        performance.measure(PROGRESS_SAVE_MEASURE, { start: started });
        // Only a change re-renders: after most saves there is no message to take away.
        if (saveFailedRef.current) setSaveFailed(false);
      },
      () => setSaveFailed(true),
    );
  }

  // The heading of each new step takes focus, so screen readers announce where the learner is. No
  // scrolling to the heading first: the page goes to its top anyway (and needs no layout for that).
  useFocusAfterChange(finished ? 'finished' : index, () => headingRef.current, {
    preventScroll: true,
    scrollToTop: true,
  });

  if (finished) {
    return (
      <LessonFinished
        module={module}
        lesson={lesson}
        onAgain={() => {
          setFinished(false);
          update({ step: 0 });
        }}
        headingRef={headingRef}
      />
    );
  }

  const isLast = index === total - 1;
  return (
    <div className="player">
      <p className="player__count">{tLearn('player.stepOf', { current: index + 1, total })}</p>
      <progress
        className="player__bar"
        max={total}
        value={index + 1}
        aria-label={tLearn('player.progressLabel')}
      />
      <section className={`step step--${step.kind}`} aria-labelledby="step-title">
        <h2 id="step-title" ref={headingRef} tabIndex={-1}>
          <Wrappable text={word('title')} />
        </h2>
        <ReadAloud text={speechTextOf(step, word, tLearn)} language={language} />
        <StepBody
          step={step}
          word={word}
          language={language}
          progress={progress}
          simulations={simulations}
          onQuiz={(result) => update({ quiz: { ...progress.quiz, [step.id]: result } })}
          onPractice={(result) => update({ practice: { ...progress.practice, [step.id]: result } })}
        />
      </section>
      {saveFailed ? (
        <p className="field-error" role="alert">
          {tLearn('player.progressNotSaved')}
        </p>
      ) : null}
      <div className="player__nav">
        {index > 0 ? (
          <button
            type="button"
            className="button button--quiet player__back"
            onClick={() => update({ step: index - 1 })}
          >
            {tLearn('player.back')}
          </button>
        ) : null}
        {isLast ? (
          <button
            type="button"
            className="button player__next"
            onClick={() => {
              update({ completedAt: progress.completedAt ?? new Date().toISOString() });
              setFinished(true);
            }}
          >
            {tLearn('player.finish')}
          </button>
        ) : (
          <button type="button" className="button player__next" onClick={() => update({ step: index + 1 })}>
            {tLearn('player.next')}
          </button>
        )}
      </div>
    </div>
  );
}

type StepBodyProps = {
  step: Step;
  word: ReturnType<typeof wordsAt>;
  language: string;
  progress: LessonProgress;
  simulations: SimulationRegistry | undefined;
  onQuiz: (result: QuizResult) => void;
  onPractice: (result: PracticeResult) => void;
};

function StepBody({ step, word, language, progress, simulations, onQuiz, onPractice }: StepBodyProps) {
  switch (step.kind) {
    case 'read':
      return <ReadStep step={step} word={word} />;
    case 'quiz':
      return (
        <QuizStep key={step.id} step={step} word={word} result={progress.quiz?.[step.id]} onAnswer={onQuiz} />
      );
    case 'practice':
      return (
        <PracticeStep
          key={step.id}
          step={step}
          word={word}
          language={language}
          result={progress.practice?.[step.id]}
          onChange={onPractice}
          {...(simulations ? { simulations } : {})}
        />
      );
    case 'checklist':
      return <ChecklistStep step={step} word={word} />;
    case 'recap':
      return <RecapStep step={step} word={word} />;
  }
}
