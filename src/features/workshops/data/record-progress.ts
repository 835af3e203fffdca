// Progress scanned from a learner's progress card in a session: each finished lesson becomes that
// member's progress record (owner = member id), through src/db/write.ts. A lesson already recorded as
// finished keeps its first completion date.
import { MODULES } from '@/content/catalogue';
import { getDatabase, type KrokDatabase } from '@/db/database';
import type { ProgressFields } from '@/db/records';
import { saveRecords } from '@/db/write';

/**
 * Records the lessons as finished by the member. Lesson ids the catalogue does not know are left out.
 * Resolves to how many lessons were recorded. Rejects with StorageProblem.
 */
export async function recordFinishedLessons(
  db: KrokDatabase,
  memberId: string,
  lessonIds: readonly string[],
  now: Date = new Date(),
): Promise<number> {
  const inputs: ProgressFields[] = lessonIds.flatMap((lessonId) => {
    const module = MODULES.find((candidate) => candidate.lessons.some((lesson) => lesson.id === lessonId));
    const lesson = module?.lessons.find((candidate) => candidate.id === lessonId);
    if (!module || !lesson || lesson.steps.length === 0) return [];
    return [
      {
        owner: memberId,
        lessonId,
        moduleId: module.id,
        step: lesson.steps.length - 1,
        stepsTotal: lesson.steps.length,
        completedAt: now.toISOString(),
      },
    ];
  });
  await saveRecords(db, 'progress', inputs, (stored, incoming) =>
    stored?.completedAt ? { ...incoming, ...stored } : { ...stored, ...incoming },
  );
  return inputs.length;
}

export const progressStore = {
  recordFinished: (memberId: string, lessonIds: readonly string[]) =>
    recordFinishedLessons(getDatabase(), memberId, lessonIds),
};
