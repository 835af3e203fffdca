// The learner's device preferences: text size, contrast, motion and read-aloud. They live in
// localStorage (device-only, never synced) because they must be applied before the first paint,
// which IndexedDB, being asynchronous, cannot do without a flash of the wrong size.
import { useSyncExternalStore } from 'react';

/** Text sizes offered, in per cent of the app's normal size (which is already 125 % of the browser's). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = 'standard' | 'contrast';

/** Read-aloud speeds offered: 0.9 is a little slower than the voice's normal pace, which suits older listeners. */
export const SPEECH_RATES = [0.75, 0.9, 1.1] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

export type Preferences = {
  textSize: TextSize;
  theme: Theme;
  reducedMotion: boolean;
  speechRate: SpeechRate;
  /** The chosen voice's `voiceURI`; the device's first voice for the language when unset. */
  voice?: string;
  /** Whether the first-start choices (language, text size) were made. */
  welcomed: boolean;
  /** Whether the learner said "not now" to the invitation to install the app. */
  installDeclined: boolean;
};

export const DEFAULT_PREFERENCES: Preferences = {
  textSize: 100,
  theme: 'standard',
  reducedMotion: false,
  speechRate: 0.9,
  welcomed: false,
  installDeclined: false,
};

const STORAGE_KEY = 'kpk.preferences';
/** The app's base font size in per cent of the browser's, at text size 100 %. */
const BASE_FONT_PERCENT = 125;

function sanitize(value: unknown): Preferences {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Preferences, unknown>
  >;
  return {
    textSize: TEXT_SIZES.includes(stored.textSize as TextSize)
      ? (stored.textSize as TextSize)
      : DEFAULT_PREFERENCES.textSize,
    theme: stored.theme === 'contrast' ? 'contrast' : 'standard',
    reducedMotion: stored.reducedMotion === true,
    speechRate: SPEECH_RATES.includes(stored.speechRate as SpeechRate)
      ? (stored.speechRate as SpeechRate)
      : DEFAULT_PREFERENCES.speechRate,
    ...(typeof stored.voice === 'string' && stored.voice ? { voice: stored.voice } : {}),
    welcomed: stored.welcomed === true,
    installDeclined: stored.installDeclined === true,
  };
}

function read(): Preferences {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return sanitize(text ? JSON.parse(text) : undefined);
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

let current: Preferences | undefined;
const listeners = new Set<() => void>();

export function getPreferences(): Preferences {
  current ??= read();
  return current;
}

/** Applies preferences to the page: root font size, theme and motion, read by the stylesheet. */
export function applyPreferences(
  preferences: Preferences,
  root: HTMLElement = document.documentElement,
): void {
  root.style.fontSize = `${(BASE_FONT_PERCENT * preferences.textSize) / 100}%`;
  root.dataset.theme = preferences.theme;
  root.dataset.motion = preferences.reducedMotion ? 'reduced' : 'full';
}

/** Changes preferences: applied at once and remembered on this device (for this visit if storage fails). */
export function updatePreferences(changes: Partial<Preferences>): Preferences {
  const next = sanitize({ ...getPreferences(), ...changes });
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Private mode or a full disk: the choice still applies for this visit.
  }
  applyPreferences(next);
  for (const listener of listeners) listener();
  return next;
}

/** Forgets the cached copy; for tests that change localStorage directly. */
export function reloadPreferences(): Preferences {
  current = read();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The preferences, live. A prerendered page shows the defaults, so taking it over starts from them too. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getPreferences, () => DEFAULT_PREFERENCES);
}
