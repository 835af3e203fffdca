// Storage problems: turning IndexedDB and Dexie errors into a few codes the UI can explain
// (`common:errors.storage.<code>`), and an event for problems that no single call can report
// (an upgrade blocked by another tab, a newer version opened in another tab).

export type StorageProblemCode = 'full' | 'blocked' | 'unavailable' | 'versionTooNew' | 'unknown';

/** Thrown by every src/db function that touches storage; `cause` holds the original error. */
export class StorageProblem extends Error {
  override readonly name = 'StorageProblem';
  constructor(
    readonly code: StorageProblemCode,
    options?: { cause?: unknown },
  ) {
    super(`Storage problem: ${code}${describeCause(options?.cause)}`, options);
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return ` (${cause.name}: ${cause.message})`;
  return cause === undefined ? '' : ` (${String(cause)})`;
}

/** Names browsers and Dexie use for "the disk or the origin's quota is full". */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code of QUOTA_EXCEEDED_ERR (old Safari and Firefox set only the code). */
const QUOTA_EXCEEDED_CODE = 22;
/** A newer version of the database exists: opened by a newer copy of the app in another tab. */
const VERSION_NAMES = new Set(['VersionError', 'VersionChangeError']);
/**
 * IndexedDB cannot be used: missing (very old browsers), refused (Firefox private mode reports
 * InvalidStateError, blocked cookies SecurityError) or closed under us by the browser.
 */
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'SecurityError',
  'DatabaseClosedError',
]);
/** How many nested errors (inner, cause, failures) to look at; real chains are 2–3 deep. */
const MAX_ERRORS_INSPECTED = 50;

/** Yields the error and every error nested in it (Dexie's `inner` and `failures`, standard `cause`). */
function* nestedErrors(error: unknown): Generator<object> {
  const queue: unknown[] = [error];
  const seen = new Set<object>();
  while (queue.length > 0 && seen.size < MAX_ERRORS_INSPECTED) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    yield current;
    const { inner, cause, failures } = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...failures);
    else if (typeof failures === 'object' && failures !== null) queue.push(...Object.values(failures));
  }
}

function nameOf(error: object): string | undefined {
  const { name } = error as { name?: unknown };
  return typeof name === 'string' ? name : undefined;
}

function isQuota(error: object): boolean {
  const name = nameOf(error);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  return error instanceof DOMException && error.code === QUOTA_EXCEEDED_CODE;
}

/**
 * Returns the code for any error thrown by IndexedDB or Dexie, however deeply wrapped (an AbortError
 * whose inner error is a QuotaExceededError is 'full'). A full disk wins over every other reading,
 * because it is the one problem the user can fix. 'blocked' never comes from an error (a blocked open
 * waits instead of failing); it is reported through onStorageProblem. Never throws.
 */
export function classifyStorageError(error: unknown): StorageProblemCode {
  const errors = [...nestedErrors(error)];
  const problem = errors.find((candidate) => candidate instanceof StorageProblem);
  if (problem instanceof StorageProblem) return problem.code;
  if (errors.some(isQuota)) return 'full';
  const names = errors.map(nameOf);
  if (names.some((name) => name !== undefined && VERSION_NAMES.has(name))) return 'versionTooNew';
  if (names.some((name) => name !== undefined && UNAVAILABLE_NAMES.has(name))) return 'unavailable';
  return 'unknown';
}

/** Returns `error` if it is a StorageProblem, otherwise a new StorageProblem caused by it. */
export function toStorageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error;
  return new StorageProblem(classifyStorageError(error), { cause: error });
}

/**
 * Runs a storage operation and returns its result; rethrows any failure as a StorageProblem.
 * For src/db modules: wrap only storage work, so that programming errors are not disguised.
 */
export async function withStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageProblem(error);
  }
}

export type StorageProblemListener = (problem: StorageProblem) => void;

const listeners = new Set<StorageProblemListener>();

/**
 * Subscribes to storage problems that happen outside any call (currently 'blocked' and
 * 'versionTooNew'); failed calls throw instead. Returns the function that unsubscribes.
 */
export function onStorageProblem(listener: StorageProblemListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener about a problem. A throwing listener does not stop the others. */
export function reportStorageProblem(problem: StorageProblem): void {
  for (const listener of [...listeners]) {
    try {
      listener(problem);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
