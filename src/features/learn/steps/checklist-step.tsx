import { useTranslation } from 'react-i18next';
import type { Step } from '@/content/schema';
import type { WordFunction } from '@/features/learn/step-words';

type ChecklistStepProps = { step: Extract<Step, { kind: 'checklist' }>; word: WordFunction };

export function ChecklistStep({ step, word }: ChecklistStepProps) {
  const { t } = useTranslation('learn');
  return (
    <>
      <p>{t('player.checklist.intro')}</p>
      <ol className="checklist">
        {step.items.map((item) => (
          <li key={item}>{word(`items.${item}`)}</li>
        ))}
      </ol>
    </>
  );
}
