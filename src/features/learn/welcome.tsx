import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '@/lib/languages';
import { TEXT_SIZES, type TextSize, updatePreferences, usePreferences } from '@/lib/preferences';
import { ChoiceGroup } from '@/ui/choice-group';

/**
 * The first start: language and text size, with the page itself as the live preview, then straight
 * to learning. No account, no password, nothing to type.
 */
export function Welcome({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation(['learn', 'settings']);
  const preferences = usePreferences();
  const [language, setLanguage] = useState(i18n.resolvedLanguage ?? i18n.language);

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <ChoiceGroup
        legend={t('welcome.language')}
        name="welcome-language"
        value={language as LanguageCode}
        onChange={(code) => {
          setLanguage(code);
          void i18n.changeLanguage(code);
        }}
        choices={LANGUAGES.map((entry) => ({ value: entry.code, label: entry.name, lang: entry.code }))}
      />
      <ChoiceGroup
        legend={t('welcome.textSize')}
        name="welcome-text-size"
        value={preferences.textSize}
        onChange={(textSize: TextSize) => updatePreferences({ textSize })}
        choices={TEXT_SIZES.map((size) => ({ value: size, label: t(`settings:textSize.sizes.s${size}`) }))}
      />
      <button
        type="button"
        className="button welcome__start"
        onClick={() => {
          updatePreferences({ welcomed: true });
          onDone();
        }}
      >
        {t('welcome.start')}
      </button>
    </section>
  );
}
