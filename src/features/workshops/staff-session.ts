// Whether the staff area is open on this tab, and the idle lock. Kept in memory only: a reload, a new
// tab or ten quiet minutes close it again, so a tablet left on a table never shows the roster.
import { useEffect, useSyncExternalStore } from 'react';

/** The staff area locks itself after 10 minutes without a touch, click, key or scan (the figure). */
export const STAFF_IDLE_LOCK_MS = 10 * 60 * 1000;

let unlocked = false;
const listeners = new Set<() => void>();
const activityListeners = new Set<() => void>();

function emit(): void {
  for (const listener of [...listeners]) listener();
}

export const staffSession = {
  unlock(): void {
    unlocked = true;
    emit();
  },
  lock(): void {
    unlocked = false;
    emit();
  },
  isUnlocked: (): boolean => unlocked,
  /** Counts as activity for the idle lock (a scanned card, for instance, where nobody touches the screen). */
  noteActivity(): void {
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
 * or staffSession.noteActivity()). Uses one timeout, restarted on activity.
 */
export function useIdleLock(active: boolean, idleMs: number = STAFF_IDLE_LOCK_MS): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(staffSession.lock, idleMs);
    const restart = () => {
      window.clearTimeout(timer);
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
