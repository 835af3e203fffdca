// Content half of the 'waste-sorting' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const wasteSortingSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('waste-sorting'),
  }),
  words: () => [],
});

export type WasteSortingConfig = z.infer<typeof wasteSortingSimulation.schema>;
