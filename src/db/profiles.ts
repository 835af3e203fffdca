// The learner whose progress is being recorded on this device. A phone used by one person has only
// the default learner; shared workshop tablets switch between profiles (the profiles table).
import type { KrokDatabase } from '@/db/database';
import { getSetting, setSetting } from '@/db/settings';

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
