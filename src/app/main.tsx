import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
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
  // The first page's chunk, words (and a lesson's progress) are in before the first render, which then
  // is the finished page, the same as the prerendered one (tools/prerender.ts): no loading message.
  const [i18n, more] = await Promise.all([createI18n(undefined, namespaces), ready]);
  await i18n.loadNamespaces(more);
  const app = (
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>
  );
  if (document.documentElement.dataset.prerendered === 'first-visit') {
    // The prerendered page is exactly what the app renders for this visit: React takes it over as it
    // is, without redrawing it (src/app/prerender.tsx renders the same tree at build time), in a
    // transition, so in short slices that never keep a tap waiting.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // A transition, so React renders in short slices and a tap on the page is never kept waiting
    // (the prerendered page, if any, stays hidden or on screen until the live one replaces it).
    const reactRoot = createRoot(root);
    startTransition(() => reactRoot.render(app));
  }
  // Sync (on devices where staff set up a server) starts after the page has loaded, from its own chunk.
  const startSyncLater = () => void import('@/app/sync-start').then((module) => module.startSyncIfSetUp());
  // Persistent storage is asked for at every start while not granted, and again after installing.
  const askPersistenceLater = () => void import('@/db/persist').then((module) => module.watchPersistence());
  if (document.readyState === 'complete') {
    startSyncLater();
    askPersistenceLater();
  } else {
    window.addEventListener('load', startSyncLater, { once: true });
    window.addEventListener('load', askPersistenceLater, { once: true });
  }
  if (import.meta.env.PROD) {
    // Registered after the page has loaded, so precaching never competes with the first render.
    if (document.readyState === 'complete') void registerServiceWorker();
    else window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  }
}

void start();
