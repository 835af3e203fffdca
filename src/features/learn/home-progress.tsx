import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findLesson, findModule } from '@/content/catalogue';
import type { ProgressRecord } from '@/db/records';
import { useLearnerProgress } from '@/features/learn/data/learner-progress';
import { ModuleCards } from '@/features/learn/module-cards';
import { wordsAt } from '@/features/learn/step-words';

function ContinueCard({ record }: { record: ProgressRecord }) {
  const module = findModule(record.moduleId);
  const lesson = module ? findLesson(module, record.lessonId) : undefined;
  const { t } = useTranslation([module?.namespace ?? 'learn', 'learn']);
  if (!module || !lesson) return null;
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

/** The learner's part of the home page, loaded after the first paint: continue and progress per module. */
export function HomeProgress() {
  const records = useLearnerProgress();
  if (!records) return <ModuleCards />;
  const finished = new Map<string, number>();
  for (const record of records) {
    if (record.completedAt) finished.set(record.moduleId, (finished.get(record.moduleId) ?? 0) + 1);
  }
  const last = records.find((record) => !record.completedAt);
  return (
    <>
      {last ? <ContinueCard record={last} /> : null}
      <ModuleCards finished={finished} />
    </>
  );
}
