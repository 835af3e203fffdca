// Content half of the 'drone-zone-map' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const droneZoneMapSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('drone-zone-map'),
  }),
  words: () => [],
});

export type DroneZoneMapConfig = z.infer<typeof droneZoneMapSimulation.schema>;
