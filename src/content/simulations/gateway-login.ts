// Content half of the 'gateway-login' simulation: a login.gov.pl-like gateway reached from an office
// service. The learner chooses how to log in (trusted profile, bank, e-dowód or the mObywatel app),
// goes through that method's pretend screens and comes back to the service logged in. A config may
// start on a fake copy of the gateway at a wrong address (the learner must leave it and open the
// real one) and may add a caller who asks for the SMS code (the learner must refuse).
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** The one real address of the gateway (FACTS.md M1: log in only through login.gov.pl). */
export const GATEWAY_HOST = 'login.gov.pl';

/** The ways to log in offered by the gateway, in the order shown. */
export const LOGIN_METHODS = ['trustedProfile', 'bank', 'eDowod', 'mObywatel'] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

/** A web address as shown in the address bar: a host with an optional path, no scheme. */
const host = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9./-]*)?$/, 'use an address like login.gov.pl');

export const gatewayLoginSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('gateway-login'),
      /** The method the task asks for; the others are offered but are not this task. */
      route: z.enum(LOGIN_METHODS),
      /** The address of the service being logged into; its name is the word `service`. */
      serviceHost: host,
      /** Trusted profile only: someone calls and asks for the SMS code before it is typed in. */
      askForCode: z.boolean().optional(),
      /**
       * "Spot the fake": the screen opens on a copy of the gateway at `host` (a link from a message,
       * the word `situation`); after leaving it, the learner types the service's own address, chosen
       * from `choices` (which hold `serviceHost`), and logs in from there.
       */
      fake: z.object({ host, choices: z.array(host).min(2).max(4) }).optional(),
    })
    .superRefine((config, context) => {
      if (config.askForCode && config.route !== 'trustedProfile')
        context.addIssue({
          code: 'custom',
          message: '"askForCode" needs the trustedProfile route (the code comes by SMS)',
          path: ['askForCode'],
        });
      if (config.fake) {
        const { choices } = config.fake;
        if (new Set(choices).size !== choices.length)
          context.addIssue({ code: 'custom', message: 'choices must be unique', path: ['fake', 'choices'] });
        if (!choices.includes(config.serviceHost))
          context.addIssue({
            code: 'custom',
            message: 'choices must include the service address (serviceHost)',
            path: ['fake', 'choices'],
          });
        if (config.fake.host === GATEWAY_HOST)
          context.addIssue({
            code: 'custom',
            message: `the fake address must differ from ${GATEWAY_HOST}`,
            path: ['fake', 'host'],
          });
      }
    }),
  /** `service`: the name of the service; `situation`: how the fake page was reached. */
  words: (config) => ['service', ...(config.fake ? ['situation'] : [])],
});

export type GatewayLoginConfig = z.infer<typeof gatewayLoginSimulation.schema>;
