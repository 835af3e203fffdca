// Retries with exponential backoff and jitter (DESIGN.md: 0.5 s doubling, capped at 5 minutes), so a
// server that comes back is not hit by every device at the same instant.

import { isTransient } from '@/sync/couch-client';

/** First retry after about 0.5 s: long enough for a blip to pass, short enough to feel immediate. */
export const BACKOFF_BASE_MS = 500;
/** Never wait more than 5 min between tries: an instructor expects sync within a lesson break. */
export const BACKOFF_CAP_MS = 5 * 60 * 1000;

/**
 * Returns the wait before retry number `attempt` (0 = first retry): base × 2^attempt capped, then scaled
 * by a random factor in [0.5, 1) ("equal jitter"). `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type RetryOptions = {
  signal?: AbortSignal;
  /** Tries in all before giving up with the last error; default: until it works or the signal aborts. */
  maxAttempts?: number;
  random?: () => number;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told about each failed try that will be retried, and the wait before the next. */
  onRetry?: (error: unknown, delayMs: number) => void;
};

/**
 * Runs `operation` until it succeeds; transient failures (unreachable, 5xx) are retried after a backoff
 * delay. Rejects at once with any other error (401, 403, bad address…), or with the last transient
 * error after `maxAttempts`, or with the abort reason.
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { signal, maxAttempts = Number.POSITIVE_INFINITY, random, wait = sleep, onRetry } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (signal?.aborted || !isTransient(error) || attempt + 1 >= maxAttempts) throw error;
      const delay = backoffDelay(attempt, random);
      onRetry?.(error, delay);
      await wait(delay, signal);
    }
  }
}
