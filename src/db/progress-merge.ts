// Progress never moves a learner backwards: when a save meets a stored copy written by another tab
// (or an older copy of this one), the furthest step and every finished practice and answer are kept,
// whichever save comes last.
import type { ProgressFields } from '@/db/records';

type Progress = Partial<ProgressFields>;
type QuizResult = { correct: boolean; attempts: number };
type PracticeResult = { done: boolean; mistakes: number };

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

function mergeQuiz(a: QuizResult | undefined, b: QuizResult | undefined): QuizResult | undefined {
  if (!a || !b) return a ?? b;
  return { correct: a.correct || b.correct, attempts: Math.max(a.attempts, b.attempts) };
}

function mergePractice(
  a: PracticeResult | undefined,
  b: PracticeResult | undefined,
): PracticeResult | undefined {
  if (!a || !b) return a ?? b;
  return { done: a.done || b.done, mistakes: Math.max(a.mistakes, b.mistakes) };
}

function mergeMap<V>(
  a: Record<string, V> | undefined,
  b: Record<string, V> | undefined,
  merge: (x: V | undefined, y: V | undefined) => V | undefined,
): Record<string, V> | undefined {
  if (!a || !b) return a ?? b;
  const out: Record<string, V> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const value = merge(a[key], b[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The incoming progress over the stored one, never behind it (see the file comment). */
export function mergeProgress<T extends Progress>(stored: Progress, incoming: T): T {
  const merged: Progress = { ...stored, ...incoming };
  if (typeof stored.step === 'number' && typeof incoming.step === 'number')
    merged.step = Math.max(stored.step, incoming.step);
  const completedAt = earliest(stored.completedAt, incoming.completedAt);
  if (completedAt !== undefined) merged.completedAt = completedAt;
  const quiz = mergeMap(stored.quiz, incoming.quiz, mergeQuiz);
  if (quiz !== undefined) merged.quiz = quiz;
  const practice = mergeMap(stored.practice, incoming.practice, mergePractice);
  if (practice !== undefined) merged.practice = practice;
  return merged as T;
}
