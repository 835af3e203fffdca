// Content half of the 'mobywatel-setup' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const mobywatelSetupSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('mobywatel-setup'),
  }),
  words: () => [],
});

export type MobywatelSetupConfig = z.infer<typeof mobywatelSetupSimulation.schema>;
