// Content half of the 'drone-checklist' simulation: a list of statements to tick (real checkboxes) and
// check with one button. Some belong to a correct check (required), the rest are distractors that do
// not. Used for the pre-flight check, the steps of operator registration and fair filming.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** What the list is about; each has its own title in sim-drone-checklist (`lists.<list>`). */
export const DRONE_CHECKLISTS = ['preflight', 'registration', 'privacy'] as const;
export type DroneChecklistKind = (typeof DRONE_CHECKLISTS)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

const item = z.object({
  id: wordKey,
  /** True: part of a correct check, must be ticked. False: a distractor, must stay unticked. */
  required: z.boolean(),
});

export type DroneChecklistItem = z.infer<typeof item>;

export const droneChecklistSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('drone-checklist'),
      list: z.enum(DRONE_CHECKLISTS),
      /** The statements in the order shown; each has `items.<id>.text` and `items.<id>.explain`. */
      items: z.array(item).min(2).max(12),
      /**
       * The required items are steps in this order (as listed): the summary after success numbers them.
       * Otherwise they are a set and the summary is a plain list.
       */
      ordered: z.boolean().optional(),
    })
    .superRefine((config, context) => {
      const ids = config.items.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'item ids must be unique', path: ['items'] });
      if (!config.items.some((entry) => entry.required))
        context.addIssue({ code: 'custom', message: 'at least one item must be required', path: ['items'] });
    }),
  /**
   * `legend`: the question above the list. Per item its text and why it belongs (or does not) to the
   * check. `lessonWords` may call this before the config is validated, so a missing list means none.
   */
  words: (config) => [
    'legend',
    ...(config.items ?? []).flatMap((entry) => [`items.${entry.id}.text`, `items.${entry.id}.explain`]),
  ],
});

export type DroneChecklistConfig = z.infer<typeof droneChecklistSimulation.schema>;
