// i18next set-up: Polish first, namespaces loaded on demand from locales/<lng>/<ns>.json (each one
// a chunk the service worker precaches, so the language can change offline), the chosen language
// remembered on the device, and <html lang> plus the web manifest following the language.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGES, type LanguageCode } from '@/lib/languages';

const LANGUAGE_STORAGE_KEY = 'kpk.language';

type LocaleModule = { default: Record<string, unknown> };
const localeLoaders = import.meta.glob<LocaleModule>('/locales/*/*.json');

const localesBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = localeLoaders[`/locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The language to start in: the one chosen earlier on this device, otherwise Polish. */
export function rememberedLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageCode(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function rememberLanguage(language: LanguageCode): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode): the choice then lasts for this visit only.
  }
}

/** Points <html lang> and the web manifest at the language, so an installed app is named in it. */
export function applyLanguageToDocument(language: LanguageCode): void {
  // Absent when the home page is prerendered at build time (tools/prerender).
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest) {
    manifest.href =
      language === DEFAULT_LANGUAGE ? '/manifest.webmanifest' : `/manifest.${language}.webmanifest`;
  }
}

/**
 * Creates and initialises an i18next instance. Resolves once the `common` namespace (and any
 * `extraNamespaces` the first page needs) of the starting language is loaded.
 */
export async function createI18n(
  language: LanguageCode = rememberedLanguage(),
  extraNamespaces: readonly string[] = [],
): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (next) => {
    if (!isLanguageCode(next)) return;
    rememberLanguage(next);
    applyLanguageToDocument(next);
  });
  await instance
    .use(localesBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((entry) => entry.code),
      load: 'languageOnly',
      ns: ['common', ...extraNamespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyLanguageToDocument(language);
  return instance;
}
