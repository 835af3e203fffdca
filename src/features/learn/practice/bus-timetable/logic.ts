// Pure logic of the 'bus-timetable' simulation: reading departures as printed ("9:05", "14:30s"),
// deciding which run on a given day from the footnotes, finding the next bus, and judging the
// departure the learner picked. One question at a time; a wrong pick is a mistake and leaves the
// question open for another try.
import type {
  BusDayType,
  BusFootnote,
  BusQuestion,
  BusTimetableConfig,
} from '@/content/simulations/bus-timetable';

export type Departure = {
  /** As printed in the config, e.g. `14:30s`; unique within a table. */
  text: string;
  hour: number;
  minute: number;
  /** Minutes since midnight, for comparing. */
  at: number;
  letters: string[];
};

/** Minutes since midnight of a time like `9:40`. */
export function toMinutes(time: string): number {
  const [hour = '0', minute = '0'] = time.split(':');
  return Number(hour) * 60 + Number(minute);
}

export function parseDeparture(text: string): Departure {
  const match = /^(\d{1,2}):(\d{2})([a-z]*)$/.exec(text);
  if (!match) throw new Error(`Not a departure: ${text}`);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return { text, hour, minute, at: hour * 60 + minute, letters: [...(match[3] ?? '')] };
}

/** The departures of one day type in time order, or none when the timetable has no such table. */
export function departuresOf(config: BusTimetableConfig, day: BusDayType): Departure[] {
  const table = config.days.find((entry) => entry.type === day);
  return (table?.departures ?? []).map(parseDeparture).sort((a, b) => a.at - b.at);
}

/** The departures grouped by hour, as a stop timetable prints them: one row per hour. */
export function byHour(departures: readonly Departure[]): { hour: number; departures: Departure[] }[] {
  const rows = new Map<number, Departure[]>();
  for (const departure of departures) {
    const row = rows.get(departure.hour) ?? [];
    row.push(departure);
    rows.set(departure.hour, row);
  }
  return [...rows.entries()].map(([hour, list]) => ({ hour, departures: list }));
}

/** The first footnote letter of a departure that keeps it from running today, if any. */
export function blockingLetter(
  departure: Departure,
  legend: readonly BusFootnote[],
  conditions: readonly string[],
): string | undefined {
  return departure.letters.find((letter) => {
    const footnote = legend.find((entry) => entry.letter === letter);
    if (!footnote || footnote.runs === 'always' || !footnote.when) return false;
    const holds = conditions.includes(footnote.when);
    return footnote.runs === 'only' ? !holds : holds;
  });
}

/** The bus the question asks for: the first that runs today at `now` or later (with the needed letter). */
export function nextDeparture(config: BusTimetableConfig, question: BusQuestion): Departure | undefined {
  const now = toMinutes(question.now);
  const conditions = question.conditions ?? [];
  return departuresOf(config, question.day).find(
    (departure) =>
      departure.at >= now &&
      !blockingLetter(departure, config.legend, conditions) &&
      (!question.needLetter || departure.letters.includes(question.needLetter)),
  );
}

/** What is wrong with a pick, or `right`. */
export type PickVerdict =
  | { kind: 'right' }
  | { kind: 'wrongDay' }
  | { kind: 'gone' }
  | { kind: 'notToday'; letter: string }
  | { kind: 'missingLetter'; letter: string }
  | { kind: 'later' };

export function judgePick(
  config: BusTimetableConfig,
  question: BusQuestion,
  day: BusDayType,
  text: string,
): PickVerdict {
  if (day !== question.day) return { kind: 'wrongDay' };
  const departure = parseDeparture(text);
  if (departure.at < toMinutes(question.now)) return { kind: 'gone' };
  const letter = blockingLetter(departure, config.legend, question.conditions ?? []);
  if (letter) return { kind: 'notToday', letter };
  if (question.needLetter && !departure.letters.includes(question.needLetter))
    return { kind: 'missingLetter', letter: question.needLetter };
  return nextDeparture(config, question)?.text === text ? { kind: 'right' } : { kind: 'later' };
}

export type TimetableState = {
  /** The question being asked, from 0. */
  index: number;
  resolved: boolean;
  /** The last wrong pick on this question, if any. */
  wrong?: Exclude<PickVerdict, { kind: 'right' }>;
  /** The last question was answered rightly. */
  finished: boolean;
};

export type TimetableAction =
  | { type: 'pick'; day: BusDayType; departure: string }
  | { type: 'next' }
  | { type: 'restart' };

export const START: TimetableState = { index: 0, resolved: false, finished: false };

/** The next state after an action, and whether the action was a mistake. */
export function timetableStep(
  config: BusTimetableConfig,
  state: TimetableState,
  action: TimetableAction,
): { state: TimetableState; mistake: boolean } {
  if (action.type === 'restart') return { state: START, mistake: false };
  const question = config.questions[state.index];
  if (!question) return { state, mistake: false };
  const isLast = state.index === config.questions.length - 1;
  if (action.type === 'next') {
    if (!state.resolved || isLast) return { state, mistake: false };
    return { state: { index: state.index + 1, resolved: false, finished: false }, mistake: false };
  }
  if (state.resolved) return { state, mistake: false };
  const verdict = judgePick(config, question, action.day, action.departure);
  if (verdict.kind === 'right')
    return { state: { index: state.index, resolved: true, finished: isLast }, mistake: false };
  return { state: { ...state, wrong: verdict }, mistake: true };
}
