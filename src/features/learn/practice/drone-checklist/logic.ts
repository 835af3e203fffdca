// Pure logic of the 'drone-checklist' simulation: what is wrong with the ticked items, if anything.
import type { DroneChecklistItem } from '@/content/simulations/drone-checklist';

export type ChecklistVerdict = {
  /** Every required item is ticked and no distractor is. */
  correct: boolean;
  /** Distractors that were ticked, in the order of the list. */
  wrongTicked: string[];
  /** Required items that were not ticked, in the order of the list. */
  missing: string[];
};

/** Compares the ticked item ids with the list: which distractors are ticked, which required are not. */
export function checkChecklist(
  items: readonly DroneChecklistItem[],
  ticked: ReadonlySet<string>,
): ChecklistVerdict {
  const wrongTicked = items.filter((item) => !item.required && ticked.has(item.id)).map((item) => item.id);
  const missing = items.filter((item) => item.required && !ticked.has(item.id)).map((item) => item.id);
  return { correct: wrongTicked.length === 0 && missing.length === 0, wrongTicked, missing };
}

export type ChecklistState = {
  ticked: ReadonlySet<string>;
  /** What the last "Sprawdź" found, while it still applies. */
  feedback?: { kind: 'empty' } | { kind: 'wrong'; verdict: ChecklistVerdict };
  /** True once a check found everything right. */
  solved: boolean;
};

export type ChecklistAction = { type: 'toggle'; id: string } | { type: 'check' };

export const START: ChecklistState = { ticked: new Set(), solved: false };

/** The state after ticking or unticking an item, or checking the list; a wrong check is a mistake. */
export function checklistStep(
  items: readonly DroneChecklistItem[],
  state: ChecklistState,
  action: ChecklistAction,
): { state: ChecklistState; mistake: boolean } {
  if (action.type === 'toggle') {
    const ticked = new Set(state.ticked);
    if (ticked.has(action.id)) ticked.delete(action.id);
    else ticked.add(action.id);
    return { state: { ...state, ticked }, mistake: false };
  }
  if (state.ticked.size === 0) return { state: { ...state, feedback: { kind: 'empty' } }, mistake: false };
  const verdict = checkChecklist(items, state.ticked);
  if (verdict.correct) return { state: { ticked: state.ticked, solved: true }, mistake: false };
  return { state: { ...state, feedback: { kind: 'wrong', verdict } }, mistake: true };
}
