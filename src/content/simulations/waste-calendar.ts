// Content half of the 'waste-calendar' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const wasteCalendarSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('waste-calendar'),
  }),
  words: () => [],
});

export type WasteCalendarConfig = z.infer<typeof wasteCalendarSimulation.schema>;
