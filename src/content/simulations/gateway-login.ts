// Content half of the 'gateway-login' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const gatewayLoginSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('gateway-login'),
  }),
  words: () => [],
});

export type GatewayLoginConfig = z.infer<typeof gatewayLoginSimulation.schema>;
