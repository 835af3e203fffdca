import { describe, expect, it } from 'vitest';
import { busesModule } from '@/content/modules/buses';
import type { BusTimetableConfig } from '@/content/simulations/bus-timetable';
import {
  byHour,
  judgePick,
  nextDeparture,
  parseDeparture,
  START,
  timetableStep,
} from '@/features/learn/practice/bus-timetable/logic';

const config: BusTimetableConfig = {
  kind: 'bus-timetable',
  line: '3',
  days: [
    { type: 'weekdays', departures: ['6:10', '7:05s', '7:35', '9:20', '9:50k'] },
    { type: 'saturdays', departures: ['8:15', '9:15b', '9:45', '10:45k'] },
  ],
  legend: [
    { letter: 's', runs: 'only', when: 'schoolDay' },
    { letter: 'b', runs: 'except', when: 'christmas' },
    { letter: 'k', runs: 'always' },
  ],
  questions: [
    { id: 'school', day: 'weekdays', now: '7:00', conditions: ['schoolDay'] },
    { id: 'holidays', day: 'weekdays', now: '7:00' },
    { id: 'cemetery', day: 'saturdays', now: '9:00', needLetter: 'k' },
  ],
};
const [school, holidays, cemetery] = config.questions as [
  (typeof config.questions)[0],
  (typeof config.questions)[0],
  (typeof config.questions)[0],
];

describe('parseDeparture and byHour', () => {
  it('reads the hour, minutes and letters of a printed departure', () => {
    expect(parseDeparture('14:30ks')).toEqual({
      text: '14:30ks',
      hour: 14,
      minute: 30,
      at: 870,
      letters: ['k', 's'],
    });
    expect(() => parseDeparture('noon')).toThrow();
  });

  it('groups departures into one row per hour', () => {
    const rows = byHour(['6:10', '7:05s', '7:35'].map(parseDeparture));
    expect(rows.map((row) => [row.hour, row.departures.map((entry) => entry.minute)])).toEqual([
      [6, [10]],
      [7, [5, 35]],
    ]);
  });
});

describe('nextDeparture', () => {
  it('takes a school-day bus on a school day', () => {
    expect(nextDeparture(config, school)?.text).toBe('7:05s');
  });

  it('skips a school-day bus when there is no school', () => {
    expect(nextDeparture(config, holidays)?.text).toBe('7:35');
  });

  it('finds the first bus with the needed letter', () => {
    expect(nextDeparture(config, cemetery)?.text).toBe('10:45k');
  });

  it('skips a bus whose letter says it does not run that day', () => {
    expect(
      nextDeparture(config, { id: 'x', day: 'saturdays', now: '9:00', conditions: ['christmas'] })?.text,
    ).toBe('9:45');
    expect(nextDeparture(config, { id: 'x', day: 'saturdays', now: '9:00' })?.text).toBe('9:15b');
  });

  it('counts a bus leaving right now, and finds none after the last one', () => {
    expect(nextDeparture(config, { id: 'x', day: 'weekdays', now: '9:20' })?.text).toBe('9:20');
    expect(nextDeparture(config, { id: 'x', day: 'weekdays', now: '22:00' })).toBeUndefined();
  });
});

describe('judgePick', () => {
  it('tells each kind of wrong pick apart', () => {
    expect(judgePick(config, holidays, 'saturdays', '8:15')).toEqual({ kind: 'wrongDay' });
    expect(judgePick(config, holidays, 'weekdays', '6:10')).toEqual({ kind: 'gone' });
    expect(judgePick(config, holidays, 'weekdays', '7:05s')).toEqual({ kind: 'notToday', letter: 's' });
    expect(judgePick(config, cemetery, 'saturdays', '9:45')).toEqual({ kind: 'missingLetter', letter: 'k' });
    expect(judgePick(config, holidays, 'weekdays', '9:20')).toEqual({ kind: 'later' });
    expect(judgePick(config, holidays, 'weekdays', '7:35')).toEqual({ kind: 'right' });
  });
});

describe('timetableStep', () => {
  it('counts a wrong pick as a mistake and keeps the question open', () => {
    const result = timetableStep(config, START, { type: 'pick', day: 'weekdays', departure: '7:35' });
    expect(result.mistake).toBe(true);
    expect(result.state).toEqual({ ...START, wrong: { kind: 'later' } });
  });

  it('resolves on the right pick, moves on, and finishes on the last question', () => {
    let state = timetableStep(config, START, { type: 'pick', day: 'weekdays', departure: '7:05s' }).state;
    expect(state).toEqual({ index: 0, resolved: true, finished: false });
    state = timetableStep(config, state, { type: 'next' }).state;
    state = timetableStep(config, state, { type: 'pick', day: 'weekdays', departure: '7:35' }).state;
    state = timetableStep(config, state, { type: 'next' }).state;
    const last = timetableStep(config, state, { type: 'pick', day: 'saturdays', departure: '10:45k' });
    expect(last).toEqual({ state: { index: 2, resolved: true, finished: true }, mistake: false });
    expect(timetableStep(config, last.state, { type: 'next' }).state).toBe(last.state);
    expect(timetableStep(config, last.state, { type: 'restart' }).state).toBe(START);
  });

  it('moves on only after the question is resolved, and ignores picks once resolved', () => {
    expect(timetableStep(config, START, { type: 'next' }).state).toBe(START);
    const resolved = { index: 0, resolved: true, finished: false };
    expect(timetableStep(config, resolved, { type: 'pick', day: 'weekdays', departure: '6:10' })).toEqual({
      state: resolved,
      mistake: false,
    });
  });
});

describe('the buses module', () => {
  it('asks only questions that have a bus to find', () => {
    const unanswered = busesModule.lessons.flatMap((lesson) =>
      lesson.steps.flatMap((step) =>
        step.kind === 'practice' && step.simulation.kind === 'bus-timetable'
          ? step.simulation.questions
              .filter((question) => !nextDeparture(step.simulation as BusTimetableConfig, question))
              .map((question) => `${lesson.id}/${step.id}/${question.id}`)
          : [],
      ),
    );
    expect(unanswered).toEqual([]);
  });
});
