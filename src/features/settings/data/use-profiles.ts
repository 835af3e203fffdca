// The learners of a shared device and who is learning now, for the switcher and the settings.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/db/database';
import {
  addProfile,
  getActiveProfileId,
  listProfiles,
  type NewProfile,
  setActiveProfileId,
} from '@/db/profiles';
import type { ProfileRecord } from '@/db/records';

export type ProfilesState = { profiles: ProfileRecord[]; activeId: string };

/** Live profiles and the active one; undefined while loading (or when storage cannot be read). */
export function useProfiles(): ProfilesState | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    return { profiles: await listProfiles(db), activeId: await getActiveProfileId(db) };
  }, []);
}

export const profilesStore = {
  add: (profile: NewProfile, current?: NewProfile) => addProfile(getDatabase(), profile, current),
  switchTo: (id: string) => setActiveProfileId(getDatabase(), id),
};
