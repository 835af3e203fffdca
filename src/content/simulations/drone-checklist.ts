// Content half of the 'drone-checklist' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const droneChecklistSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('drone-checklist'),
  }),
  words: () => [],
});

export type DroneChecklistConfig = z.infer<typeof droneChecklistSimulation.schema>;
