// Service-worker state for the app shell: whether the app is ready offline and whether a new version
// waits. Registration goes through vite-plugin-pwa's `registerSW` (workbox-window underneath) with
// registerType 'prompt': a new version is only activated when the learner says so.
import { useSyncExternalStore } from 'react';

export type PwaStatus = {
  offlineReady: boolean;
  needRefresh: boolean;
};

let status: PwaStatus = { offlineReady: false, needRefresh: false };
let applyUpdate: (() => Promise<void>) | undefined;
const listeners = new Set<() => void>();

export function setPwaStatus(changes: Partial<PwaStatus>): void {
  status = { ...status, ...changes };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePwaStatus(): PwaStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => status,
  );
}

/** Activates the waiting version; the page reloads once the new service worker takes over. */
export async function updateApp(): Promise<void> {
  await applyUpdate?.();
}

function whenControlled(then: () => void): void {
  if (navigator.serviceWorker.controller) then();
  else navigator.serviceWorker.addEventListener('controllerchange', then, { once: true });
}

/** Registers the service worker. Loaded after the first render so it adds nothing to start-up. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => setPwaStatus({ needRefresh: true }),
    // "Ready offline" is said only once this tab is controlled (the worker claims its first clients):
    // before that, the tab's next chunks would still come from the network.
    onOfflineReady: () => whenControlled(() => setPwaStatus({ offlineReady: true })),
  });
  applyUpdate = () => updateServiceWorker(true);
}
