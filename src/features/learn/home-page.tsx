import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ContinueCard, finishedByModule, useHomeProgress } from '@/features/learn/home-progress';
import { ModuleCards } from '@/features/learn/module-cards';
import { Welcome } from '@/features/learn/welcome';
import { usePreferences } from '@/lib/preferences';
import { usePageTitle } from '@/ui/use-page-title';

export function HomePage() {
  const { t } = useTranslation(['learn', 'common', 'settings']);
  usePageTitle(t('common:app.title'));
  const { welcomed } = usePreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  const records = useHomeProgress();
  const last = records?.find((record) => !record.completedAt);
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title" ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      {welcomed ? null : <Welcome onDone={() => heading.current?.focus()} />}
      {last ? (
        <Suspense fallback={null}>
          <ContinueCard record={last} />
        </Suspense>
      ) : null}
      <ModuleCards finished={finishedByModule(records)} />
    </section>
  );
}
