import { describe, expect, it } from 'vitest';
import { checkChecklist } from '@/features/learn/practice/drone-checklist/logic';

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
