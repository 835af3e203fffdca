import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { listRecords } from '@/db/write';
import { addMember, changeMember, importMembers, MemberError } from '@/features/workshops/data/members';

const freshDatabase = () => createDatabase(`members-${crypto.randomUUID()}`);
const consent = { date: '2026-11-29', recordedBy: 'Anna' };

describe('members', () => {
  it('refuses a member without consent and writes nothing', async () => {
    const db = freshDatabase();
    await expect(addMember(db, { name: 'Jan Kos', memberNumber: '1' }, undefined)).rejects.toEqual(
      new MemberError('noConsent'),
    );
    await expect(
      addMember(db, { name: 'Jan Kos', memberNumber: '1' }, { date: '2026-11-29', recordedBy: ' ' }),
    ).rejects.toEqual(new MemberError('noConsent'));
    expect(await listRecords(db, 'member')).toEqual([]);
  });

  it('refuses a member number already taken, whatever its case and spaces', async () => {
    const db = freshDatabase();
    const first = await addMember(db, { name: 'Jan Kos', memberNumber: 'UTW 12' }, consent);
    await expect(addMember(db, { name: 'Ewa Lis', memberNumber: 'utw12' }, consent)).rejects.toEqual(
      new MemberError('duplicateNumber'),
    );
    expect(
      await changeMember(db, first.id, { name: 'Jan Kos', memberNumber: 'UTW 12', phone: '' }),
    ).toMatchObject({
      name: 'Jan Kos',
    });
    expect((await listRecords(db, 'member'))[0]).not.toHaveProperty('phone');
  });

  it('imports in one go, leaving out numbers taken since the preview', async () => {
    const db = freshDatabase();
    await addMember(db, { name: 'Jan Kos', memberNumber: '1' }, consent);
    const saved = await importMembers(
      db,
      [
        { name: 'Ewa Lis', memberNumber: '1' },
        { name: 'Olga Sowa', memberNumber: '2' },
      ],
      consent,
    );
    expect(saved.map((member) => member.name)).toEqual(['Olga Sowa']);
    expect(saved[0]).toMatchObject({ consent, dirty: 1 });
    expect(await listRecords(db, 'member')).toHaveLength(2);
  });
});
