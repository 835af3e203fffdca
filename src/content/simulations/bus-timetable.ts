// Content half of the 'bus-timetable' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const busTimetableSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('bus-timetable'),
  }),
  words: () => [],
});

export type BusTimetableConfig = z.infer<typeof busTimetableSimulation.schema>;
