import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '@/lib/languages';
import { usePageTitle } from '@/ui/use-page-title';

export function SettingsPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  const current = i18n.resolvedLanguage ?? i18n.language;

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <fieldset className="choice-group">
        <legend>{t('language.legend')}</legend>
        <p className="hint" id="language-hint">
          {t('language.hint')}
        </p>
        {LANGUAGES.map((language) => (
          <label key={language.code} className="choice" lang={language.code}>
            <input
              type="radio"
              name="language"
              value={language.code}
              checked={current === language.code}
              aria-describedby="language-hint"
              onChange={() => void i18n.changeLanguage(language.code satisfies LanguageCode)}
            />
            <span>{language.name}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
