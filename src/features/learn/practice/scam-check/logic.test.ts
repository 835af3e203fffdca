import { describe, expect, it } from 'vitest';
import { type ScamState, START, scamStep } from '@/features/learn/practice/scam-check/logic';

const items = [
  { channel: 'call', scam: true },
  { channel: 'sms', scam: true },
  { channel: 'chat', scam: false },
] as const;

function run(actions: Parameters<typeof scamStep>[2][]): { state: ScamState; mistakes: number } {
  let state = START;
  let mistakes = 0;
  for (const action of actions) {
    const result = scamStep(items, state, action);
    state = result.state;
    if (result.mistake) mistakes += 1;
  }
  return { state, mistakes };
}

describe('scamStep', () => {
  it('resolves an item judged rightly', () => {
    expect(run([{ type: 'judge', scam: true }])).toEqual({
      state: { index: 0, phase: 'resolved', finished: false },
      mistakes: 0,
    });
  });

  it('keeps the item open and counts a mistake when judged wrongly', () => {
    const { state, mistakes } = run([{ type: 'judge', scam: false }]);
    expect(state).toMatchObject({ index: 0, phase: 'judging', wrong: { kind: 'judgement' } });
    expect(mistakes).toBe(1);
  });

  it('asks what to do with a scam SMS before it is resolved', () => {
    const { state } = run([{ type: 'judge', scam: true }, { type: 'next' }, { type: 'judge', scam: true }]);
    expect(state).toMatchObject({ index: 1, phase: 'forwarding' });
  });

  it('accepts only forwarding the original to 8080', () => {
    const { state, mistakes } = run([
      { type: 'judge', scam: true },
      { type: 'next' },
      { type: 'judge', scam: true },
      { type: 'forward', option: 'screenshot8080' },
    ]);
    expect(state.wrong).toEqual({ kind: 'forward', option: 'screenshot8080' });
    expect(mistakes).toBe(1);
    const after = scamStep(items, state, { type: 'forward', option: 'forward8080' });
    expect(after).toEqual({ state: { index: 1, phase: 'resolved', finished: false }, mistake: false });
  });

  it('does not move on before the item is resolved', () => {
    expect(run([{ type: 'next' }]).state).toEqual(START);
  });

  it('finishes when the last item is resolved', () => {
    const { state, mistakes } = run([
      { type: 'judge', scam: true },
      { type: 'next' },
      { type: 'judge', scam: true },
      { type: 'forward', option: 'forward8080' },
      { type: 'next' },
      { type: 'judge', scam: true },
      { type: 'judge', scam: false },
    ]);
    expect(state).toEqual({ index: 2, phase: 'resolved', finished: true });
    expect(mistakes).toBe(1);
  });

  it('starts again from the first item', () => {
    const { state } = run([{ type: 'judge', scam: true }, { type: 'next' }, { type: 'restart' }]);
    expect(state).toEqual(START);
  });
});
