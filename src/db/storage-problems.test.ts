import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  onStorageProblem,
  reportStorageProblem,
  StorageProblem,
  toStorageProblem,
  withStorage,
} from '@/db/storage-problems';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it("returns 'full' for a QuotaExceededError however it is wrapped", () => {
    expect(classifyStorageError(quota())).toBe('full');
    expect(classifyStorageError(new Dexie.QuotaExceededError('quota'))).toBe('full');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBe('full');
    expect(classifyStorageError(new Dexie.BulkError('1 of 3 failed', { 1: quota() }))).toBe('full');
    expect(
      classifyStorageError(new Error('save failed', { cause: new Dexie.AbortError('x', quota()) })),
    ).toBe('full');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Firefox' })).toBe('full');
  });

  it("returns 'full' when a quota error is nested beside another reading", () => {
    const openFailed = new Dexie.OpenFailedError('open failed', new Dexie.AbortError('abort', quota()));
    expect(classifyStorageError(openFailed)).toBe('full');
  });

  it("returns 'unavailable' when IndexedDB is missing or refused (private mode)", () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('indexedDB API missing'))).toBe('unavailable');
    const privateMode = new DOMException('A mutation operation was attempted', 'InvalidStateError');
    expect(classifyStorageError(new Dexie.OpenFailedError('open failed', privateMode))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).toBe('unavailable');
  });

  it("returns 'versionTooNew' for a VersionError, also inside OpenFailedError", () => {
    const version = new DOMException('requested version is less than existing', 'VersionError');
    expect(classifyStorageError(version)).toBe('versionTooNew');
    expect(classifyStorageError(new Dexie.OpenFailedError('open failed', version))).toBe('versionTooNew');
  });

  it('returns the code of a StorageProblem found in the chain', () => {
    expect(classifyStorageError(new StorageProblem('blocked'))).toBe('blocked');
    expect(classifyStorageError(new Error('wrapped', { cause: new StorageProblem('blocked') }))).toBe(
      'blocked',
    );
  });

  it("returns 'unknown' for anything else, including non-errors and cyclic chains", () => {
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
    expect(classifyStorageError('boom')).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(classifyStorageError(cyclic)).toBe('unknown');
  });
});

describe('toStorageProblem', () => {
  it('wraps an error with its code and keeps the original as cause', () => {
    const original = quota();
    const problem = toStorageProblem(original);
    expect(problem).toBeInstanceOf(StorageProblem);
    expect(problem.code).toBe('full');
    expect(problem.cause).toBe(original);
  });

  it('returns a StorageProblem unchanged', () => {
    const problem = new StorageProblem('unavailable');
    expect(toStorageProblem(problem)).toBe(problem);
  });
});

describe('withStorage', () => {
  it('rejects with a StorageProblem when the operation fails', async () => {
    const failing = withStorage(() => Promise.reject(quota()));
    await expect(failing).rejects.toMatchObject({ name: 'StorageProblem', code: 'full' });
  });

  it('resolves to the result when the operation succeeds', async () => {
    await expect(withStorage(() => Promise.resolve(42))).resolves.toBe(42);
  });
});

describe('onStorageProblem', () => {
  it('delivers reported problems to listeners until they unsubscribe', () => {
    const received: string[] = [];
    const unsubscribe = onStorageProblem((problem) => received.push(problem.code));
    reportStorageProblem(new StorageProblem('blocked'));
    unsubscribe();
    reportStorageProblem(new StorageProblem('versionTooNew'));
    expect(received).toEqual(['blocked']);
  });
});
