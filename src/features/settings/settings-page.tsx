import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyDataSection } from '@/features/settings/my-data-section';
import { ProfilesSection } from '@/features/settings/profiles-section';
import { LANGUAGES, type LanguageCode } from '@/lib/languages';
import {
  SPEECH_RATES,
  type SpeechRate,
  TEXT_SIZES,
  type TextSize,
  type Theme,
  updatePreferences,
  usePreferences,
} from '@/lib/preferences';
import { speak, speechSynthesisOf, useVoicesFor } from '@/lib/speech';
import { ChoiceGroup } from '@/ui/choice-group';
import { usePageTitle } from '@/ui/use-page-title';

const rateKey = (rate: SpeechRate) =>
  `r${String(Math.round(rate * 100)).padStart(3, '0')}` as 'r075' | 'r090' | 'r110';

function SpeechSettings({ language }: { language: string }) {
  const { t } = useTranslation('settings');
  const preferences = usePreferences();
  const voices = useVoicesFor(language);
  const synthesis = speechSynthesisOf();
  const voiceId = useId();

  return (
    <section className="settings-section" aria-labelledby="speech-title" id="speech">
      <h2 id="speech-title">{t('speech.legend')}</h2>
      <p className="hint">{t('speech.hint')}</p>
      {!synthesis || !voices || voices.length === 0 ? (
        <p>{t('speech.noVoice')}</p>
      ) : (
        <>
          {voices.length > 1 ? (
            <div className="field">
              <label htmlFor={voiceId}>{t('speech.voice')}</label>
              <select
                id={voiceId}
                value={preferences.voice ?? ''}
                onChange={(event) => updatePreferences({ voice: event.target.value })}
              >
                <option value="">{t('speech.deviceVoice')}</option>
                {voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <ChoiceGroup
            legend={t('speech.rate')}
            name="speech-rate"
            value={preferences.speechRate}
            onChange={(speechRate) => updatePreferences({ speechRate })}
            choices={SPEECH_RATES.map((rate) => ({ value: rate, label: t(`speech.rates.${rateKey(rate)}`) }))}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => speak(synthesis, t('speech.sampleText'), { language, voices, preferences })}
          >
            {t('speech.sample')}
          </button>
        </>
      )}
    </section>
  );
}

export function SettingsPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: t('page.title') }));
  const preferences = usePreferences();
  // Shown as chosen at once, while the new language's words load in the background.
  const [chosen, setChosen] = useState(i18n.resolvedLanguage ?? i18n.language);

  function chooseLanguage(language: LanguageCode) {
    setChosen(language);
    void i18n.changeLanguage(language);
  }

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <ChoiceGroup
        legend={t('textSize.legend')}
        hint={t('textSize.hint')}
        name="text-size"
        value={preferences.textSize}
        onChange={(textSize: TextSize) => updatePreferences({ textSize })}
        choices={TEXT_SIZES.map((size) => ({ value: size, label: t(`textSize.sizes.s${size}`) }))}
      />
      <p className="text-preview">{t('textSize.preview')}</p>
      <ChoiceGroup
        legend={t('theme.legend')}
        hint={t('theme.hint')}
        name="theme"
        value={preferences.theme}
        onChange={(theme: Theme) => updatePreferences({ theme })}
        choices={[
          { value: 'standard', label: t('theme.standard') },
          { value: 'contrast', label: t('theme.contrast') },
        ]}
      />
      <fieldset className="choice-group">
        <legend>{t('motion.legend')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={preferences.reducedMotion}
            onChange={(event) => updatePreferences({ reducedMotion: event.target.checked })}
          />
          <span>{t('motion.reduce')}</span>
        </label>
      </fieldset>
      <SpeechSettings language={chosen} />
      <ChoiceGroup
        legend={t('language.legend')}
        hint={t('language.hint')}
        name="language"
        value={chosen as LanguageCode}
        onChange={chooseLanguage}
        choices={LANGUAGES.map((language) => ({
          value: language.code,
          label: language.name,
          lang: language.code,
        }))}
      />
      <ProfilesSection />
      <MyDataSection />
    </section>
  );
}
