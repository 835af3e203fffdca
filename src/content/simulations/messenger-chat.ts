// Content half of the 'messenger-chat' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const messengerChatSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('messenger-chat'),
  }),
  words: () => [],
});

export type MessengerChatConfig = z.infer<typeof messengerChatSimulation.schema>;
