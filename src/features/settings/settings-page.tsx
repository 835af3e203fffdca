import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '@/lib/languages';
import { usePageTitle } from '@/ui/use-page-title';

export function SettingsPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  // Shown as chosen at once, while the new language's words load in the background.
  const [chosen, setChosen] = useState(i18n.resolvedLanguage ?? i18n.language);

  function choose(language: LanguageCode) {
    setChosen(language);
    void i18n.changeLanguage(language);
  }

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
              checked={chosen === language.code}
              aria-describedby="language-hint"
              onChange={() => choose(language.code)}
            />
            <span>{language.name}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
