import { describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { setActiveProfileId } from '@/db/profiles';
import { getRecord } from '@/db/write';
import { loadLessonProgress, saveLessonProgress } from '@/features/learn/data/lesson-progress';

const freshDatabase = () => createDatabase(`lesson-progress-${crypto.randomUUID()}`);
const progress = { lessonId: 'stop-timetable', moduleId: 'buses', step: 3, stepsTotal: 8 };

describe('lesson progress', () => {
  it('is empty for a lesson never opened', async () => {
    expect(await loadLessonProgress(freshDatabase(), 'stop-timetable')).toEqual({
      owner: 'default',
      progress: undefined,
    });
  });

  it('comes back as saved, through the synced-record envelope', async () => {
    const db = freshDatabase();
    await saveLessonProgress(db, 'default', { ...progress, quiz: { q: { correct: true, attempts: 2 } } });
    const loaded = await loadLessonProgress(db, 'stop-timetable');
    expect(loaded.progress).toEqual({ ...progress, quiz: { q: { correct: true, attempts: 2 } } });
    const record = await getRecord(db, 'progress', 'default:stop-timetable');
    expect(record).toMatchObject({ dirty: 1, owner: 'default' });
    expect(record?.updatedAt).toBeTruthy();
  });

  it('keeps each learner of a shared device apart', async () => {
    const db = freshDatabase();
    await saveLessonProgress(db, 'default', progress);
    await setActiveProfileId(db, 'anna');
    expect((await loadLessonProgress(db, 'stop-timetable')).progress).toBeUndefined();
    await saveLessonProgress(db, 'anna', { ...progress, step: 1 });
    expect((await loadLessonProgress(db, 'stop-timetable')).progress?.step).toBe(1);
  });
});
