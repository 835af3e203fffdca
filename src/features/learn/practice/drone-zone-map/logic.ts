// Pure logic of the 'drone-zone-map' simulation: one place at a time; a `find` place is answered by
// tapping its zone on the map, a `judge` place by one of the answer buttons. A wrong action is a
// mistake and leaves the place open for another try; the right one resolves it.
import type { DroneZone, DroneZoneAnswer, DroneZonePlace } from '@/content/simulations/drone-zone-map';

export type ZoneMapWrong = { kind: 'zone'; zone: DroneZone } | { kind: 'answer'; answer: DroneZoneAnswer };

export type ZoneMapState = {
  /** The place being asked about, from 0. */
  index: number;
  /** The place was answered rightly. */
  resolved: boolean;
  /** The last wrong action on this place, if any. */
  wrong?: ZoneMapWrong;
  /** The last place was answered rightly. */
  finished: boolean;
};

export type ZoneMapAction =
  | { type: 'tapZone'; zone: DroneZone }
  | { type: 'answer'; answer: DroneZoneAnswer }
  | { type: 'next' }
  | { type: 'restart' };

export const START: ZoneMapState = { index: 0, resolved: false, finished: false };

/** The next state after an action, and whether the action was a mistake. */
export function zoneMapStep(
  places: readonly DroneZonePlace[],
  state: ZoneMapState,
  action: ZoneMapAction,
): { state: ZoneMapState; mistake: boolean } {
  if (action.type === 'restart') return { state: START, mistake: false };
  const place = places[state.index];
  if (!place) return { state, mistake: false };
  const isLast = state.index === places.length - 1;
  const resolve = (): { state: ZoneMapState; mistake: boolean } => ({
    state: { index: state.index, resolved: true, finished: isLast },
    mistake: false,
  });

  switch (action.type) {
    case 'tapZone':
      // On a `judge` place, or once resolved, tapping a zone only shows what is there.
      if (place.ask !== 'find' || state.resolved) return { state, mistake: false };
      if (action.zone === place.zone) return resolve();
      return { state: { ...state, wrong: { kind: 'zone', zone: action.zone } }, mistake: true };
    case 'answer':
      if (place.ask !== 'judge' || state.resolved) return { state, mistake: false };
      if (action.answer === place.answer) return resolve();
      return { state: { ...state, wrong: { kind: 'answer', answer: action.answer } }, mistake: true };
    case 'next':
      if (!state.resolved || isLast) return { state, mistake: false };
      return { state: { index: state.index + 1, resolved: false, finished: false }, mistake: false };
  }
}
