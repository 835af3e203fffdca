import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import {
  addProfile,
  DEFAULT_PROFILE_ID,
  getActiveProfileId,
  listProfiles,
  PROFILE_COLORS,
  setActiveProfileId,
} from '@/db/profiles';

describe('active profile', () => {
  it('is the default learner until another is chosen, and is remembered', async () => {
    const name = `profiles-${crypto.randomUUID()}`;
    const db = createDatabase(name);
    expect(await getActiveProfileId(db)).toBe(DEFAULT_PROFILE_ID);
    await setActiveProfileId(db, 'anna');
    db.close();
    expect(await getActiveProfileId(createDatabase(name))).toBe('anna');
  });
});

describe('profiles', () => {
  it('names the learner so far when the first other learner is added, and switches to the new one', async () => {
    const db = createDatabase(`profiles-${crypto.randomUUID()}`);
    expect(await listProfiles(db)).toEqual([]);
    const ewa = await addProfile(
      db,
      { name: ' Ewa ', color: PROFILE_COLORS[1] },
      { name: 'Jan', color: PROFILE_COLORS[0] },
    );
    expect(
      (await listProfiles(db)).map((profile) => [
        profile.id === DEFAULT_PROFILE_ID ? 'default' : 'new',
        profile.name,
      ]),
    ).toEqual([
      ['default', 'Jan'],
      ['new', 'Ewa'],
    ]);
    expect(await getActiveProfileId(db)).toBe(ewa.id);
    await addProfile(
      db,
      { name: 'Ola', color: PROFILE_COLORS[2] },
      { name: 'ignored', color: PROFILE_COLORS[0] },
    );
    expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Jan', 'Ewa', 'Ola']);
  });
});
