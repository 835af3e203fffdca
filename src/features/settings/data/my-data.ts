// The learner's own data as a file: export to move it to a new phone, import (validated, all or
// nothing), and deletion with a clear account of what goes.
import '@/lib/zod-setup';
import { z } from 'zod';
import { findLesson, findModule } from '@/content/catalogue';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { getActiveProfileId } from '@/db/profiles';
import { listProgress } from '@/db/progress-queries';
import type { ProgressFields } from '@/db/records';
import { deleteRecords, saveRecords } from '@/db/write';
import {
  DEFAULT_PREFERENCES,
  getPreferences,
  type Preferences,
  SPEECH_RATES,
  TEXT_SIZES,
  updatePreferences,
} from '@/lib/preferences';

export const MY_DATA_FORMAT = 'krok-po-kroku.my-data';
export const MY_DATA_VERSION = 1;

const progressSchema = z.object({
  lessonId: z.string().min(1).max(100),
  moduleId: z.string().min(1).max(100),
  step: z.number().int().min(0).max(1000),
  stepsTotal: z.number().int().min(0).max(1000),
  completedAt: z.iso.datetime().optional(),
  quiz: z
    .record(z.string(), z.object({ correct: z.boolean(), attempts: z.number().int().min(0) }))
    .optional(),
  practice: z
    .record(z.string(), z.object({ done: z.boolean(), mistakes: z.number().int().min(0) }))
    .optional(),
});

const fileSchema = z.object({
  format: z.literal(MY_DATA_FORMAT),
  version: z.literal(MY_DATA_VERSION),
  exportedAt: z.iso.datetime(),
  preferences: z
    .object({
      textSize: z.union(TEXT_SIZES.map((size) => z.literal(size))),
      theme: z.enum(['standard', 'contrast']),
      reducedMotion: z.boolean(),
      speechRate: z.union(SPEECH_RATES.map((rate) => z.literal(rate))),
    })
    .partial(),
  progress: z.array(progressSchema).max(10_000),
});

export type MyDataFile = z.infer<typeof fileSchema>;
export type MyDataProblem = 'notJson' | 'notOurs' | 'newerVersion' | 'damaged' | 'tooBig';

/**
 * A learner's whole progress file is a few kilobytes (every lesson of every module, with answers):
 * anything over 1 MB is not one, and is refused before it is read.
 */
export const MY_DATA_MAX_BYTES = 1024 * 1024;

/** Refuses a file that is too big to be a progress file, before reading a byte of it. */
export function checkMyDataFileSize(size: number): void {
  if (size > MY_DATA_MAX_BYTES) throw new MyDataFileError('tooBig');
}

/**
 * Every entry must fit the catalogue: a known lesson of its module, a step within the lesson, and
 * answers only for that lesson's quiz and practice steps (so a file cannot carry invented answers).
 */
function fitsCatalogue(entry: z.infer<typeof progressSchema>): boolean {
  const module = findModule(entry.moduleId);
  const lesson = module && findLesson(module, entry.lessonId);
  if (!lesson) return false;
  if (entry.stepsTotal > lesson.steps.length || entry.step >= Math.max(entry.stepsTotal, 1)) return false;
  const ids = (kind: 'quiz' | 'practice') =>
    new Set(lesson.steps.filter((step) => step.kind === kind).map((step) => step.id));
  const quizIds = ids('quiz');
  const practiceIds = ids('practice');
  return (
    Object.keys(entry.quiz ?? {}).every((id) => quizIds.has(id)) &&
    Object.keys(entry.practice ?? {}).every((id) => practiceIds.has(id))
  );
}

export class MyDataFileError extends Error {
  override readonly name = 'MyDataFileError';
  constructor(readonly problem: MyDataProblem) {
    super(`This is not a usable progress file: ${problem}`);
  }
}

