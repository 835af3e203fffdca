import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '@/content/catalogue';
import { ChevronIcon } from '@/ui/icons';
import { usePageTitle } from '@/ui/use-page-title';

export function HomePage() {
  const { t } = useTranslation(['learn', 'common']);
  usePageTitle(t('common:app.title'));
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="card-list">
        {MODULES.map((module) => (
          <li key={module.id}>
            <Link className="card card--link" to={`/modules/${module.id}`}>
              <span className="card__body">
                <span className="card__title">{t(`modules.${module.key}.title`)}</span>
                <span className="card__text">{t(`modules.${module.key}.summary`)}</span>
                <span className="card__meta">{t('home.lessonCount', { count: module.lessons.length })}</span>
              </span>
              <ChevronIcon />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
