// Pure logic of the 'waste-sorting' simulation: the learner picks one thing, then a destination.
// The right destination sorts it; a wrong one is a mistake that leaves it unsorted for another try.
// Choosing a destination with nothing picked only asks for a thing first, and is not a mistake.
import type { WasteDestination, WasteItem } from '@/content/simulations/waste-sorting';

export type SortingState = {
  /** The thing picked and not yet sorted. */
  selected?: string;
  /** Ids of the things sorted rightly, in the order they were sorted. */
  sorted: readonly string[];
  /** What the last action did, for the feedback under the bins. */
  last?:
    | { kind: 'right'; item: string }
    | { kind: 'wrong'; item: string; bin: WasteDestination }
    | { kind: 'pickFirst' };
  /** Every thing is sorted. */
  finished: boolean;
};

export type SortingAction =
  | { type: 'pick'; item: string }
  | { type: 'drop'; bin: WasteDestination }
  | { type: 'restart' };

export const START: SortingState = { sorted: [], finished: false };

/** The next state after an action, and whether the action was a mistake. */
export function sortingStep(
  items: readonly WasteItem[],
  state: SortingState,
  action: SortingAction,
): { state: SortingState; mistake: boolean } {
  switch (action.type) {
    case 'restart':
      return { state: START, mistake: false };
    case 'pick': {
      const known = items.some((entry) => entry.id === action.item);
      if (!known || state.sorted.includes(action.item)) return { state, mistake: false };
      return { state: { ...state, selected: action.item, last: undefined }, mistake: false };
    }
    case 'drop': {
      const item = items.find((entry) => entry.id === state.selected);
      if (!item) return { state: { ...state, last: { kind: 'pickFirst' } }, mistake: false };
      if (item.bin !== action.bin)
        return {
          state: { ...state, last: { kind: 'wrong', item: item.id, bin: action.bin } },
          mistake: true,
        };
      const sorted = [...state.sorted, item.id];
      return {
        state: {
          sorted,
          selected: undefined,
          last: { kind: 'right', item: item.id },
          finished: sorted.length === items.length,
        },
        mistake: false,
      };
    }
  }
}

/** The things still to sort, in the order shown. */
export function unsortedItems(items: readonly WasteItem[], state: SortingState): WasteItem[] {
  return items.filter((entry) => !state.sorted.includes(entry.id));
}
