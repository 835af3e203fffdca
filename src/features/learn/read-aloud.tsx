import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePreferences } from '@/lib/preferences';
import { speak, useSpeechSynthesis, useVoicesFor } from '@/lib/speech';

type SpeechState = 'idle' | 'speaking' | 'paused';

type ReadAloudProps = {
  /** What to read: the step's words, in reading order. */
  text: string;
  /** The lesson's language code (pl, en…). */
  language: string;
};

/** Reads the current step aloud with the device's own voice, with pause, resume and replay. */
export function ReadAloud({ text, language }: ReadAloudProps) {
  const { t } = useTranslation('learn');
  const synthesis = useSpeechSynthesis();
  const voices = useVoicesFor(language);
  const [state, setState] = useState<SpeechState>('idle');

  const preferences = usePreferences();

  const start = useCallback(() => {
    if (!synthesis) return;
    speak(synthesis, text, { language, voices, preferences, onEnd: () => setState('idle') });
    setState('speaking');
  }, [synthesis, text, language, voices, preferences]);

  // A new step, or leaving the lesson, stops the reading of the old one. When nothing is being read,
  // there is nothing to stop or re-render: a step change stays one render.
  const reading = useRef(false);
  useEffect(() => {
    reading.current = state !== 'idle';
  }, [state]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` changing is the trigger itself.
  useEffect(() => {
    return () => {
      if (!reading.current) return;
      synthesis?.cancel();
      setState('idle');
    };
  }, [synthesis, text]);

  // Without a voice, one calm line by where the button would be, on the first step the learner sees
  // in this lesson only; it points to Settings, which says how to add a voice to the phone.
  const firstText = useRef(text);
  if (!synthesis || (voices !== undefined && voices.length === 0)) {
    if (text !== firstText.current) return null;
    return (
      <p className="read-aloud__note">
        {t('player.readAloud.noVoice')} <Link to="/settings#speech">{t('player.readAloud.howToAdd')}</Link>
      </p>
    );
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
