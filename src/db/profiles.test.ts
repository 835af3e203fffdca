import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { DEFAULT_PROFILE_ID, getActiveProfileId, setActiveProfileId } from '@/db/profiles';

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
