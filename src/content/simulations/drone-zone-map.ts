// Content half of the 'drone-zone-map' simulation, "Czy mogę tu latać?": a drawn map of a made-up
// town with fixed zones, and a series of places with a drone. For each place the learner either finds
// it on the map (`find`: the zone is the answer) or judges whether the flight is allowed (`judge`).
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** The zones of the made-up town, as drawn (their names and descriptions are in sim-drone-zone-map). */
export const DRONE_ZONES = ['government', 'airport', 'park', 'festival', 'estate', 'field'] as const;
export type DroneZone = (typeof DRONE_ZONES)[number];

/**
 * What the town's pretend DroneTower map shows per zone (FACTS.md M5.9 [D1]): some geographical zones
 * forbid flight (government buildings), others allow it only with the zone manager's consent or
 * within limits. The made-up airport is drawn as such a zone; real airports' conditions differ, so
 * the lesson teaches to read the zone in DroneTower rather than "airport = never".
 */
export const NO_FLY_ZONES: ReadonlySet<DroneZone> = new Set(['government']);
export const CONSENT_ZONES: ReadonlySet<DroneZone> = new Set(['airport']);

/**
 * The answers a `judge` place can offer: allowed after checking in the flight in DroneTower, not
 * allowed, only with the zone manager's consent, or allowed without checking in (a misconception:
 * every flight is checked in).
 */
export const DRONE_ZONE_ANSWERS = ['checkIn', 'no', 'consent', 'free'] as const;
export type DroneZoneAnswer = (typeof DRONE_ZONE_ANSWERS)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

const place = z.discriminatedUnion('ask', [
  z.object({ id: wordKey, ask: z.literal('find'), zone: z.enum(DRONE_ZONES) }),
  z.object({
    id: wordKey,
    ask: z.literal('judge'),
    zone: z.enum(DRONE_ZONES),
    answer: z.enum(DRONE_ZONE_ANSWERS),
  }),
]);

export type DroneZonePlace = z.infer<typeof place>;

export const droneZoneMapSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('drone-zone-map'),
      /** The answer buttons of `judge` places, in the order shown. */
      answers: z.array(z.enum(DRONE_ZONE_ANSWERS)).min(2).max(4),
      places: z.array(place).min(1).max(6),
    })
    .superRefine((config, context) => {
      const ids = config.places.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'place ids must be unique', path: ['places'] });
      if (new Set(config.answers).size !== config.answers.length)
        context.addIssue({ code: 'custom', message: 'answers must be unique', path: ['answers'] });
      config.places.forEach((entry, index) => {
        if (entry.ask === 'judge' && !config.answers.includes(entry.answer))
          context.addIssue({
            code: 'custom',
            message: 'the right answer must be one of "answers"',
            path: ['places', index, 'answer'],
          });
      });
    }),
  /**
   * Per place: the situation (where, which drone, what is asked), a hint after a wrong answer and the
   * explanation after the right one. `lessonWords` may call this before the config is validated.
   */
  words: (config) =>
    (config.places ?? []).flatMap((entry) => [
      `places.${entry.id}.text`,
      `places.${entry.id}.hint`,
      `places.${entry.id}.explain`,
    ]),
});

export type DroneZoneMapConfig = z.infer<typeof droneZoneMapSimulation.schema>;
