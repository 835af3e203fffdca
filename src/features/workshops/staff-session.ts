// Whether the staff area is open on this tab, and what closes it. Kept in memory only: a reload or a
// new tab starts locked. The unlock carries an absolute expiry, checked on every read (a tab asleep
// for hours is locked when it wakes, whatever its timers did); ten quiet minutes, leaving the staff
// area, leaving the projector, hiding the tab or leaving the page lock it, so a tablet left on a table
// never shows the roster to the next person.
import { useEffect, useRef, useSyncExternalStore } from 'react';

/** The staff area locks itself after 10 minutes without a touch, click, key or scan (the figure). */
export const STAFF_IDLE_LOCK_MS = 10 * 60 * 1000;

let unlocked = false;
/** Date.now() after which the unlock no longer holds (pushed on by activity). */
let expiresAt = 0;
/** A lesson is on the projector: a long explanation is not idleness. */
let presenting = false;
const listeners = new Set<() => void>();
const activityListeners = new Set<() => void>();

function emit(): void {
  for (const listener of [...listeners]) listener();
}

function holds(): boolean {
  return unlocked && (presenting || Date.now() < expiresAt);
}

export const staffSession = {
  unlock(): void {
    unlocked = true;
    expiresAt = Date.now() + STAFF_IDLE_LOCK_MS;
    emit();
  },
  lock(): void {
    if (!unlocked && !presenting) return;
    unlocked = false;
    presenting = false;
    emit();
  },
  isUnlocked(): boolean {
    if (unlocked && !holds()) {
      // Expired while nothing was watching: locked from now on, and told to the screens after this read.
      unlocked = false;
      queueMicrotask(emit);
    }
    return unlocked;
  },
  /** Counts as activity for the idle lock (a scanned card, for instance, where nobody touches the screen). */
  noteActivity(): void {
    if (holds()) expiresAt = Date.now() + STAFF_IDLE_LOCK_MS;
    for (const listener of [...activityListeners]) listener();
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** True while the staff area is unlocked on this tab. */
export function useStaffUnlocked(): boolean {
  return useSyncExternalStore(subscribe, staffSession.isUnlocked, staffSession.isUnlocked);
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * While the staff area is unlocked, locks it after `idleMs` without activity (pointer, keys, wheel,
 * or staffSession.noteActivity()). Uses one timeout, restarted on activity; the expiry read by
 * isUnlocked() moves with it.
 */
export function useIdleLock(active: boolean, idleMs: number = STAFF_IDLE_LOCK_MS): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(staffSession.lock, idleMs);
    const restart = () => {
      window.clearTimeout(timer);
      if (holds()) expiresAt = Date.now() + idleMs;
      timer = window.setTimeout(staffSession.lock, idleMs);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    activityListeners.add(restart);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
      activityListeners.delete(restart);
    };
  }, [active, idleMs]);
}

/** The routes behind the PIN. */
export function isStaffPath(pathname: string): boolean {
  return /^\/(staff|reports|sync)(\/|$)/.test(pathname);
}

const isProjectorShow = (pathname: string) => /^\/staff\/projector\/[^/]+\/[^/]+/.test(pathname);

let watchingTab = false;
/** Hiding the tab (another app, the screen off) or leaving the page locks the staff area. */
function watchTab(): void {
  if (watchingTab) return;
  watchingTab = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') staffSession.lock();
  });
  window.addEventListener('pagehide', () => staffSession.lock());
}

/**
 * For the app's layout: locks the staff area when the tab goes anywhere outside it and when it leaves
 * a lesson on the projector; while the projector shows a lesson the idle expiry waits.
 */
export function useStaffAreaLock(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    watchTab();
    const left = previous.current;
    previous.current = pathname;
    presenting = unlocked && isProjectorShow(pathname);
    if (left === pathname) return;
    if (!isStaffPath(pathname) || isProjectorShow(left)) staffSession.lock();
    else staffSession.noteActivity();
  }, [pathname]);
}
