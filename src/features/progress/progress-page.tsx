import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '@/content/catalogue';
import type { ModuleDefinition } from '@/content/schema';
import { usePersistenceGranted } from '@/db/persist';
import type { ProgressRecord } from '@/db/records';
import { type ProgressSummary, useProgressSummary } from '@/features/progress/data/get-progress-summary';
import { ProgressCard } from '@/features/progress/progress-card';
import { usePageTitle } from '@/ui/use-page-title';

type Plain = (key: string, options?: Record<string, unknown>) => string;

function Stamp({ label }: { label: string }) {
  return (
    <span className="stamp">
      <svg viewBox="0 0 48 48" width="1.6em" height="1.6em" aria-hidden="true" focusable="false">
        <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="m14 25 7 7 13-15" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
      </svg>
      {label}
    </span>
  );
}

function LessonStatus({
  record,
  total,
  plain,
}: {
  record: ProgressRecord | undefined;
  total: number;
  plain: Plain;
}) {
  if (!record) return <span className="lesson-status">{plain('progress:lesson.notStarted')}</span>;
  const quizzes = Object.values(record.quiz ?? {}).filter((result) => result.correct);
  return (
    <span className="lesson-status">
      {record.completedAt
        ? plain('progress:lesson.done')
        : plain('progress:lesson.started', { step: Math.min(record.step + 1, total), total })}
      {quizzes.map((result, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: quiz results have no id of their own here.
        <span key={index} className="lesson-status__quiz">
          {plain('progress:lesson.quiz', { attempts: result.attempts })}
        </span>
      ))}
    </span>
  );
}

function ModuleProgress({ module, summary }: { module: ModuleDefinition; summary: ProgressSummary }) {
  const { t } = useTranslation(['progress', 'learn', module.namespace]);
  const plain = t as unknown as Plain;
  const done = module.lessons.filter((lesson) => summary.byLesson.get(lesson.id)?.completedAt).length;
  return (
    <section className="module-progress" aria-labelledby={`progress-${module.id}`}>
      <h2 id={`progress-${module.id}`}>{t(`learn:modules.${module.key}.title`)}</h2>
      <p>
        {t('module.count', { done, count: module.lessons.length })}{' '}
        {done === module.lessons.length ? <Stamp label={t('module.stamp')} /> : null}
      </p>
      <ul className="lesson-progress">
        {module.lessons.map((lesson) => {
          const record = summary.byLesson.get(lesson.id);
          const title = plain(`${module.namespace}:lessons.${lesson.key}.title`);
          return (
            <li key={lesson.id}>
              {module.preparing ? (
                <>
                  <span className="lesson-progress__title">{title}</span>
                  <span className="lesson-status">{plain('progress:lesson.preparing')}</span>
                </>
              ) : (
                <>
                  <Link to={`/modules/${module.id}/lessons/${lesson.id}`}>{title}</Link>
                  <LessonStatus record={record} total={lesson.steps.length} plain={plain} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Where the browser has not promised to keep the app's data (it may clear it when the phone runs out
 * of space, or Safari after seven days unused), the learner is offered a copy in a file.
 */
function KeepSafe() {
  const { t } = useTranslation(['progress']);
  const granted = usePersistenceGranted();
  if (granted !== false) return null;
  return (
    <aside className="callout no-print" aria-labelledby="keep-safe-title">
      <h2 id="keep-safe-title">{t('keepSafe.title')}</h2>
      <p>{t('keepSafe.body')}</p>
      <Link className="button" to="/settings#my-data">
        {t('keepSafe.action')}
      </Link>
    </aside>
  );
}

export function ProgressPage() {
  const { t, i18n } = useTranslation(['progress', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  const summary = useProgressSummary();
  const today = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', { dateStyle: 'long' }).format(
    new Date(),
  );

  return (
    <section className="page" aria-labelledby="progress-title">
      <h1 id="progress-title">{t('page.title')}</h1>
      <p className="print-only print-title">{t('print.title')}</p>
      <p className="print-only">{t('print.date', { date: today })}</p>
      <p className="lead">{t('page.intro')}</p>
      {summary === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : summary.started + summary.finished === 0 ? (
        <>
          <p>{t('summary.nothingYet')}</p>
          <Link className="button" to="/">
            {t('summary.startLearning')}
          </Link>
        </>
      ) : (
        <>
          <ul className="stat-list">
            <li>{t('summary.finished', { count: summary.finished })}</li>
            <li>{t('summary.started', { count: summary.started })}</li>
          </ul>
          <button type="button" className="button button--quiet no-print" onClick={() => window.print()}>
            {t('print.button')}
          </button>
          {MODULES.map((module) => (
            <ModuleProgress key={module.id} module={module} summary={summary} />
          ))}
          <KeepSafe />
          <ProgressCard summary={summary} />
        </>
      )}
    </section>
  );
}
