import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/ui/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.documentTitle', { page: t('errors.notFound.title') }));
  return (
    <section className="page">
      <h1>{t('errors.notFound.title')}</h1>
      <p>{t('errors.notFound.body')}</p>
      <Link className="button" to="/">
        {t('nav.home')}
      </Link>
    </section>
  );
}
