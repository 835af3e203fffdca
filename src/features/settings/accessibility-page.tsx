import { useTranslation } from 'react-i18next';
import { ORGANISATION } from '@/content/organisation';
import { usePageTitle } from '@/ui/use-page-title';

const FEATURES = ['textSize', 'contrast', 'motion', 'speech', 'keyboard', 'targets', 'offline'] as const;
const LIMITATIONS = ['voices', 'pictures', 'sources'] as const;

/** The accessibility statement (deklaracja dostępności) required of Polish public bodies' apps. */
export function AccessibilityPage() {
  const { t } = useTranslation(['accessibility', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  return (
    <article className="page statement" aria-labelledby="statement-title">
      <h1 id="statement-title">{t('page.title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('dates')}</p>
      <h2>{t('status.title')}</h2>
      <p>{t('status.body')}</p>
      <h2>{t('features.title')}</h2>
      <ul>
        {FEATURES.map((item) => (
          <li key={item}>{t(`features.items.${item}`)}</li>
        ))}
      </ul>
      <h2>{t('limitations.title')}</h2>
      <ul>
        {LIMITATIONS.map((item) => (
          <li key={item}>{t(`limitations.items.${item}`)}</li>
        ))}
      </ul>
      <h2>{t('prepared.title')}</h2>
      <p>{t('prepared.body')}</p>
      <h2>{t('contact.title')}</h2>
      <p>{t('contact.body', { organisation: ORGANISATION.name, website: ORGANISATION.website })}</p>
      <h2>{t('procedure.title')}</h2>
      {t('procedure.body')
        .split('\n\n')
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
    </article>
  );
}
