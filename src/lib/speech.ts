// The device's speech synthesis (Web Speech API): its voices by language and one way to speak.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Preferences } from '@/lib/preferences';

/** Speech languages: Polish and English as spoken by Poland's and the UK's voices. */
const SPEECH_LANGUAGES: Record<string, string> = { pl: 'pl-PL', en: 'en-GB' };

export function speechSynthesisOf(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && window.speechSynthesis
    ? window.speechSynthesis
    : undefined;
}

const noSubscription = () => () => undefined;

/**
 * The device's speech synthesis, for components: none while a prerendered page is taken over (it was
 * rendered without one), the device's own right after.
 */
export function useSpeechSynthesis(): SpeechSynthesis | undefined {
  return useSyncExternalStore(noSubscription, speechSynthesisOf, () => undefined);
}

/** The device's voices for a language (undefined without speech); updates when voices load late. */
export function useVoicesFor(language: string): SpeechSynthesisVoice[] | undefined {
  const synthesis = useSpeechSynthesis();
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

type SpeakOptions = {
  language: string;
  voices: SpeechSynthesisVoice[] | undefined;
  preferences: Pick<Preferences, 'speechRate' | 'voice'>;
  onEnd?: () => void;
};

/** Speaks a text with the chosen (or the first) voice for the language, after stopping any other speech. */
export function speak(
  synthesis: SpeechSynthesis,
  text: string,
  { language, voices, preferences, onEnd }: SpeakOptions,
) {
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = SPEECH_LANGUAGES[language] ?? language;
  const voice = voices?.find((candidate) => candidate.voiceURI === preferences.voice) ?? voices?.[0];
  if (voice) utterance.voice = voice;
  utterance.rate = preferences.speechRate;
  utterance.onend = () => onEnd?.();
  utterance.onerror = () => onEnd?.();
  synthesis.speak(utterance);
}
