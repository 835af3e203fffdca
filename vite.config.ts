/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { OutputChunk } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifestFor } from './tools/manifest.ts';
import { prerenderHome } from './tools/prerender.ts';

const LANGUAGES = ['pl', 'en'];

/** Emits manifest.<lng>.webmanifest for every language but Polish (vite-plugin-pwa writes that one). */
function localizedManifests(): Plugin {
  return {
    name: 'krok-localized-manifests',
    apply: 'build',
    generateBundle() {
      for (const lang of LANGUAGES.filter((code) => code !== 'pl')) {
        this.emitFile({
          type: 'asset',
          fileName: `manifest.${lang}.webmanifest`,
          source: JSON.stringify(manifestFor(lang), null, 2),
        });
      }
    },
  };
}

/**
 * Lets the browser fetch the home page and its Polish words together with the entry script, instead
 * of one round trip after it: the modules most visits need first (a few kB in all).
 */
function preloadFirstPage(): Plugin {
  const wanted = [
    /src\/features\/learn\/home-page\.tsx$/,
    /locales\/pl\/common\.json$/,
    /locales\/pl\/learn\.json$/,
  ];
  return {
    name: 'krok-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (item): item is OutputChunk => item.type === 'chunk',
        );
        const files = chunks
          .filter(
            (chunk) =>
              chunk.facadeModuleId && wanted.some((pattern) => pattern.test(chunk.facadeModuleId ?? '')),
          )
          .map((chunk) => chunk.fileName);
        const links = files
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join('\n    ');
        return html.replace('</head>', `    ${links}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Below 4 KiB Vite would inline assets as data: URIs; icons and fonts stay files so
    // that the service worker precaches them once and the CSP needs no data: fonts.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
  plugins: [
    react(),
    localizedManifests(),
    preloadFirstPage(),
    prerenderHome(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png', 'robots.txt'],
      manifest: manifestFor('pl'),
      workbox: {
        // Everything the app needs offline: shell, every locale chunk, content, fonts, icons.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest,txt}'],
        // The prerendered lessons are for a first visit over the network; offline, index.html serves all.
        globIgnores: ['modules/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the page that registered it at once, so the tab that
        // says "ready offline" loads its next chunks from the cache. An update still waits for the
        // learner (registerType 'prompt': no skipWaiting), and then claims the tabs it reloads.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.{ts,mjs}', 'tests/sync/**/*.test.ts'],
    restoreMocks: true,
    // Component tests render lazy pages; on a loaded two-core CI machine 5 s is not always enough.
    testTimeout: 15_000,
  },
});
