// Content half of the 'scam-check' simulation ("Bezpieczne czy oszustwo?"): a series of text messages,
// messenger messages and phone calls, each judged as safe or a scam. A scam SMS adds the question of
// what to do with it (forward the original to 8080).
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

export const SCAM_CHANNELS = ['sms', 'chat', 'call'] as const;
export type ScamChannel = (typeof SCAM_CHANNELS)[number];

const item = z.object({
  id: wordKey,
  channel: z.enum(SCAM_CHANNELS),
  /** The right judgement: true = a scam, false = safe. */
  scam: z.boolean(),
  /**
   * What was written or said, in order; `fromMe` marks the learner's own lines (in a call, "Ty").
   * Each text is `items.<id>.lines.<lineId>`.
   */
  lines: z
    .array(z.object({ id: wordKey, fromMe: z.boolean() }))
    .min(1)
    .max(8),
});

export type ScamItem = z.infer<typeof item>;

/** A scam text message asks the learner what to do with it: forward the original to 8080. */
export function asksForForward(scamItem: Pick<ScamItem, 'channel' | 'scam'>): boolean {
  return scamItem.channel === 'sms' && scamItem.scam;
}

export const scamCheckSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('scam-check'),
      items: z.array(item).min(1).max(6),
    })
    .superRefine((config, context) => {
      const ids = config.items.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'item ids must be unique', path: ['items'] });
      config.items.forEach((entry, index) => {
        const lineIds = entry.lines.map((line) => line.id);
        if (new Set(lineIds).size !== lineIds.length)
          context.addIssue({ code: 'custom', message: 'line ids must be unique', path: ['items', index] });
      });
    }),
  /**
   * Per item: who it is from, its lines, a hint after a wrong judgement and the explanation after a
   * right one. `lessonWords` may call this before the config is validated, so a missing list means none.
   */
  words: (config) =>
    (config.items ?? []).flatMap((entry) => [
      `items.${entry.id}.from`,
      ...(entry.lines ?? []).map((line) => `items.${entry.id}.lines.${line.id}`),
      `items.${entry.id}.hint`,
      `items.${entry.id}.explain`,
    ]),
});

export type ScamCheckConfig = z.infer<typeof scamCheckSimulation.schema>;
