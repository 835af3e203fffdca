// What the lesson player gives every simulation component, and what it expects back.
export type SimulationProps<Config> = {
  /** The practice step's config from the lesson content (validated by src/content/schema.ts). */
  config: Config;
  /**
   * A word of this practice step from the module's locale file, relative to the step:
   * `word('messages.m1.text')` reads `lessons.<lesson>.steps.<step>.messages.m1.text`.
   */
  word: (key: string, values?: Record<string, string | number>) => string;
  /** The lesson's language code, for dates, numbers and speech. */
  language: string;
  /** Reports a wrong action; after the second one the frame shows a hint (this one, if given). */
  onMistake: (hint?: string) => void;
  /** Reports that the goal was reached. */
  onComplete: () => void;
  /** True once the goal was reached, also when the learner comes back to this step later. */
  completed: boolean;
};
