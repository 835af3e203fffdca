// When to sync, in the browser: one tab syncs (a Web Lock; the others wait and take over when it
// closes), on start, when the device comes online, when the tab becomes visible and after local
// writes (debounced), then keeps a longpoll on `_changes` open while online. Never depends on
// Background Sync. The state for the status screen goes to syncState, so every tab can show it.

import { liveQuery } from 'dexie';
import type { KrokDatabase } from '@/db/database';
import { countDirty, readSyncState, writeSyncState } from '@/db/sync-store';
import { backoffDelay, sleep } from '@/sync/backoff';
import { SyncFailure, type SyncFailureKind } from '@/sync/couch-client';
import { createSyncEngine, type SyncEngine } from '@/sync/engine';
import { readServerSettings } from '@/sync/server-settings';

/** Local writes are pushed this long after the last one, so a burst of taps goes in one request. */
export const WRITE_DEBOUNCE_MS = 2000;
/** How long one longpoll waits for server changes; below common proxy idle timeouts (60 s). */
export const LONGPOLL_MS = 25_000;
const LOCK_NAME = 'krok-po-kroku-sync';
const CHANNEL_NAME = 'krok-po-kroku-sync';
export const STATUS_KEY = 'status';
/** How many server conflicts this device has resolved (the sync screen shows it). */
export const CONFLICTS_RESOLVED_KEY = 'conflictsResolved';

/** What the status screen shows. */
export type SyncStatus = {
  state: 'syncing' | 'idle' | 'offline' | 'retrying' | 'stopped';
  /** Why it stopped or retries ('unauthorized' = sign in again). */
  problem?: SyncFailureKind | 'storage';
  /** ISO date-time of the last completed sync. */
  lastSynced?: string;
  /** ISO date-time of this status. */
  at: string;
};

type Running = { stop: () => void; wake: () => void };
let running: Running | undefined;
let lastSynced: string | undefined;

async function report(db: KrokDatabase, status: Omit<SyncStatus, 'at' | 'lastSynced'>): Promise<void> {
  const value: SyncStatus = { ...status, at: new Date().toISOString() };
  if (lastSynced !== undefined) value.lastSynced = lastSynced;
  await writeSyncState(db, STATUS_KEY, value).catch(() => undefined);
}

/** The leader tab's loop: sync, then longpoll or wait for a trigger, until stopped. */
async function leaderLoop(
  db: KrokDatabase,
  engine: SyncEngine,
  signal: AbortSignal,
  woken: () => Promise<void>,
) {
  // Longpolls that failed in a row: the wait before the next sync grows like the sync's own backoff.
  let pollFailures = 0;
  while (!signal.aborted) {
    // Signed out in another tab (settings wiped): stop, and release the lock.
    if ((await readServerSettings(db).catch(() => undefined)) === undefined) return;
    if (!navigator.onLine) {
      await report(db, { state: 'offline' });
      await woken();
      continue;
    }
    try {
      await report(db, { state: 'syncing' });
      const { conflictsResolved } = await engine.sync(signal);
      if (conflictsResolved > 0) {
        const before = await readSyncState(db, CONFLICTS_RESOLVED_KEY).catch(() => 0);
        const total = (typeof before === 'number' ? before : 0) + conflictsResolved;
        await writeSyncState(db, CONFLICTS_RESOLVED_KEY, total).catch(() => undefined);
      }
      lastSynced = new Date().toISOString();
      await report(db, { state: 'idle' });
    } catch (error) {
      if (signal.aborted) return;
      const kind = error instanceof SyncFailure ? error.kind : 'storage';
      await report(db, { state: 'stopped', problem: kind });
      // Wrong password, no database, refused: nothing to do until the settings change (which restarts us).
      await woken();
      continue;
    }
    if (document.visibilityState !== 'visible') {
      await woken();
      continue;
    }
    const poll = new AbortController();
    const stopPoll = () => poll.abort();
    signal.addEventListener('abort', stopPoll, { once: true });
    try {
      await Promise.race([engine.waitForChanges(LONGPOLL_MS, poll.signal), woken()]);
      pollFailures = 0;
    } catch {
      // A failed longpoll (offline, server down, an answer of the wrong shape): the next sync comes
      // after a wait that grows with each failure in a row (1–2 s, 2–4 s, … up to 5 minutes).
      const delay = backoffDelay(pollFailures + 2);
      pollFailures += 1;
      await Promise.race([sleep(delay, signal), woken()]).catch(() => undefined);
    } finally {
      poll.abort();
      signal.removeEventListener('abort', stopPoll);
    }
  }
}