/** Everything the learner has on this device, as a file's contents. Rejects with StorageProblem. */
export async function exportMyData(db: KrokDatabase, now = new Date()): Promise<MyDataFile> {
  const owner = await getActiveProfileId(db);
  const records = await listProgress(db, owner);
  const { textSize, theme, reducedMotion, speechRate } = getPreferences();
  return {
    format: MY_DATA_FORMAT,
    version: MY_DATA_VERSION,
    exportedAt: now.toISOString(),
    preferences: { textSize, theme, reducedMotion, speechRate },
    progress: records.map(({ lessonId, moduleId, step, stepsTotal, completedAt, quiz, practice }) => ({
      lessonId,
      moduleId,
      step,
      stepsTotal,
      ...(completedAt ? { completedAt } : {}),
      ...(quiz ? { quiz } : {}),
      ...(practice ? { practice } : {}),
    })),
  };
}

/** Reads a file's text; throws MyDataFileError saying why it cannot be used. Never writes anything. */
export function parseMyDataFile(text: string): MyDataFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MyDataFileError('notJson');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== MY_DATA_FORMAT) throw new MyDataFileError('notOurs');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > MY_DATA_VERSION) throw new MyDataFileError('newerVersion');
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success || !parsed.data.progress.every(fitsCatalogue)) throw new MyDataFileError('damaged');
  return parsed.data;
}

/** Keeps the further of two copies of a lesson's progress, and every right answer and finished practice. */
export function mergeProgress(stored: ProgressFields | undefined, incoming: ProgressFields): ProgressFields {
  if (!stored) return incoming;
  const completedAt = stored.completedAt ?? incoming.completedAt;
  const quiz = { ...incoming.quiz, ...stored.quiz };
  for (const [step, result] of Object.entries(incoming.quiz ?? {})) if (result.correct) quiz[step] = result;
  const practice = { ...incoming.practice, ...stored.practice };
  for (const [step, result] of Object.entries(incoming.practice ?? {}))
    if (result.done) practice[step] = result;
  return {
    ...stored,
    step: Math.max(stored.step, incoming.step),
    stepsTotal: Math.max(stored.stepsTotal, incoming.stepsTotal),
    ...(completedAt ? { completedAt } : {}),
    ...(Object.keys(quiz).length ? { quiz } : {}),
    ...(Object.keys(practice).length ? { practice } : {}),
  };
}

/**
 * Adds a file's progress to the active learner's, keeping the further copy of each lesson, in one
 * transaction (all or nothing), then applies its preferences. Resolves to the number of lessons.
 * Rejects with StorageProblem, in which case nothing changed.
 */
export async function importMyData(db: KrokDatabase, file: MyDataFile): Promise<number> {
  const owner = await getActiveProfileId(db);
  const saved = await saveRecords(
    db,
    'progress',
    file.progress.map((progress) => ({ ...progress, owner })),
    (stored, incoming) => mergeProgress(stored, { ...incoming, owner }),
  );
  updatePreferences(file.preferences as Partial<Preferences>);
  return saved.length;
}

export type MyDataSummary = { lessons: number };

/** What deleting would remove: the learner's lessons (the settings are mentioned in words). */
export async function describeMyData(db: KrokDatabase): Promise<MyDataSummary> {
  return { lessons: (await listProgress(db, await getActiveProfileId(db))).length };
}

/**
 * Deletes the active learner's progress (as tombstones, so a synced copy is deleted too) and resets
 * the preferences to their defaults. Rejects with StorageProblem, in which case nothing was deleted.
 */
export async function deleteMyData(db: KrokDatabase): Promise<void> {
  const owner = await getActiveProfileId(db);
  const records = await listProgress(db, owner);
  await deleteRecords(
    db,
    'progress',
    records.map((record) => record.id),
  );
  updatePreferences({ ...DEFAULT_PREFERENCES, welcomed: getPreferences().welcomed });
}

export const myData = {
  export: () => exportMyData(getDatabase()),
  import: (file: MyDataFile) => importMyData(getDatabase(), file),
  describe: () => describeMyData(getDatabase()),
  delete: () => deleteMyData(getDatabase()),
};
