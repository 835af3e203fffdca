// The learner whose progress is being recorded on this device. A phone used by one person has only
// the default learner; shared workshop tablets switch between profiles (the profiles table).
import type { KrokDatabase } from '@/db/database';
import type { ProfileRecord } from '@/db/records';
import { getSetting, setSetting } from '@/db/settings';
import { withStorage } from '@/db/storage-problems';
import { newId } from '@/db/ulid';

/** The owner of progress on a device where no profile was ever chosen. */
export const DEFAULT_PROFILE_ID = 'default';
const ACTIVE_PROFILE_SETTING = 'profile.active';

const isProfileId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The active learner's profile id (the `owner` of progress records). Rejects with StorageProblem. */
export function getActiveProfileId(db: KrokDatabase): Promise<string> {
  return getSetting(db, ACTIVE_PROFILE_SETTING, DEFAULT_PROFILE_ID, isProfileId);
}

/** Makes another profile the active learner. Rejects with StorageProblem. */
export function setActiveProfileId(db: KrokDatabase, profileId: string): Promise<void> {
  return setSetting(db, ACTIVE_PROFILE_SETTING, profileId);
}

/** Colours a profile badge may take: each with white text above 7:1, and told apart by name too. */
export const PROFILE_COLORS = ['#1b4965', '#7a1f5c', '#2b5f2e', '#8a3b00', '#4b3f8f', '#6b5200'] as const;

export type NewProfile = { name: string; color: string };

/** The learners of this device, oldest first. Rejects with StorageProblem. */
export async function listProfiles(db: KrokDatabase): Promise<ProfileRecord[]> {
  return withStorage(async () =>
    (await db.profiles.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
}

/**
 * Adds a learner and makes them active. On a device without profiles, the learner so far (the default
 * profile, whose progress stays theirs) is named first as `current`. Resolves to the new profile.
 * Rejects with StorageProblem, in which case nothing was added.
 */
export async function addProfile(
  db: KrokDatabase,
  profile: NewProfile,
  current?: NewProfile,
): Promise<ProfileRecord> {
  const now = new Date();
  const created: ProfileRecord = {
    id: newId(),
    name: profile.name.trim(),
    color: profile.color,
    createdAt: now.toISOString(),
  };
  await withStorage(() =>
    db.transaction('rw', db.profiles, db.settings, async () => {
      if (current && (await db.profiles.count()) === 0) {
        await db.profiles.put({
          id: DEFAULT_PROFILE_ID,
          name: current.name.trim(),
          color: current.color,
          createdAt: new Date(now.getTime() - 1).toISOString(),
        });
      }
      await db.profiles.put(created);
      await db.settings.put({ key: ACTIVE_PROFILE_SETTING, value: created.id });
    }),
  );
  return created;
}

/**
 * Removes the active learner's profile (their name and colour), as "delete my data" asks; the oldest
 * remaining learner becomes active, or the device's default learner when none is left. Progress is
 * not touched here. Rejects with StorageProblem, in which case nothing was removed.
 */
export async function removeActiveProfile(db: KrokDatabase): Promise<void> {
  await withStorage(() =>
    db.transaction('rw', db.profiles, db.settings, async () => {
      const active = await getActiveProfileId(db);
      await db.profiles.delete(active);
      const [next] = (await db.profiles.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      await db.settings.put({ key: ACTIVE_PROFILE_SETTING, value: next?.id ?? DEFAULT_PROFILE_ID });
    }),
  );
}
