// Content half of the 'ticket-purchase' simulation, "Bilet w telefonie": a made-up ticket app (city →
// ticket → summary → BLIK) and a made-up bank app that shows a six-digit BLIK code valid for two
// minutes and asks to confirm the payment (FACTS.md M2.7, M2.11). The config sets the learner's
// situation, the cities and tickets on offer (prices are examples: FACTS.md gives none), and the
// ticket that fits the situation.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

const ticket = z.object({
  id: wordKey,
  /** Normal or reduced fare (a reduced fare needs a right to it and a document). */
  fare: z.enum(['normal', 'reduced']),
  /** One ride, or any rides for a number of minutes. */
  type: z.enum(['single', 'time']),
  /** How long a `time` ticket is valid, in minutes. */
  minutes: z.number().int().min(10).max(1440).optional(),
  /** An example price in grosze (the words say it is an example). */
  price: z.number().int().min(0).max(10_000),
});

export type TicketOption = z.infer<typeof ticket>;

export const ticketPurchaseSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('ticket-purchase'),
      /** The cities the app offers, in order; their names are `cities.<id>`. */
      cities: z.array(wordKey).min(2).max(5),
      /** The city of the learner's trip. */
      city: wordKey,
      tickets: z.array(ticket).min(2).max(6),
      /** The ticket that fits the learner's situation. */
      expected: wordKey,
      /** Whether the learner, in the situation, has a right to a reduced fare. */
      reducedRight: z.boolean(),
    })
    .superRefine((config, context) => {
      if (new Set(config.cities).size !== config.cities.length)
        context.addIssue({ code: 'custom', message: 'city ids must be unique', path: ['cities'] });
      if (!config.cities.includes(config.city))
        context.addIssue({ code: 'custom', message: '"city" must be one of "cities"', path: ['city'] });
      const ids = config.tickets.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'ticket ids must be unique', path: ['tickets'] });
      config.tickets.forEach((entry, index) => {
        if ((entry.type === 'time') !== (entry.minutes !== undefined))
          context.addIssue({
            code: 'custom',
            message: 'a time ticket has "minutes", a single ticket has none',
            path: ['tickets', index, 'minutes'],
          });
      });
      const expected = config.tickets.find((entry) => entry.id === config.expected);
      if (!expected)
        context.addIssue({ code: 'custom', message: '"expected" must be a ticket id', path: ['expected'] });
      else if ((expected.fare === 'reduced') !== config.reducedRight)
        context.addIssue({
          code: 'custom',
          message: 'the expected ticket is reduced exactly when the learner has a right to it',
          path: ['expected'],
        });
    }),
  /**
   * `situation`: who the learner is and where they go; `tripHint`: why the expected ticket fits the
   * trip (shown after a ticket of the wrong kind); `cities.<id>`: the names of the cities.
   */
  words: (config) => ['situation', 'tripHint', ...(config.cities ?? []).map((city) => `cities.${city}`)],
});

export type TicketPurchaseConfig = z.infer<typeof ticketPurchaseSimulation.schema>;
