// Content half of the 'scam-check' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const scamCheckSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('scam-check'),
  }),
  words: () => [],
});

export type ScamCheckConfig = z.infer<typeof scamCheckSimulation.schema>;
