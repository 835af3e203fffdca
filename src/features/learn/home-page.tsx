import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleCards } from '@/features/learn/module-cards';
import { usePageTitle } from '@/ui/use-page-title';

// The learner's progress needs the database; it arrives just after the first paint, over cards that
// look the same, so the home page shows at once.
const HomeProgress = lazy(() =>
  import('@/features/learn/home-progress').then((m) => ({ default: m.HomeProgress })),
);

export function HomePage() {
  const { t } = useTranslation(['learn', 'common']);
  usePageTitle(t('common:app.title'));
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <Suspense fallback={<ModuleCards />}>
        <HomeProgress />
      </Suspense>
    </section>
  );
}
