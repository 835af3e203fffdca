import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgressSummary } from '@/features/progress/data/get-progress-summary';
import { usePageTitle } from '@/ui/use-page-title';

export function ProgressPage() {
  const { t } = useTranslation(['progress', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  const summary = useProgressSummary();

  return (
    <section className="page" aria-labelledby="progress-title">
      <h1 id="progress-title">{t('page.title')}</h1>
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
        <ul className="stat-list">
          <li>{t('summary.finished', { count: summary.finished })}</li>
          <li>{t('summary.started', { count: summary.started })}</li>
        </ul>
      )}
    </section>
  );
}
