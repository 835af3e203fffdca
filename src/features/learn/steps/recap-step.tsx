import type { Step } from '@/content/schema';
import type { WordFunction } from '@/features/learn/step-words';

type RecapStepProps = { step: Extract<Step, { kind: 'recap' }>; word: WordFunction };

export function RecapStep({ step, word }: RecapStepProps) {
  return (
    <ul className="recap">
      {step.points.map((point) => (
        <li key={point}>{word(`points.${point}`)}</li>
      ))}
    </ul>
  );
}
