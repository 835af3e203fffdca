import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerServiceWorker } from '@/app/pwa-status';
import { preloadFirstPage } from '@/app/routes';
import { createI18n } from '@/lib/i18n';
import { watchInstallPrompt } from '@/lib/install';
import { applyPreferences, getPreferences } from '@/lib/preferences';
import '@/app/styles.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // Text size and contrast before anything is drawn, so the page never jumps or flashes.
  applyPreferences(getPreferences());
  watchInstallPrompt();
  const { namespaces, ready } = preloadFirstPage(window.location.pathname);
  // The first page's chunk and words are in before the first render, which replaces the prerendered
  // home page (see tools/prerender.ts) with the same thing, live: no loading message, no jump.
  const [i18n] = await Promise.all([createI18n(undefined, namespaces), ready]);
  // A transition, so React renders in short slices and a tap on the page is never kept waiting
  // (the prerendered page is already on screen, so nothing is lost by not rendering all at once).
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    );
  });
  if (import.meta.env.PROD) {
    // Registered after the page has loaded, so precaching never competes with the first render.
    if (document.readyState === 'complete') void registerServiceWorker();
    else window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  }
}

void start();
