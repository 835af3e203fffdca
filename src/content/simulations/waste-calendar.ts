// Content half of the 'waste-calendar' simulation, "Harmonogram odbioru": one month of a made-up
// street's collection dates as a calendar, a "today", and questions answered by choosing a day
// ("When is the next glass collection?"), by choosing an answer ("When must the bin be out?") or by
// saving the upcoming collections as a calendar file. Facts: FACTS.md §M3 [W8].
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/** The collected fractions, in the order shown (names and bin colours are in sim-waste-calendar). */
export const WASTE_FRACTIONS = ['paper', 'glass', 'plastics', 'bio', 'mixed'] as const;
export type WasteFraction = (typeof WASTE_FRACTIONS)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');
const day = z.iso.date();
const dates = z.array(day).min(1).max(31);

const question = z.discriminatedUnion('ask', [
  /** Choose in the calendar the first collection of `fraction` after today. */
  z.object({ id: wordKey, ask: z.literal('next'), fraction: z.enum(WASTE_FRACTIONS) }),
  /** Choose one of the answers; exactly one is right. */
  z.object({
    id: wordKey,
    ask: z.literal('choice'),
    options: z
      .array(z.object({ id: wordKey, correct: z.boolean() }))
      .min(2)
      .max(5),
  }),
  /** Save the upcoming collections with the "Add to my calendar" button. */
  z.object({ id: wordKey, ask: z.literal('export') }),
]);

export type WasteCalendarQuestion = z.infer<typeof question>;

export const wasteCalendarSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('waste-calendar'),
      /** The month shown, as YYYY-MM. */
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM'),
      /** The pretend "today", a day of that month. */
      today: day,
      /** The collection days of each fraction in that month (a fraction not collected is left out). */
      schedule: z.object({
        paper: dates.optional(),
        glass: dates.optional(),
        plastics: dates.optional(),
        bio: dates.optional(),
        mixed: dates.optional(),
      }),
      questions: z.array(question).min(1).max(6),
    })
    .superRefine((config, context) => {
      const inMonth = (date: string) => date.startsWith(`${config.month}-`);
      if (!inMonth(config.today))
        context.addIssue({ code: 'custom', message: 'today must be in the month', path: ['today'] });
      for (const fraction of WASTE_FRACTIONS)
        for (const date of config.schedule[fraction] ?? [])
          if (!inMonth(date))
            context.addIssue({
              code: 'custom',
              message: `${date} is not in ${config.month}`,
              path: ['schedule', fraction],
            });
      const ids = config.questions.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'question ids must be unique', path: ['questions'] });
      config.questions.forEach((entry, index) => {
        if (entry.ask === 'next') {
          const days = config.schedule[entry.fraction] ?? [];
          // "Next" must be plain: a later collection exists, and today is not itself one.
          if (!days.some((date) => date > config.today) || days.includes(config.today))
            context.addIssue({
              code: 'custom',
              message: `${entry.fraction} needs a collection after today, and none today`,
              path: ['questions', index],
            });
        }
        if (entry.ask === 'choice') {
          const options = entry.options.map((option) => option.id);
          if (new Set(options).size !== options.length)
            context.addIssue({
              code: 'custom',
              message: 'option ids must be unique',
              path: ['questions', index, 'options'],
            });
          if (entry.options.filter((option) => option.correct).length !== 1)
            context.addIssue({
              code: 'custom',
              message: 'exactly one option must be correct',
              path: ['questions', index, 'options'],
            });
        }
      });
    }),
  /**
   * `street`: the made-up street the schedule is for. Per question its text; a `next` or `export`
   * question also the explanation after the right answer, a `choice` question per option its text
   * and the feedback when chosen (the right option's feedback is the explanation).
   * `lessonWords` may call this before the config is validated.
   */
  words: (config) => [
    'street',
    ...(config.questions ?? []).flatMap((entry) =>
      entry.ask === 'choice'
        ? [
            `questions.${entry.id}.text`,
            ...(entry.options ?? []).flatMap((option) => [
              `questions.${entry.id}.options.${option.id}.text`,
              `questions.${entry.id}.options.${option.id}.feedback`,
            ]),
          ]
        : [`questions.${entry.id}.text`, `questions.${entry.id}.explain`],
    ),
  ],
});

export type WasteCalendarConfig = z.infer<typeof wasteCalendarSimulation.schema>;
