// Content half of the 'waste-sorting' simulation, "Do którego pojemnika?": things to throw away,
// each drawn by the app, sorted one at a time into the five bins of the national system (paper blue,
// glass green, metals and plastics yellow, bio brown, mixed black) and, where the lesson asks, into
// the PSZOK or a shop's deposit return. Facts: FACTS.md §M3 [W1][W3][W4][W5][W6][W9][W11].
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** The five household bins, in the order shown (their names and colours are in sim-waste-sorting). */
export const WASTE_BINS = ['paper', 'glass', 'plastics', 'bio', 'mixed'] as const;
/** Places outside the household bins that a lesson may add: the PSZOK and a shop taking deposits. */
export const WASTE_EXTRA_DESTINATIONS = ['pszok', 'deposit'] as const;
export const WASTE_DESTINATIONS = [...WASTE_BINS, ...WASTE_EXTRA_DESTINATIONS] as const;
export type WasteDestination = (typeof WASTE_DESTINATIONS)[number];
export type WasteExtraDestination = (typeof WASTE_EXTRA_DESTINATIONS)[number];

/** The things the app can draw; a lesson names and explains them in its own words. */
export const WASTE_DRAWINGS = [
  'newspaper',
  'cardboard',
  'pizzaBox',
  'tissues',
  'jar',
  'wineBottle',
  'mug',
  'mirror',
  'can',
  'plasticBottle',
  'drinkCarton',
  'peel',
  'battery',
  'medicines',
  'phone',
  'clothes',
  'depositBottle',
  'depositCan',
] as const;
export type WasteDrawing = (typeof WASTE_DRAWINGS)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

const item = z.object({
  id: wordKey,
  drawing: z.enum(WASTE_DRAWINGS),
  /** Where it belongs: one of the five bins, or an extra destination listed in `extras`. */
  bin: z.enum(WASTE_DESTINATIONS),
});

export type WasteItem = z.infer<typeof item>;

export const wasteSortingSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('waste-sorting'),
      /** The things to sort, in the order shown. */
      items: z.array(item).min(2).max(10),
      /** Destinations shown after the five bins. */
      extras: z.array(z.enum(WASTE_EXTRA_DESTINATIONS)).max(2).optional(),
    })
    .superRefine((config, context) => {
      const ids = config.items.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'item ids must be unique', path: ['items'] });
      const extras = config.extras ?? [];
      if (new Set(extras).size !== extras.length)
        context.addIssue({ code: 'custom', message: 'extras must be unique', path: ['extras'] });
      config.items.forEach((entry, index) => {
        if (
          (WASTE_EXTRA_DESTINATIONS as readonly string[]).includes(entry.bin) &&
          !extras.includes(entry.bin as WasteExtraDestination)
        )
          context.addIssue({
            code: 'custom',
            message: `"${entry.bin}" must be listed in "extras"`,
            path: ['items', index, 'bin'],
          });
      });
    }),
  /**
   * Per item: its name with a few words of description, why it does not go where the learner put
   * it (specific to the item, not to the bin), and why its right place is right. `lessonWords` may
   * call this before the config is validated.
   */
  words: (config) =>
    (config.items ?? []).flatMap((entry) => [
      `items.${entry.id}.name`,
      `items.${entry.id}.wrong`,
      `items.${entry.id}.right`,
    ]),
});

export type WasteSortingConfig = z.infer<typeof wasteSortingSimulation.schema>;
