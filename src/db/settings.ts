// Device-only settings (text size, contrast, language, the active profile…): one key–value table that
// never syncs. Feature code owns the keys and their meaning; this module only stores them.

import type { KrokDatabase } from '@/db/database';
import { withStorage } from '@/db/storage-problems';

/**
 * Returns the stored value of a setting, or `fallback` when it was never set or, if `isValid` is given,
 * when the stored value fails it (a value written by an older app version). Without `isValid` the stored
 * value is trusted to be a T. Rejects with StorageProblem.
 */
export async function getSetting<T>(
  db: KrokDatabase,
  key: string,
  fallback: T,
  isValid?: (value: unknown) => value is T,
): Promise<T> {
  const stored = await withStorage(() => db.settings.get(key));
  if (stored === undefined) return fallback;
  if (isValid !== undefined && !isValid(stored.value)) return fallback;
  return stored.value as T;
}

/**
 * Stores a setting (any structured-cloneable value) and resolves when it is committed.
 * Rejects with StorageProblem ('full' when the disk is full).
 */
export async function setSetting<T>(db: KrokDatabase, key: string, value: T): Promise<void> {
  await withStorage(() => db.settings.put({ key, value }));
}
