import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleCards } from '@/features/learn/module-cards';
import { Welcome } from '@/features/learn/welcome';
import { usePreferences } from '@/lib/preferences';
import { usePageTitle } from '@/ui/use-page-title';

// The learner's progress needs the database; it arrives just after the first paint, over cards that
// look the same, so the home page shows at once.
const HomeProgress = lazy(() =>
  import('@/features/learn/home-progress').then((m) => ({ default: m.HomeProgress })),
);

export function HomePage() {
  const { t } = useTranslation(['learn', 'common', 'settings']);
  usePageTitle(t('common:app.title'));
  const { welcomed } = usePreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title" ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      {welcomed ? null : <Welcome onDone={() => heading.current?.focus()} />}
      <Suspense fallback={<ModuleCards />}>
        <HomeProgress />
      </Suspense>
    </section>
  );
}
