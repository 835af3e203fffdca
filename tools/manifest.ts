// The web app manifest, built from the `app.manifest` keys of each language's common.json, so the
// installed app's name follows the translations. Used by vite.config.ts.
import { readFileSync } from 'node:fs';
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#1b4965';
export const BACKGROUND_COLOR = '#fbf8f1';

type ManifestWords = { app: { manifest: { name: string; shortName: string; description: string } } };

export function manifestFor(lang: string): Partial<ManifestOptions> {
  const url = new URL(`../locales/${lang}/common.json`, import.meta.url);
  const words = (JSON.parse(readFileSync(url, 'utf8')) as ManifestWords).app.manifest;
  return {
    id: '/',
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
