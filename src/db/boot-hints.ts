// Hints for public/boot.js, which runs before the first paint and cannot read IndexedDB: whether this
// device holds any lesson progress. boot.js shows a prerendered lesson (its first step, as a new
// learner sees it) only on a device without any, so nobody sees step 1 flash before their own step.
// A stale hint only costs that speed-up, never correctness.

/** The localStorage key boot.js reads (keep the two in step). */
export const PROGRESS_HINT_KEY = 'kpk.hasProgress';

let marked = false;

/** Notes that progress is stored on this device (once per page load: it is on the save path). */
export function markProgressStored(): void {
  if (marked) return;
  marked = true;
  try {
    localStorage.setItem(PROGRESS_HINT_KEY, '1');
  } catch {
    // No storage (private mode): boot.js then sees no hint, and the app corrects the page once loaded.
  }
}
