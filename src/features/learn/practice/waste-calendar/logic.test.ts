import { describe, expect, it } from 'vitest';
import type { WasteCalendarConfig } from '@/content/simulations/waste-calendar';
import {
  calendarStep,
  collectionsOn,
  judgeDay,
  monthWeeks,
  moveDay,
  nextCollection,
  START,
  upcomingCollections,
} from '@/features/learn/practice/waste-calendar/logic';

const schedule: WasteCalendarConfig['schedule'] = {
  mixed: ['2027-03-02', '2027-03-16', '2027-03-30'],
  bio: ['2027-03-09', '2027-03-23'],
  glass: ['2027-03-11'],
  plastics: ['2027-03-17'],
  paper: ['2027-03-16'],
};
const TODAY = '2027-03-08';
const config: Pick<WasteCalendarConfig, 'schedule' | 'today' | 'questions'> = {
  schedule,
  today: TODAY,
  questions: [
    { id: 'nextGlass', ask: 'next', fraction: 'glass' },
    {
      id: 'binOut',
      ask: 'choice',
      options: [
        { id: 'before6', correct: true },
        { id: 'at10', correct: false },
      ],
    },
    { id: 'save', ask: 'export' },
  ],
};

describe('monthWeeks', () => {
  it('lays a month out in weeks starting on Monday', () => {
    // March 2027 starts on a Monday and has 31 days: five weeks, the last one with three days.
    const weeks = monthWeeks('2027-03');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2027-03-01');
    expect(weeks[4]).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', null, null, null, null]);
  });

  it('leaves the days before the first of the month empty', () => {
    // 1 December 2026 is a Tuesday.
    const weeks = monthWeeks('2026-12');
    expect(weeks[0]?.slice(0, 2)).toEqual([null, '2026-12-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('knows February of a leap year', () => {
    expect(monthWeeks('2028-02').flat().filter(Boolean)).toHaveLength(29);
  });
});

describe('collections', () => {
  it('lists what is collected on a day, in the fixed order', () => {
    expect(collectionsOn(schedule, '2027-03-16')).toEqual(['paper', 'mixed']);
    expect(collectionsOn(schedule, '2027-03-15')).toEqual([]);
  });

  it('finds the next collection after today and the upcoming ones from today on', () => {
    expect(nextCollection(schedule, 'mixed', TODAY)).toBe('2027-03-16');
    expect(nextCollection(schedule, 'mixed', '2027-03-30')).toBeUndefined();
    expect(upcomingCollections(schedule, '2027-03-16')).toEqual([
      { date: '2027-03-16', fraction: 'paper' },
      { date: '2027-03-16', fraction: 'mixed' },
      { date: '2027-03-17', fraction: 'plastics' },
      { date: '2027-03-23', fraction: 'bio' },
      { date: '2027-03-30', fraction: 'mixed' },
    ]);
  });
});

describe('judgeDay', () => {
  it('accepts the next collection and says why another day is not it', () => {
    expect(judgeDay(schedule, TODAY, 'mixed', '2027-03-16')).toBeUndefined();
    expect(judgeDay(schedule, TODAY, 'mixed', '2027-03-02')).toEqual({ reason: 'past', date: '2027-03-02' });
    expect(judgeDay(schedule, TODAY, 'mixed', TODAY)).toEqual({ reason: 'today', date: TODAY });
    expect(judgeDay(schedule, TODAY, 'mixed', '2027-03-30')).toEqual({ reason: 'later', date: '2027-03-30' });
    expect(judgeDay(schedule, TODAY, 'mixed', '2027-03-09')).toEqual({
      reason: 'other',
      date: '2027-03-09',
      fractions: ['bio'],
    });
    expect(judgeDay(schedule, TODAY, 'mixed', '2027-03-10')).toEqual({ reason: 'none', date: '2027-03-10' });
  });
});

describe('calendarStep', () => {
  it('answers a day question only when a chosen day is confirmed, counting a wrong day', () => {
    expect(calendarStep(config, START, { type: 'confirmDay' }).state).toBe(START);
    const chosen = calendarStep(config, START, { type: 'select', date: '2027-03-09' }).state;
    expect(chosen.selected).toBe('2027-03-09');
    const wrong = calendarStep(config, chosen, { type: 'confirmDay' });
    expect(wrong.mistake).toBe(true);
    expect(wrong.state.wrong).toEqual({
      kind: 'day',
      day: { reason: 'other', date: '2027-03-09', fractions: ['bio'] },
    });
    const again = calendarStep(config, wrong.state, { type: 'select', date: '2027-03-11' }).state;
    const right = calendarStep(config, again, { type: 'confirmDay' });
    expect(right.mistake).toBe(false);
    expect(right.state).toMatchObject({ index: 0, resolved: true, finished: false, wrong: undefined });
  });

  it('moves on only after a right answer, and counts a wrong option', () => {
    expect(calendarStep(config, START, { type: 'next' }).state).toBe(START);
    const second = { ...START, index: 1 };
    const wrong = calendarStep(config, second, { type: 'choose', option: 'at10' });
    expect(wrong).toMatchObject({ mistake: true, state: { wrong: { kind: 'option', option: 'at10' } } });
    const right = calendarStep(config, wrong.state, { type: 'choose', option: 'before6' });
    expect(right.state.resolved).toBe(true);
    const third = calendarStep(config, right.state, { type: 'next' }).state;
    expect(third).toMatchObject({ index: 2, resolved: false, selected: undefined });
  });

  it('finishes when the file is saved for the export question, and allows saving at any time', () => {
    const early = calendarStep(config, START, { type: 'export' });
    expect(early).toEqual({ state: { ...START, exported: true }, mistake: false });
    const last = calendarStep(config, { ...START, index: 2 }, { type: 'export' });
    expect(last.state).toMatchObject({ resolved: true, finished: true, exported: true });
    expect(calendarStep(config, last.state, { type: 'restart' }).state).toBe(START);
  });
});

describe('moveDay', () => {
  it('moves by a day or a week and stays inside the month', () => {
    expect(moveDay('2027-03', '2027-03-08', 'ArrowRight')).toBe('2027-03-09');
    expect(moveDay('2027-03', '2027-03-08', 'ArrowUp')).toBe('2027-03-01');
    expect(moveDay('2027-03', '2027-03-03', 'ArrowUp')).toBe('2027-03-03');
    expect(moveDay('2027-03', '2027-03-31', 'ArrowRight')).toBe('2027-03-31');
    expect(moveDay('2027-03', '2027-03-10', 'Home')).toBe('2027-03-08');
    expect(moveDay('2027-03', '2027-03-10', 'End')).toBe('2027-03-14');
    expect(moveDay('2027-03', '2027-03-30', 'End')).toBe('2027-03-31');
    expect(moveDay('2026-12', '2026-12-02', 'Home')).toBe('2026-12-01');
    expect(moveDay('2027-03', '2027-03-10', 'a')).toBe('2027-03-10');
  });
});
