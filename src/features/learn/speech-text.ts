// What the read-aloud button reads for each kind of step, in reading order.
import type { TFunction } from 'i18next';
import type { Step } from '@/content/schema';
import type { WordFunction } from '@/features/learn/step-words';

export function speechTextOf(step: Step, word: WordFunction, t: TFunction<'learn'>): string {
  const parts = [word('title')];
  switch (step.kind) {
    case 'read':
      parts.push(word('body'));
      for (const callout of step.callouts ?? [])
        parts.push(`${t(`player.callout.${callout}`)}. ${word(callout)}`);
      break;
    case 'practice':
      parts.push(t('practice.badge'), `${t('practice.task')} ${word('goal')}`);
      break;
    case 'quiz':
      parts.push(word('question'), ...step.options.map((option) => word(`options.${option.id}.text`)));
      break;
    case 'checklist':
      parts.push(t('player.checklist.intro'), ...step.items.map((item) => word(`items.${item}`)));
      break;
    case 'recap':
      parts.push(...step.points.map((point) => word(`points.${point}`)));
      break;
  }
  return parts.join('\n\n');
}
