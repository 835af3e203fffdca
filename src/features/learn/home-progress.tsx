import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findLesson, findModule } from '@/content/catalogue';
import type { ProgressRecord } from '@/db/records';
import type { FinishedByModule } from '@/features/learn/module-cards';
import { wordsAt } from '@/features/learn/step-words';

/**
 * The learner's progress for the home page, loaded just after the first paint. The page's cards stay
 * the same elements and only gain their counts, so nothing under a finger or the keyboard focus moves.
 */
export function useHomeProgress(): ProgressRecord[] | undefined {
  const [records, setRecords] = useState<ProgressRecord[]>();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    import('@/features/learn/data/learner-progress').then(({ watchLearnerProgress }) => {
      if (!cancelled) stop = watchLearnerProgress(setRecords);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return records;
}

export function finishedByModule(
  records: readonly ProgressRecord[] | undefined,
): FinishedByModule | undefined {
  if (!records) return undefined;
  const finished = new Map<string, number>();
  for (const record of records) {
    if (record.completedAt) finished.set(record.moduleId, (finished.get(record.moduleId) ?? 0) + 1);
  }
  return finished;
}

/** The big "Kontynuuj" button to the lesson last open, at its step. */
export function ContinueCard({ record }: { record: ProgressRecord }) {
  const module = findModule(record.moduleId);
  const lesson = module ? findLesson(module, record.lessonId) : undefined;
  const { t } = useTranslation([module?.namespace ?? 'learn', 'learn']);
  if (!module || !lesson || module.preparing) return null;
  const lessonWord = wordsAt(t, `${module.namespace}:lessons.`);
  const total = lesson.steps.length;
  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('learn:home.continue.title')}</h2>
      <Link className="button continue__button" to={`/modules/${module.id}/lessons/${lesson.id}`}>
        <span className="continue__label">{t('learn:home.continue.button')}</span>
        <span className="continue__where">
          {t('learn:home.continue.where', {
            lesson: lessonWord(`${lesson.key}.title`),
            step: Math.min(record.step + 1, total),
            total,
          })}
        </span>
      </Link>
    </section>
  );
}
