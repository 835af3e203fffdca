// Content half of the 'ticket-purchase' simulation: its config schema and the words a config needs.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

export const ticketPurchaseSimulation = defineSimulation({
  schema: z.object({
    kind: z.literal('ticket-purchase'),
  }),
  words: () => [],
});

export type TicketPurchaseConfig = z.infer<typeof ticketPurchaseSimulation.schema>;
