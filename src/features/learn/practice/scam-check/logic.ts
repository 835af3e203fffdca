// Pure rules of the 'scam-check' simulation: the learner's way through the items (judge each one,
// answer what to do with a scam text message, move on) as a reducer, and the answers to that question.
import { asksForForward, type ScamItem } from '@/content/simulations/scam-check';

/** What to do with a scam SMS; only forwarding the original to 8080 is right (FACTS.md M4.10). */
export const FORWARD_OPTIONS = ['clickLink', 'screenshot8080', 'forward8080', 'reply', 'callBack'] as const;
export type ForwardOption = (typeof FORWARD_OPTIONS)[number];
export const RIGHT_FORWARD_OPTION: ForwardOption = 'forward8080';

export type ScamPhase =
  /** The item waits for "Bezpieczne" or "Oszustwo". */
  | 'judging'
  /** Judged rightly; a scam SMS now asks what to do with it. */
  | 'forwarding'
  /** Everything about the item is answered; the explanation shows with "next". */
  | 'resolved';

export type ScamState = {
  index: number;
  phase: ScamPhase;
  /** The last wrong answer on this item, to explain it; cleared by a right one. */
  wrong?: { kind: 'judgement' } | { kind: 'forward'; option: ForwardOption };
  /** True once the last item is resolved. */
  finished: boolean;
};

export type ScamAction =
  | { type: 'judge'; scam: boolean }
  | { type: 'forward'; option: ForwardOption }
  | { type: 'next' }
  | { type: 'restart' };

export const START: ScamState = { index: 0, phase: 'judging', finished: false };

/** The state after an action; `mistake` is true when the action was a wrong answer. */
export function scamStep(
  items: readonly Pick<ScamItem, 'channel' | 'scam'>[],
  state: ScamState,
  action: ScamAction,
): { state: ScamState; mistake: boolean } {
  const item = items[state.index];
  if (action.type === 'restart') return { state: START, mistake: false };
  if (!item) return { state, mistake: false };
  const isLast = state.index === items.length - 1;
  switch (action.type) {
    case 'judge': {
      if (state.phase !== 'judging') return { state, mistake: false };
      if (action.scam !== item.scam)
        return { state: { ...state, wrong: { kind: 'judgement' } }, mistake: true };
      const phase: ScamPhase = asksForForward(item) ? 'forwarding' : 'resolved';
      return {
        state: { index: state.index, phase, finished: phase === 'resolved' && isLast },
        mistake: false,
      };
    }
    case 'forward': {
      if (state.phase !== 'forwarding') return { state, mistake: false };
      if (action.option !== RIGHT_FORWARD_OPTION)
        return { state: { ...state, wrong: { kind: 'forward', option: action.option } }, mistake: true };
      return { state: { index: state.index, phase: 'resolved', finished: isLast }, mistake: false };
    }
    case 'next':
      if (state.phase !== 'resolved' || isLast) return { state, mistake: false };
      return { state: { index: state.index + 1, phase: 'judging', finished: false }, mistake: false };
  }
}
