// Content half of the 'bus-timetable' simulation, "Rozkład jazdy na przystanku": a drawn stop timetable
// of one line in one direction, with a table per day type (hours in rows, minutes beside them) and
// footnote letters explained below. The learner is told the day and the time and finds the next bus.
// The right answer is computed from the departures (bus-timetable-logic.ts), never written down here.
import { z } from 'zod';
import { defineSimulation } from '@/content/simulation-spec';

/**
 * Day types a stop timetable may have (FACTS.md M2.4): working days, school days, working days without
 * school, Saturdays, Sundays and holidays. Names in sim-bus-timetable (`days.<type>`).
 */
export const BUS_DAY_TYPES = ['weekdays', 'schoolDays', 'nonSchoolDays', 'saturdays', 'sundays'] as const;
export type BusDayType = (typeof BUS_DAY_TYPES)[number];

const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');
const letter = z.string().regex(/^[a-z]$/, 'a footnote is one lower-case letter');
const clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'a time like 9:05 or 14:30');

/** A departure as printed: hour, minutes and any footnote letters, e.g. `9:05` or `14:30ks`. */
export const departureText = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d[a-z]*$/, 'a departure like 9:05 or 14:30s (time, then letters)');

const footnote = z.object({
  letter,
  /**
   * When a departure with this letter runs: `only` on days when `when` holds (e.g. school days),
   * `except` on days when it holds (e.g. 25 December), `always` (the letter says something else,
   * e.g. that the bus goes on to the cemetery). The letter's words are `legend.<letter>`.
   */
  runs: z.enum(['only', 'except', 'always']),
  when: wordKey.optional(),
});

const question = z.object({
  id: wordKey,
  /** Which table is in force that day. */
  day: z.enum(BUS_DAY_TYPES),
  /** The time now, e.g. `9:40`; the next bus leaves at this time or later. */
  now: clock,
  /** What holds today (matched against the footnotes' `when`), e.g. `schoolDay`. */
  conditions: z.array(wordKey).optional(),
  /** The learner needs a bus with this letter (e.g. `k`: the one that goes on to the cemetery). */
  needLetter: letter.optional(),
});

export type BusFootnote = z.infer<typeof footnote>;
export type BusQuestion = z.infer<typeof question>;

export const busTimetableSimulation = defineSimulation({
  schema: z
    .object({
      kind: z.literal('bus-timetable'),
      /** The line number as printed on the bus, e.g. `3`. */
      line: z.string().regex(/^[0-9A-Z]{1,3}$/),
      /** The tables in the order of their buttons, each with its departures in time order. */
      days: z
        .array(z.object({ type: z.enum(BUS_DAY_TYPES), departures: z.array(departureText).min(1).max(40) }))
        .min(1)
        .max(4),
      legend: z.array(footnote).max(4),
      questions: z.array(question).min(1).max(5),
    })
    .superRefine((config, context) => {
      const types = config.days.map((day) => day.type);
      if (new Set(types).size !== types.length)
        context.addIssue({ code: 'custom', message: 'each day type once', path: ['days'] });
      const letters = new Set(config.legend.map((entry) => entry.letter));
      if (letters.size !== config.legend.length)
        context.addIssue({ code: 'custom', message: 'each footnote letter once', path: ['legend'] });
      config.legend.forEach((entry, index) => {
        if (entry.runs !== 'always' && !entry.when)
          context.addIssue({
            code: 'custom',
            message: '"only" and "except" footnotes need "when"',
            path: ['legend', index, 'when'],
          });
      });
      config.days.forEach((day, dayIndex) => {
        day.departures.forEach((departure, index) => {
          for (const used of departure.replace(/^[\d:]+/, ''))
            if (!letters.has(used))
              context.addIssue({
                code: 'custom',
                message: `the letter "${used}" is not in the legend`,
                path: ['days', dayIndex, 'departures', index],
              });
        });
      });
      const ids = config.questions.map((entry) => entry.id);
      if (new Set(ids).size !== ids.length)
        context.addIssue({ code: 'custom', message: 'question ids must be unique', path: ['questions'] });
      config.questions.forEach((entry, index) => {
        if (!types.includes(entry.day))
          context.addIssue({
            code: 'custom',
            message: 'the question needs a table for its day type',
            path: ['questions', index, 'day'],
          });
      });
    }),
  /**
   * `stop` and `direction` name the stop and where the line goes; `legend.<letter>` explains each
   * footnote; per question, `today` says what day it is and `explain` why its answer is right.
   * `lessonWords` may call this before the config is validated.
   */
  words: (config) => [
    'stop',
    'direction',
    ...(config.legend ?? []).map((entry) => `legend.${entry.letter}`),
    ...(config.questions ?? []).flatMap((entry) => [
      `questions.${entry.id}.today`,
      `questions.${entry.id}.explain`,
    ]),
  ],
});

export type BusTimetableConfig = z.infer<typeof busTimetableSimulation.schema>;
