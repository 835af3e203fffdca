import { beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/database';
import { listProgress } from '@/db/progress-queries';
import { saveRecord } from '@/db/write';
import {
  checkMyDataFileSize,
  deleteMyData,
  describeMyData,
  exportMyData,
  importMyData,
  MY_DATA_MAX_BYTES,
  MyDataFileError,
  mergeProgress,
  parseMyDataFile,
} from '@/features/settings/data/my-data';
import { getPreferences, reloadPreferences, updatePreferences } from '@/lib/preferences';

const freshDatabase = () => createDatabase(`my-data-${crypto.randomUUID()}`);
const lesson = (lessonId: string, step: number, extra: object = {}) => ({
  owner: 'default',
  moduleId: 'buses',
  lessonId,
  step,
  stepsTotal: 8,
  ...extra,
});

function problemOf(text: string) {
  try {
    parseMyDataFile(text);
    return 'accepted';
  } catch (error) {
    return error instanceof MyDataFileError ? error.problem : 'other';
  }
}

describe('my data', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadPreferences();
  });

  it('moves progress and preferences to a new phone through a file', async () => {
    const oldPhone = freshDatabase();
    await saveRecord(
      oldPhone,
      'progress',
      lesson('stop-timetable', 7, { completedAt: '2026-11-20T10:00:00.000Z' }),
    );
    await saveRecord(
      oldPhone,
      'progress',
      lesson('phone-ticket', 2, { quiz: { quizBlik: { correct: true, attempts: 1 } } }),
    );
    updatePreferences({ textSize: 175, theme: 'contrast' });
    const text = JSON.stringify(await exportMyData(oldPhone));

    localStorage.clear();
    reloadPreferences();
    const newPhone = freshDatabase();
    expect(await importMyData(newPhone, parseMyDataFile(text))).toBe(2);
    const restored = await listProgress(newPhone, 'default');
    expect(
      restored.map((record) => [record.lessonId, record.step, record.completedAt ?? null]).sort(),
    ).toEqual([
      ['phone-ticket', 2, null],
      ['stop-timetable', 7, '2026-11-20T10:00:00.000Z'],
    ]);
    expect(restored.every((record) => record.dirty === 1)).toBe(true);
    expect(getPreferences()).toMatchObject({ textSize: 175, theme: 'contrast' });
  });

  it('refuses a file that is not JSON, not ours, from a newer app or damaged, saying which', () => {
    expect(problemOf('not json at all')).toBe('notJson');
    expect(problemOf(JSON.stringify({ hello: 'world' }))).toBe('notOurs');
    expect(problemOf(JSON.stringify({ format: 'krok-po-kroku.my-data', version: 2 }))).toBe('newerVersion');
    const damaged = {
      format: 'krok-po-kroku.my-data',
      version: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      preferences: {},
      progress: [{ lessonId: 'x', step: 'three' }],
    };
    expect(problemOf(JSON.stringify(damaged))).toBe('damaged');
  });

  it('refuses a file of the right shape whose answers do not fit the lesson (invented steps)', () => {
    const file = (entry: object) =>
      JSON.stringify({
        format: 'krok-po-kroku.my-data',
        version: 1,
        exportedAt: '2026-11-22T10:00:00.000Z',
        preferences: {},
        progress: [{ lessonId: 'stop-timetable', moduleId: 'buses', step: 2, stepsTotal: 8, ...entry }],
      });
    expect(problemOf(file({ quiz: { quizLetter: { correct: true, attempts: 1 } } }))).toBe('accepted');
    const invented = Object.fromEntries(
      Array.from({ length: 500 }, (_, index) => [`answer${index}`, { correct: true, attempts: 1 }]),
    );
    expect(problemOf(file({ quiz: invented }))).toBe('damaged');
    expect(problemOf(file({ practice: { nope: { done: true, mistakes: 0 } } }))).toBe('damaged');
    expect(problemOf(file({ lessonId: 'no-such-lesson' }))).toBe('damaged');
    expect(problemOf(file({ step: 99 }))).toBe('damaged');
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(() => checkMyDataFileSize(MY_DATA_MAX_BYTES)).not.toThrow();
    try {
      checkMyDataFileSize(20 * 1024 * 1024);
      expect.unreachable('a 20 MB file must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(MyDataFileError);
      expect((error as MyDataFileError).problem).toBe('tooBig');
    }
  });

  it('keeps the further copy of a lesson when importing over existing progress', async () => {
    const db = freshDatabase();
    await saveRecord(
      db,
      'progress',
      lesson('stop-timetable', 5, { quiz: { quizLetter: { correct: false, attempts: 2 } } }),
    );
    const file = parseMyDataFile(
      JSON.stringify({
        format: 'krok-po-kroku.my-data',
        version: 1,
        exportedAt: '2026-11-22T10:00:00.000Z',
        preferences: {},
        progress: [
          {
            lessonId: 'stop-timetable',
            moduleId: 'buses',
            step: 2,
            stepsTotal: 8,
            quiz: { quizLetter: { correct: true, attempts: 3 } },
          },
        ],
      }),
    );
    await importMyData(db, file);
    const [record] = await listProgress(db, 'default');
    expect(record).toMatchObject({ step: 5, quiz: { quizLetter: { correct: true, attempts: 3 } } });
  });

  it('merges progress so that a finished lesson stays finished', () => {
    const merged = mergeProgress(
      { ...lesson('a', 3), completedAt: '2026-11-01T00:00:00.000Z' },
      { ...lesson('a', 1), practice: { s: { done: true, mistakes: 1 } } },
    );
    expect(merged).toMatchObject({
      step: 3,
      completedAt: '2026-11-01T00:00:00.000Z',
      practice: { s: { done: true, mistakes: 1 } },
    });
  });

  it('deletes the learner’s progress and settings, and says first how much there is', async () => {
    const db = freshDatabase();
    await saveRecord(db, 'progress', lesson('stop-timetable', 5));
    await saveRecord(db, 'progress', lesson('phone-ticket', 1));
    updatePreferences({ textSize: 200, welcomed: true });
    expect(await describeMyData(db)).toEqual({ lessons: 2 });
    await deleteMyData(db);
    expect(await listProgress(db, 'default')).toEqual([]);
    expect(getPreferences()).toMatchObject({ textSize: 100, welcomed: true });
  });
});
