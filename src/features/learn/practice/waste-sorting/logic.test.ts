import { describe, expect, it } from 'vitest';
import type { WasteItem } from '@/content/simulations/waste-sorting';
import { START, sortingStep, unsortedItems } from '@/features/learn/practice/waste-sorting/logic';

const items: WasteItem[] = [
  { id: 'pizzaBox', drawing: 'pizzaBox', bin: 'mixed' },
  { id: 'jar', drawing: 'jar', bin: 'glass' },
];

describe('sortingStep', () => {
  it('asks for a thing first when a bin is chosen with nothing picked, without a mistake', () => {
    const result = sortingStep(items, START, { type: 'drop', bin: 'paper' });
    expect(result).toEqual({ state: { ...START, last: { kind: 'pickFirst' } }, mistake: false });
  });

  it('counts a wrong bin as a mistake and keeps the thing picked for another try', () => {
    const picked = sortingStep(items, START, { type: 'pick', item: 'pizzaBox' }).state;
    expect(picked.selected).toBe('pizzaBox');
    const result = sortingStep(items, picked, { type: 'drop', bin: 'paper' });
    expect(result.mistake).toBe(true);
    expect(result.state).toEqual({
      ...picked,
      last: { kind: 'wrong', item: 'pizzaBox', bin: 'paper' },
    });
  });

  it('sorts a thing into its right bin and finishes when the last one is sorted', () => {
    let state = sortingStep(items, START, { type: 'pick', item: 'jar' }).state;
    const first = sortingStep(items, state, { type: 'drop', bin: 'glass' });
    expect(first).toEqual({
      state: { sorted: ['jar'], selected: undefined, last: { kind: 'right', item: 'jar' }, finished: false },
      mistake: false,
    });
    expect(unsortedItems(items, first.state).map((entry) => entry.id)).toEqual(['pizzaBox']);
    state = sortingStep(items, first.state, { type: 'pick', item: 'pizzaBox' }).state;
    const last = sortingStep(items, state, { type: 'drop', bin: 'mixed' });
    expect(last.state.finished).toBe(true);
    expect(last.state.sorted).toEqual(['jar', 'pizzaBox']);
  });

  it('ignores picking a sorted or unknown thing, and starts over on restart', () => {
    const sorted = { sorted: ['jar'], finished: false };
    expect(sortingStep(items, sorted, { type: 'pick', item: 'jar' }).state).toBe(sorted);
    expect(sortingStep(items, sorted, { type: 'pick', item: 'sofa' }).state).toBe(sorted);
    expect(sortingStep(items, sorted, { type: 'restart' }).state).toBe(START);
  });

  it('lets the learner change the picked thing, clearing the last feedback', () => {
    const wrong = {
      ...START,
      selected: 'pizzaBox',
      last: { kind: 'wrong' as const, item: 'pizzaBox', bin: 'paper' as const },
    };
    const result = sortingStep(items, wrong, { type: 'pick', item: 'jar' });
    expect(result).toEqual({ state: { ...START, selected: 'jar', last: undefined }, mistake: false });
  });
});
