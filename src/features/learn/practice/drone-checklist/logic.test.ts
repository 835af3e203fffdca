import { describe, expect, it } from 'vitest';
import { checkChecklist, checklistStep, START } from '@/features/learn/practice/drone-checklist/logic';

const items = [
  { id: 'battery', required: true },
  { id: 'crowd', required: false },
  { id: 'checkIn', required: true },
  { id: 'signalOff', required: false },
];

describe('checkChecklist', () => {
  it('is correct when exactly the required items are ticked', () => {
    expect(checkChecklist(items, new Set(['checkIn', 'battery']))).toEqual({
      correct: true,
      wrongTicked: [],
      missing: [],
    });
  });

  it('names the ticked distractors in list order when some are ticked', () => {
    const verdict = checkChecklist(items, new Set(['signalOff', 'battery', 'checkIn', 'crowd']));
    expect(verdict.correct).toBe(false);
    expect(verdict.wrongTicked).toEqual(['crowd', 'signalOff']);
    expect(verdict.missing).toEqual([]);
  });

  it('names the missing required items when they are not ticked', () => {
    const verdict = checkChecklist(items, new Set(['battery']));
    expect(verdict).toEqual({ correct: false, wrongTicked: [], missing: ['checkIn'] });
  });

  it('reports both kinds of problem at once when nothing fits', () => {
    expect(checkChecklist(items, new Set(['crowd']))).toEqual({
      correct: false,
      wrongTicked: ['crowd'],
      missing: ['battery', 'checkIn'],
    });
  });
});

describe('checklistStep', () => {
  const tick = (state: typeof START, id: string) => checklistStep(items, state, { type: 'toggle', id }).state;

  it('ticks an item and unticks it again', () => {
    const ticked = tick(START, 'battery');
    expect([...ticked.ticked]).toEqual(['battery']);
    expect([...tick(ticked, 'battery').ticked]).toEqual([]);
  });

  it('says nothing is ticked, without a mistake, when the empty list is checked', () => {
    const result = checklistStep(items, START, { type: 'check' });
    expect(result.mistake).toBe(false);
    expect(result.state.feedback).toEqual({ kind: 'empty' });
  });

  it('counts a mistake with the verdict when the ticks do not fit', () => {
    const result = checklistStep(items, tick(START, 'crowd'), { type: 'check' });
    expect(result.mistake).toBe(true);
    expect(result.state.feedback).toEqual({
      kind: 'wrong',
      verdict: { correct: false, wrongTicked: ['crowd'], missing: ['battery', 'checkIn'] },
    });
  });

  it('is solved, with no feedback left, when exactly the required items are checked', () => {
    const result = checklistStep(items, tick(tick(START, 'battery'), 'checkIn'), { type: 'check' });
    expect(result.mistake).toBe(false);
    expect(result.state.solved).toBe(true);
    expect(result.state.feedback).toBeUndefined();
  });
});
