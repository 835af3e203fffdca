import { StrictMode } from 'react';
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
  const { namespaces } = preloadFirstPage(window.location.pathname);
  const i18n = await createI18n(undefined, namespaces);
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
  if (import.meta.env.PROD) {
    // Registered after the page has loaded, so precaching never competes with the first render.
    if (document.readyState === 'complete') void registerServiceWorker();
    else window.addEventListener('load', () => void registerServiceWorker(), { once: true });
  }
}

void start();