/**
 * Starts syncing this device with its stored server settings (does nothing without them, or without
 * IndexedDB). Calling it again restarts with the current settings. Resolves once started.
 */
export async function startSync(db: KrokDatabase): Promise<void> {
  stopSync();
  const settings = await readServerSettings(db).catch(() => undefined);
  if (settings === undefined) return;
  const engine = createSyncEngine({
    db,
    settings,
    retry: {
      onRetry: (error) => {
        void report(db, {
          state: 'retrying',
          problem: error instanceof SyncFailure ? error.kind : 'storage',
        });
      },
      wait: (ms, signal) => Promise.race([sleep(ms, signal), woken()]),
    },
  });
  const controller = new AbortController();
  let wakeUp: () => void = () => undefined;
  let wakePromise = new Promise<void>((resolve) => {
    wakeUp = resolve;
  });
  function woken(): Promise<void> {
    return wakePromise;
  }
  const wake = () => {
    const resolve = wakeUp;
    wakePromise = new Promise<void>((next) => {
      wakeUp = next;
    });
    resolve();
  };
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const onVisible = () => {
    if (document.visibilityState === 'visible') wake();
  };
  window.addEventListener('online', wake);
  window.addEventListener('offline', wake);
  document.addEventListener('visibilitychange', onVisible);
  let previousDirty = 0;
  const subscription = liveQuery(() => countDirty(db)).subscribe({
    next: (dirty) => {
      if (dirty > previousDirty) {
        clearTimeout(debounce);
        debounce = setTimeout(wake, WRITE_DEBOUNCE_MS);
      }
      previousDirty = dirty;
    },
    error: () => undefined,
  });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  // Other tabs: 'sync' asks the syncing tab for a sync; 'restart' follows new settings or a sign-out.
  channel?.addEventListener('message', (event: MessageEvent) => {
    if (event.data === 'restart') void startSync(db);
    else wake();
  });
  running = {
    wake,
    stop: () => {
      controller.abort();
      wake();
      clearTimeout(debounce);
      subscription.unsubscribe();
      window.removeEventListener('online', wake);
      window.removeEventListener('offline', wake);
      document.removeEventListener('visibilitychange', onVisible);
      channel?.close();
    },
  };
  const lead = () => leaderLoop(db, engine, controller.signal, woken);
  if (navigator.locks) {
    navigator.locks.request(LOCK_NAME, { signal: controller.signal }, lead).catch(() => undefined);
  } else {
    void lead();
  }
}

/** Stops syncing in this tab (another tab waiting for the lock takes over). */
export function stopSync(): void {
  running?.stop();
  running = undefined;
}

function tellOtherTabs(message: 'sync' | 'restart'): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}

/** Asks for a sync now: in this tab if it syncs, else in the tab that does. */
export function syncNow(): void {
  running?.wake();
  tellOtherTabs('sync');
}

/**
 * After the settings changed (saved, or wiped by a sign-out): restarts sync in this tab and every other
 * tab with what is stored now (no settings: sync stops everywhere). Resolves once this tab restarted.
 */
export async function restartSyncEverywhere(db: KrokDatabase): Promise<void> {
  tellOtherTabs('restart');
  await startSync(db);
}
