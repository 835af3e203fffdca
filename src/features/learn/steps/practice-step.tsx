import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationKind, Step } from '@/content/schema';
import { PracticeFrame } from '@/features/learn/practice/kit/practice-frame';
import { SIMULATIONS, type SimulationComponent } from '@/features/learn/practice/registry';
import type { WordFunction } from '@/features/learn/step-words';

export type PracticeResult = { done: boolean; mistakes: number };
export type SimulationRegistry = { readonly [K in SimulationKind]: SimulationComponent<K> };

type PracticeStepProps = {
  step: Extract<Step, { kind: 'practice' }>;
  word: WordFunction;
  language: string;
  result: PracticeResult | undefined;
  onChange: (result: PracticeResult) => void;
  /** The simulation components by kind; tests may pass their own. */
  simulations?: SimulationRegistry;
};

export function PracticeStep({
  step,
  word,
  language,
  result,
  onChange,
  simulations = SIMULATIONS,
}: PracticeStepProps) {
  const { t } = useTranslation('learn');
  // The registry maps each kind to the component for that kind's config; TypeScript cannot follow
  // the correlation through the union, so the lookup is widened once here.
  const Simulation = simulations[step.simulation.kind] as SimulationComponent<SimulationKind>;
  return (
    <PracticeFrame
      word={word}
      initiallyCompleted={result?.done ?? false}
      initialMistakes={result?.mistakes ?? 0}
      onChange={({ completed, mistakes }) => onChange({ done: completed, mistakes })}
    >
      {(handlers) => (
        <Suspense fallback={<p className="loading">{t('player.practiceLoading')}</p>}>
          <Simulation
            config={step.simulation}
            word={word}
            language={language}
            onMistake={handlers.onMistake}
            onComplete={handlers.onComplete}
            completed={handlers.completed}
          />
        </Suspense>
      )}
    </PracticeFrame>
  );
}
