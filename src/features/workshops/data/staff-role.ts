// The role of the staff using this device (instructor or coordinator) and the name they record
// consent under. Device-only settings: the real authority is the sync server's roles (DESIGN.md).
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { getSetting, setSetting } from '@/db/settings';

export type StaffRole = 'instructor' | 'coordinator';
export const STAFF_ROLES: readonly StaffRole[] = ['instructor', 'coordinator'];

const ROLE_SETTING = 'staff.role';
const NAME_SETTING = 'staff.name';

const isRole = (value: unknown): value is StaffRole => value === 'instructor' || value === 'coordinator';
const isText = (value: unknown): value is string => typeof value === 'string';

export type StaffProfile = { role: StaffRole; name: string };

/** The device's staff role (instructor until chosen) and staff name ('' until given). Rejects with StorageProblem. */
export async function getStaffProfile(db: KrokDatabase): Promise<StaffProfile> {
  const [role, name] = await Promise.all([
    getSetting<StaffRole>(db, ROLE_SETTING, 'instructor', isRole),
    getSetting<string>(db, NAME_SETTING, '', isText),
  ]);
  return { role, name };
}

/** Stores the role. Rejects with StorageProblem. */
export function setStaffRole(db: KrokDatabase, role: StaffRole): Promise<void> {
  return setSetting(db, ROLE_SETTING, role);
}

/** Stores the staff name, trimmed. Rejects with StorageProblem. */
export function setStaffName(db: KrokDatabase, name: string): Promise<void> {
  return setSetting(db, NAME_SETTING, name.trim());
}

/** The live staff profile of the device; undefined while loading. */
export function useStaffProfile(): StaffProfile | undefined {
  return useLiveQuery(() => getStaffProfile(getDatabase()), []);
}

export const staffProfile = {
  setRole: (role: StaffRole) => setStaffRole(getDatabase(), role),
  setName: (name: string) => setStaffName(getDatabase(), name),
};
