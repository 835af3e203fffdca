import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { setActiveProfileId } from '@/db/profiles';
import { listActiveProgress } from '@/db/progress-queries';
import { deleteRecord, saveRecord } from '@/db/write';

describe('listActiveProgress', () => {
  it('lists the active learner’s live records, newest first', async () => {
    const db = createDatabase(`progress-queries-${crypto.randomUUID()}`);
    const base = { moduleId: 'waste', step: 0, stepsTotal: 5 };
    await saveRecord(db, 'progress', { ...base, owner: 'default', lessonId: 'a' });
    await saveRecord(db, 'progress', { ...base, owner: 'default', lessonId: 'b' });
    await saveRecord(db, 'progress', { ...base, owner: 'default', lessonId: 'c' });
    await saveRecord(db, 'progress', { ...base, owner: 'anna', lessonId: 'd' });
    await deleteRecord(db, 'progress', 'default:c');
    expect((await listActiveProgress(db)).map((record) => record.lessonId)).toEqual(['b', 'a']);
    await setActiveProfileId(db, 'anna');
    expect((await listActiveProgress(db)).map((record) => record.lessonId)).toEqual(['d']);
  });
});
