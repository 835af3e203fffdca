// The state every simulation keeps in the same way: its pure reducer's state, the tries counter
// (it keys a repeated message so it is announced again), the review shown when the learner comes back
// to a finished practice, reporting a mistake (with its hint) and the completion, and where the
// keyboard focus goes after a change.
import { useCallback, useRef, useState } from 'react';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { type FocusMove, useFocusAfterChange } from '@/ui/use-focus-after-change';

/** What a simulation's reducer gives back for one action. */
export type Outcome<State> = {
  state: State;
  /** True when the action was a wrong one: it is counted and reported to the frame. */
  mistake?: boolean;
  /** The frame's hint after the second mistake, when this mistake has a better one than the step's. */
  hint?: string | undefined;
};

export type SimulationLogic<State, Action, Result extends Outcome<State>, Target extends string> = {
  start: () => State;
  step: (state: State, action: Action) => Result;
  /** True once the goal is reached in this state. */
  finished: (state: State) => boolean;
  /** Where the focus goes after an action (nothing: it stays where it is). */
  focusAfter?: (action: Action, result: Result, before: State) => Target | undefined;
};

type FocusRequest<Target extends string> = { target: Target; move: FocusMove; serial: number };

export function useSimulation<
  State,
  Action,
  Result extends Outcome<State>,
  Target extends string = 'heading',
>(
  props: Pick<SimulationProps<unknown>, 'onMistake' | 'onComplete' | 'completed'>,
  logic: SimulationLogic<State, Action, Result, Target | 'heading'>,
) {
  const [state, setState] = useState(logic.start);
  const [reviewing, setReviewing] = useState(props.completed);
  const [tries, setTries] = useState(0);
  const [focusRequest, setFocusRequest] = useState<FocusRequest<Target | 'heading'>>();
  const targets = useRef(new Map<Target | 'heading', HTMLElement>());

  useFocusAfterChange(
    focusRequest?.serial,
    () => (focusRequest ? targets.current.get(focusRequest.target) : undefined),
    focusRequest?.move,
  );

  /** After the next render, moves the focus to the element registered as `target`. */
  const focus = useCallback((target: Target | 'heading', move: FocusMove = {}) => {
    setFocusRequest((previous) => ({ target, move, serial: (previous?.serial ?? 0) + 1 }));
  }, []);

  /** A ref callback that registers an element as a focus target. */
  const focusRef = useCallback(
    (target: Target | 'heading') => (element: HTMLElement | null) => {
      if (element) targets.current.set(target, element);
      else targets.current.delete(target);
    },
    [],
  );

  /** Runs one action through the reducer; reports a mistake or the completion; moves the focus. */
  function act(action: Action): Result {
    const result = logic.step(state, action);
    setState(result.state);
    if (result.mistake) {
      setTries((count) => count + 1);
      props.onMistake(result.hint);
    }
    const target = logic.focusAfter?.(action, result, state);
    if (target) focus(target);
    if (!result.mistake && logic.finished(result.state) && !logic.finished(state) && !props.completed)
      props.onComplete();
    return result;
  }

  /** Leaves the review (or the end) and starts over, the focus on the first screen's heading. */
  function again() {
    setReviewing(false);
    setState(logic.start());
    focus('heading');
  }

  /** Counts a try that is not a mistake (a note), so its message is announced again. */
  const countTry = () => setTries((count) => count + 1);

  return { state, setState, act, again, reviewing, tries, countTry, focus, focusRef };
}
