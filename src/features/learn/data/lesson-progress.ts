// The learner's place in a lesson: read when the lesson opens, written at every step through the
// data layer's write path (so it syncs and is never lost when the tab closes).
import { useEffect, useRef, useState } from 'react';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { getActiveProfileId } from '@/db/profiles';
import { isLive, type ProgressFields, progressId } from '@/db/records';
import { createRecordWriter, type RecordWriter } from '@/db/write';

export type LessonProgress = Omit<ProgressFields, 'owner'>;

export type LoadedProgress = { owner: string; progress: LessonProgress | undefined };

const writers = new WeakMap<KrokDatabase, RecordWriter<'progress'>>();

/**
 * Progress is read and written through one writer per database, which remembers what it last read or
 * wrote: a step's save then commits without first waiting to read the stored copy (see createRecordWriter).
 */
function progressWriter(db: KrokDatabase): RecordWriter<'progress'> {
  let writer = writers.get(db);
  if (writer === undefined) {
    writer = createRecordWriter(db, 'progress');
    writers.set(db, writer);
  }
  return writer;
}

/** The active learner's progress in a lesson (undefined when not started). Rejects with StorageProblem. */
export async function loadLessonProgress(db: KrokDatabase, lessonId: string): Promise<LoadedProgress> {
  const owner = await getActiveProfileId(db);
  const record = await progressWriter(db).get(progressId(owner, lessonId));
  if (!record || !isLive(record)) return { owner, progress: undefined };
  const { owner: _owner, ...progress } = record;
  return {
    owner,
    progress: {
      lessonId: progress.lessonId,
      moduleId: progress.moduleId,
      step: progress.step,
      stepsTotal: progress.stepsTotal,
      ...(progress.completedAt ? { completedAt: progress.completedAt } : {}),
      ...(progress.quiz ? { quiz: progress.quiz } : {}),
      ...(progress.practice ? { practice: progress.practice } : {}),
    },
  };
}

/**
 * Writes the whole progress of one lesson for `owner` in one transaction; resolves when committed.
 * Rejects with StorageProblem (e.g. 'full'); what was saved before stays as it was.
 */
export async function saveLessonProgress(
  db: KrokDatabase,
  owner: string,
  progress: LessonProgress,
): Promise<void> {
  await progressWriter(db).save({ ...progress, owner });
}

export type ProgressLoad =
  | { state: 'loading' }
  | { state: 'ready'; loaded: LoadedProgress }
  | { state: 'failed'; error: unknown };

/** Progress read before the page rendered (or known to be none, when prerendering), by lesson id. */
const primed = new Map<string, LoadedProgress>();

/**
 * Gives the next opening of a lesson its progress at once, so its first render shows the right step
 * instead of a loading message: used for the first page of a visit and for the prerendered lessons.
 */
export function primeLessonProgress(lessonId: string, loaded: LoadedProgress): void {
  primed.set(lessonId, loaded);
}

/** Reads a lesson's progress ahead of its first render (see primeLessonProgress); failures are left to the page. */
export async function preloadLessonProgress(lessonId: string): Promise<void> {
  try {
    primeLessonProgress(lessonId, await loadLessonProgress(getDatabase(), lessonId));
  } catch {
    // The page reads again, and says so if it fails again.
  }
}

/**
 * The progress of a lesson as it was when the lesson opened (read once: the player then owns it and
 * writes every change). A failure is returned, not thrown, so the lesson can still be followed.
 */
export function useLessonProgressOnOpen(lessonId: string): ProgressLoad {
  const [load, setLoad] = useState<ProgressLoad>(() => {
    const loaded = primed.get(lessonId);
    return loaded ? { state: 'ready', loaded } : { state: 'loading' };
  });
  // The lesson whose progress `load` already holds, primed or read.
  const readyFor = useRef(primed.has(lessonId) ? lessonId : undefined);
  useEffect(() => {
    // A primed read is used once: the next opening of the lesson reads the database again.
    primed.delete(lessonId);
    if (readyFor.current === lessonId) return;
    let current = true;
    setLoad({ state: 'loading' });
    loadLessonProgress(getDatabase(), lessonId).then(
      (loaded) => {
        if (!current) return;
        readyFor.current = lessonId;
        setLoad({ state: 'ready', loaded });
      },
      (error: unknown) => current && setLoad({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [lessonId]);
  return load;
}

export const lessonProgressStore = {
  save: (owner: string, progress: LessonProgress) => saveLessonProgress(getDatabase(), owner, progress),
};
