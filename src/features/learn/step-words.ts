// Lesson words are addressed by keys built from content ids (lesson, step, option), which the type
// system cannot know; `npm run content:check` guarantees they exist instead. This is the one place
// that turns i18next's typed `t` into a function of plain string keys.

export type WordFunction = (key: string, values?: Record<string, string | number>) => string;

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/** Any of i18next's typed `t` functions, whatever its namespaces. */
type AnyT = { $TFunctionBrand: unknown };

/** Words under `<namespace>:lessons.<lessonKey>.steps.<stepId>.` (or any other prefix). */
export function wordsAt(t: AnyT, prefix: string): WordFunction {
  const plain = t as unknown as PlainT;
  return (key, values) => plain(`${prefix}${key}`, values);
}

/** The prefix of a step's words in its module namespace. */
export function stepPrefix(namespace: string, lessonKey: string, stepId: string): string {
  return `${namespace}:lessons.${lessonKey}.steps.${stepId}.`;
}
