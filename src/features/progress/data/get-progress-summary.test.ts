import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { deleteRecord, saveRecord } from '@/db/write';
import { getProgressSummary } from '@/features/progress/data/get-progress-summary';

describe('getProgressSummary', () => {
  it('counts started and finished lessons and ignores deleted ones', async () => {
    const db = createDatabase(`progress-${crypto.randomUUID()}`);
    const base = { owner: 'me', moduleId: 'buses', stepsTotal: 6 };
    await saveRecord(db, 'progress', { ...base, id: 'me:a', lessonId: 'a', step: 2 });
    await saveRecord(db, 'progress', {
      ...base,
      id: 'me:b',
      lessonId: 'b',
      step: 6,
      completedAt: '2026-11-01T10:00:00Z',
    });
    await saveRecord(db, 'progress', { ...base, id: 'me:c', lessonId: 'c', step: 1 });
    await deleteRecord(db, 'progress', 'me:c');
    expect(await getProgressSummary(db, 'me')).toMatchObject({ started: 1, finished: 1 });
  });
});
