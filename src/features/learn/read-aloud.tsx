import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Speech languages: Polish and English as spoken in Poland's and the UK's voices. */
const SPEECH_LANGUAGES: Record<string, string> = { pl: 'pl-PL', en: 'en-GB' };
/** A slightly slower rate than the default suits older listeners (1 = the voice's normal speed). */
const SPEECH_RATE = 0.9;

type SpeechState = 'idle' | 'speaking' | 'paused';

function speechSynthesisOf(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The device's voices for a language; updates when the browser loads its voices (they arrive late). */
function useVoicesFor(language: string): SpeechSynthesisVoice[] | undefined {
  const synthesis = speechSynthesisOf();
  const pick = useCallback(
    () =>
      synthesis?.getVoices().filter((voice) => voice.lang.toLowerCase().startsWith(language.toLowerCase())) ??
      [],
    [synthesis, language],
  );
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | undefined>(() =>
    synthesis ? pick() : undefined,
  );
  useEffect(() => {
    if (!synthesis) return;
    const update = () => setVoices(pick());
    update();
    synthesis.addEventListener('voiceschanged', update);
    return () => synthesis.removeEventListener('voiceschanged', update);
  }, [synthesis, pick]);
  return voices;
}

type ReadAloudProps = {
  /** What to read: the step's words, in reading order. */
  text: string;
  /** The lesson's language code (pl, en…). */
  language: string;
};

/** Reads the current step aloud with the device's own voice, with pause, resume and replay. */
export function ReadAloud({ text, language }: ReadAloudProps) {
  const { t } = useTranslation('learn');
  const synthesis = speechSynthesisOf();
  const voices = useVoicesFor(language);
  const [state, setState] = useState<SpeechState>('idle');

  const start = useCallback(() => {
    if (!synthesis) return;
    synthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = SPEECH_LANGUAGES[language] ?? language;
    const voice = voices?.[0];
    if (voice) utterance.voice = voice;
    utterance.rate = SPEECH_RATE;
    utterance.onend = () => setState('idle');
    utterance.onerror = () => setState('idle');
    synthesis.speak(utterance);
    setState('speaking');
  }, [synthesis, text, language, voices]);

  // A new step, or leaving the lesson, stops the reading of the old one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` changing is the trigger itself.
  useEffect(() => {
    return () => {
      synthesis?.cancel();
      setState('idle');
    };
  }, [synthesis, text]);

  if (!synthesis || (voices !== undefined && voices.length === 0)) {
    return <p className="read-aloud__note">{t('player.readAloud.noVoice')}</p>;
  }
  return (
    <div className="read-aloud">
      {state === 'idle' ? (
        <button type="button" className="button button--quiet" onClick={start}>
          {t('player.readAloud.play')}
        </button>
      ) : null}
      {state === 'speaking' ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            synthesis.pause();
            setState('paused');
          }}
        >
          {t('player.readAloud.pause')}
        </button>
      ) : null}
      {state === 'paused' ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            synthesis.resume();
            setState('speaking');
          }}
        >
          {t('player.readAloud.resume')}
        </button>
      ) : null}
      {state !== 'idle' ? (
        <button type="button" className="button button--quiet" onClick={start}>
          {t('player.readAloud.replay')}
        </button>
      ) : null}
    </div>
  );
}
