// Content half of the 'mobywatel-setup' simulation: an mObywatel-like app. `setup` is the first start
// (terms, app password, adding the mDowód confirmed with a pretend trusted-profile login, FACTS.md M1
// task); `block` switches on the PESEL reservation in the services; `lift` lifts a reservation for a
// while and switches it on again once that is allowed (FACTS.md M1.6).
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const MOBYWATEL_TASKS = ['setup', 'block', 'lift'] as const;
export type MobywatelTask = (typeof MOBYWATEL_TASKS)[number];

export const mobywatelSetupSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('mobywatel-setup'),
    task: z.enum(MOBYWATEL_TASKS),
  }),
  // The app's own words are in sim-mobywatel-setup; the task is stated by the step's goal.
  words: () => [],
});

export type MobywatelSetupConfig = z.infer<typeof mobywatelSetupSimulation.schema>;
