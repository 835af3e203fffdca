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

/** Set in the tab whose "Zaktualizuj teraz" was tapped: that tab reloads at once, wherever it is. */
let updateAskedHere = false;
/** Set when a new version took over this tab while it was busy: it reloads at its next navigation. */
let reloadPending = false;

/** Activates the waiting version; this tab reloads once the new service worker takes over. */
export async function updateApp(): Promise<void> {
  updateAskedHere = true;
  // The plugin reloads only a tab that had a worker when it registered; this one may have opened the
  // app for the first time in this session.
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  await applyUpdate?.();
}

/**
 * Pages a reload would interrupt: a lesson (its step is saved, but not a half-typed simulation), an
 * attendance sheet, the projector in front of a room.
 */
export function isBusyPath(pathname: string): boolean {
  return (
    /^\/modules\/[^/]+\/lessons\/[^/]+/.test(pathname) ||
    /^\/staff\/sessions\/[^/]+/.test(pathname) ||
    /^\/staff\/projector\/[^/]+\/[^/]+/.test(pathname)
  );
}

/**
 * A new version has taken over every tab (another tab's "Zaktualizuj teraz", or this one's): the tab
 * that asked and an idle tab reload now; a busy tab keeps its page and reloads at its next navigation.
 */
export function onNewVersionInControl(pathname: string, reload: () => void): void {
  if (updateAskedHere || !isBusyPath(pathname)) reload();
  else reloadPending = true;
}

/** Called on every in-app navigation: a tab that put off the new version takes it now. */
export function reloadIfUpdatePending(reload: () => void): boolean {
  if (!reloadPending) return false;
  reloadPending = false;
  reload();
  return true;
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
    // Instead of the plugin's reload of every tab the new version controls.
    onNeedReload: () => onNewVersionInControl(window.location.pathname, () => window.location.reload()),
  });
  applyUpdate = () => updateServiceWorker(true);
}
