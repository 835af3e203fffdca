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
