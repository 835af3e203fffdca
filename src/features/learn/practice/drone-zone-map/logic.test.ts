import { describe, expect, it } from 'vitest';
import type { DroneZonePlace } from '@/content/simulations/drone-zone-map';
import { START, zoneMapStep } from '@/features/learn/practice/drone-zone-map/logic';

const places: DroneZonePlace[] = [
  { id: 'heavy', ask: 'find', zone: 'field' },
  { id: 'office', ask: 'judge', zone: 'government', answer: 'no' },
];

describe('zoneMapStep', () => {
  it('resolves a find place when its zone is tapped', () => {
    const result = zoneMapStep(places, START, { type: 'tapZone', zone: 'field' });
    expect(result).toEqual({ state: { index: 0, resolved: true, finished: false }, mistake: false });
  });

  it('counts a mistake and keeps the place open when another zone is tapped', () => {
    const result = zoneMapStep(places, START, { type: 'tapZone', zone: 'estate' });
    expect(result.mistake).toBe(true);
    expect(result.state).toEqual({ ...START, wrong: { kind: 'zone', zone: 'estate' } });
  });

  it('lets zones be tapped freely on a judge place without a mistake', () => {
    const judging = { index: 1, resolved: false, finished: false };
    const result = zoneMapStep(places, judging, { type: 'tapZone', zone: 'park' });
    expect(result).toEqual({ state: judging, mistake: false });
  });

  it('counts a wrong answer as a mistake and finishes on the right answer to the last place', () => {
    const judging = { index: 1, resolved: false, finished: false };
    const wrong = zoneMapStep(places, judging, { type: 'answer', answer: 'checkIn' });
    expect(wrong.mistake).toBe(true);
    expect(wrong.state.wrong).toEqual({ kind: 'answer', answer: 'checkIn' });
    const right = zoneMapStep(places, wrong.state, { type: 'answer', answer: 'no' });
    expect(right).toEqual({ state: { index: 1, resolved: true, finished: true }, mistake: false });
  });

  it('moves to the next place only after the current one is resolved', () => {
    expect(zoneMapStep(places, START, { type: 'next' }).state).toBe(START);
    const resolved = { index: 0, resolved: true, finished: false };
    expect(zoneMapStep(places, resolved, { type: 'next' }).state).toEqual({
      index: 1,
      resolved: false,
      finished: false,
    });
  });

  it('ignores answers on a find place and starts over on restart', () => {
    expect(zoneMapStep(places, START, { type: 'answer', answer: 'no' })).toEqual({
      state: START,
      mistake: false,
    });
    const finished = { index: 1, resolved: true, finished: true };
    expect(zoneMapStep(places, finished, { type: 'restart' }).state).toBe(START);
  });
});
