// The contract every simulation's content half fulfils: a zod schema for its config (the part of a
// lesson that drives the simulation) and the list of words, relative to the practice step, that the
// config needs in the module's locale file. Used by the content schema and by `npm run content:check`.
import type { z } from 'zod';

export type SimulationSpec<Schema extends z.ZodObject<{ kind: z.ZodLiteral<string> }>> = {
  schema: Schema;
  /**
   * Keys under `lessons.<lesson>.steps.<step>.` that this config needs in every language,
   * e.g. `['messages.m1.text', 'messages.m1.from']`. The frame's own words (title, goal, hint, done)
   * are checked separately and need not be listed.
   */
  words: (config: z.infer<Schema>) => string[];
};

export function defineSimulation<Schema extends z.ZodObject<{ kind: z.ZodLiteral<string> }>>(
  spec: SimulationSpec<Schema>,
): SimulationSpec<Schema> {
  return spec;
}
