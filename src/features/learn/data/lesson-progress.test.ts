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

  it('never moves the learner backwards when two tabs of one lesson save in either order', async () => {
    const name = `lesson-progress-${crypto.randomUUID()}`;
    // Two tabs: two database connections, each with its own writer and its own remembered copy.
    const first = createDatabase(name);
    const second = createDatabase(name);
    await loadLessonProgress(first, 'stop-timetable');
    await loadLessonProgress(second, 'stop-timetable');
    await saveLessonProgress(first, 'default', {
      ...progress,
      step: 5,
      practice: { practiceNext: { done: true, mistakes: 1 } },
    });
    // The older tab, still on step 3, answers a quiz and saves last.
    await saveLessonProgress(second, 'default', {
      ...progress,
      step: 3,
      quiz: { quizLetter: { correct: true, attempts: 2 } },
    });
    const loaded = await loadLessonProgress(createDatabase(name), 'stop-timetable');
    expect(loaded.progress).toEqual({
      ...progress,
      step: 5,
      practice: { practiceNext: { done: true, mistakes: 1 } },
      quiz: { quizLetter: { correct: true, attempts: 2 } },
    });
  });

  it('keeps the earliest completion and every finished practice when merging', async () => {
    const db = freshDatabase();
    await saveLessonProgress(db, 'default', {
      ...progress,
      step: 7,
      completedAt: '2026-12-01T10:00:00.000Z',
      practice: { a: { done: true, mistakes: 0 } },
    });
    await saveLessonProgress(db, 'default', {
      ...progress,
      step: 2,
      completedAt: '2026-12-02T10:00:00.000Z',
      practice: { a: { done: false, mistakes: 3 } },
    });
    expect((await loadLessonProgress(db, 'stop-timetable')).progress).toMatchObject({
      step: 7,
      completedAt: '2026-12-01T10:00:00.000Z',
      practice: { a: { done: true, mistakes: 3 } },
    });
  });
});
