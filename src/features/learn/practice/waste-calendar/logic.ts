// Pure logic of the 'waste-calendar' simulation: the month's grid, what is collected on a day, and
// the questions one at a time. A `next` question is answered by choosing a day and confirming it;
// a `choice` question by one of its answers; an `export` question by saving the calendar file.
// Dates are plain YYYY-MM-DD text and all arithmetic is in UTC, so the learner's time zone and
// summer time never shift a day.
import {
  WASTE_FRACTIONS,
  type WasteCalendarConfig,
  type WasteCalendarQuestion,
  type WasteFraction,
} from '@/content/simulations/waste-calendar';

type Schedule = WasteCalendarConfig['schedule'];

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The date `days` days after `date` (before, if negative). */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday: Polish calendars start the week on Monday. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** Every day of the month (YYYY-MM), in order. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) days.push(date);
  return days;
}

/** The month as weeks of seven cells, Monday first; cells outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const days = daysOfMonth(month);
  const cells: (string | null)[] = [
    ...Array.from({ length: weekdayIndex(days[0] as string) }, () => null),
    ...days,
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** The fractions collected on a day, in the fixed order. */
export function collectionsOn(schedule: Schedule, date: string): WasteFraction[] {
  return WASTE_FRACTIONS.filter((fraction) => schedule[fraction]?.includes(date));
}

/** The first collection of a fraction after `today`, if the month has one. */
export function nextCollection(schedule: Schedule, fraction: WasteFraction, today: string) {
  return [...(schedule[fraction] ?? [])].sort().find((date) => date > today);
}

/** Every collection from today on, by date and then in the fixed order of fractions. */
export function upcomingCollections(
  schedule: Schedule,
  today: string,
): { date: string; fraction: WasteFraction }[] {
  return WASTE_FRACTIONS.flatMap((fraction) =>
    (schedule[fraction] ?? []).filter((date) => date >= today).map((date) => ({ date, fraction })),
  ).sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      WASTE_FRACTIONS.indexOf(a.fraction) - WASTE_FRACTIONS.indexOf(b.fraction),
  );
}

/** Why a chosen day is not the next collection of the fraction asked about. */
export type WrongDay =
  | { reason: 'past'; date: string }
  | { reason: 'today'; date: string }
  | { reason: 'later'; date: string }
  | { reason: 'other'; date: string; fractions: WasteFraction[] }
  | { reason: 'none'; date: string };

/** Judges a chosen day against a `next` question: undefined when it is right. */
export function judgeDay(
  schedule: Schedule,
  today: string,
  fraction: WasteFraction,
  date: string,
): WrongDay | undefined {
  if (date === nextCollection(schedule, fraction, today)) return undefined;
  if (date < today) return { reason: 'past', date };
  if (date === today) return { reason: 'today', date };
  const fractions = collectionsOn(schedule, date);
  if (fractions.includes(fraction)) return { reason: 'later', date };
  if (fractions.length > 0) return { reason: 'other', date, fractions };
  return { reason: 'none', date };
}

export type CalendarWrong = { kind: 'day'; day: WrongDay } | { kind: 'option'; option: string };

export type CalendarState = {
  /** The question being asked, from 0. */
  index: number;
  /** The day chosen in the calendar (tapping a day only chooses it; confirming answers). */
  selected?: string;
  /** The question was answered rightly. */
  resolved: boolean;
  /** The last wrong answer to this question, if any. */
  wrong?: CalendarWrong;
  /** The calendar file was saved at least once. */
  exported: boolean;
  /** The last question was answered rightly. */
  finished: boolean;
};

export type CalendarAction =
  | { type: 'select'; date: string }
  | { type: 'confirmDay' }
  | { type: 'choose'; option: string }
  | { type: 'export' }
  | { type: 'next' }
  | { type: 'restart' };

export const START: CalendarState = { index: 0, resolved: false, exported: false, finished: false };

/** The next state after an action, and whether the action was a mistake. */
export function calendarStep(
  config: Pick<WasteCalendarConfig, 'schedule' | 'today' | 'questions'>,
  state: CalendarState,
  action: CalendarAction,
): { state: CalendarState; mistake: boolean } {
  if (action.type === 'restart') return { state: START, mistake: false };
  const question: WasteCalendarQuestion | undefined = config.questions[state.index];
  const isLast = state.index === config.questions.length - 1;
  const resolve = (extra: Partial<CalendarState> = {}) => ({
    state: { ...state, ...extra, resolved: true, wrong: undefined, finished: isLast },
    mistake: false,
  });
  const same = { state, mistake: false };
  if (!question) return same;

  switch (action.type) {
    case 'select':
      return { state: { ...state, selected: action.date }, mistake: false };
    case 'confirmDay': {
      if (question.ask !== 'next' || state.resolved || !state.selected) return same;
      const wrong = judgeDay(config.schedule, config.today, question.fraction, state.selected);
      if (!wrong) return resolve();
      return { state: { ...state, wrong: { kind: 'day', day: wrong } }, mistake: true };
    }
    case 'choose': {
      if (question.ask !== 'choice' || state.resolved) return same;
      const option = question.options.find((candidate) => candidate.id === action.option);
      if (!option) return same;
      if (option.correct) return resolve();
      return { state: { ...state, wrong: { kind: 'option', option: option.id } }, mistake: true };
    }
    case 'export':
      // Saving the file is always allowed; it answers an `export` question.
      if (question.ask === 'export' && !state.resolved) return resolve({ exported: true });
      return { state: { ...state, exported: true }, mistake: false };
    case 'next':
      if (!state.resolved || isLast) return same;
      return {
        state: {
          index: state.index + 1,
          selected: undefined,
          resolved: false,
          exported: state.exported,
          finished: false,
        },
        mistake: false,
      };
  }
}

/**
 * The day a calendar key moves to: arrows by a day or a week, Home and End to the ends of the week;
 * never out of the month (the day stays where it is).
 */
export function moveDay(month: string, date: string, key: string): string {
  const weekday = weekdayIndex(date);
  const by: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -7,
    ArrowDown: 7,
    Home: -weekday,
    End: 6 - weekday,
  };
  const step = by[key];
  if (step === undefined) return date;
  const target = addDays(date, step);
  if (target.startsWith(month)) return target;
  // Home and End stop at the first or last day of the month; arrows stay put.
  if (key === 'Home') return `${month}-01`;
  if (key === 'End') return daysOfMonth(month).at(-1) ?? date;
  return date;
}
