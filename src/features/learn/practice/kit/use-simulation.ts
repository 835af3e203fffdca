// The state every simulation keeps in the same way: its pure reducer's state, the tries counter
// (it keys a repeated message so it is announced again), the review shown when the learner comes back
// to a finished practice, reporting a mistake (with its hint) and the completion, and where the
// keyboard focus goes after a change.
import { useCallback, useRef, useState } from 'react';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { type FocusMove, useFocusNext } from '@/ui/use-focus-after-change';

/** What a simulation's reducer gives back for one action. */
export type Outcome<State> = {
  state: State;
  /** True when the action was a wrong one: it is counted and reported to the frame. */
  mistake?: boolean;
  /** The frame's hint after the second mistake, when this mistake has a better one than the step's. */
  hint?: string | undefined;
};

/**
 * Where the focus may go: the screen's heading (after a new screen or question), and whatever else a
 * simulation registers with `focusRef` (the result after a right answer, a question, a field).
 */
export type FocusTarget = 'heading' | (string & {});

export type SimulationLogic<State, Action, Result extends Outcome<State>> = {
  /** The state a practice starts in (and starts again in, after "Again"). */
  start: () => State;
  /** The simulation's pure reducer. */
  step: (state: State, action: Action) => Result;
  /** True once the goal is reached in this state: reaching it reports the completion. */
  finished: (state: State) => boolean;
  /** Where the focus goes after an action (nothing: it stays where it is). */
  focusAfter?: (action: Action, result: Result, before: State) => FocusTarget | undefined;
  /** How the focus moves to a target, when not plainly (e.g. only scrolled to). */
  moves?: Partial<Record<FocusTarget, FocusMove>>;
};

/**
 * Runs a simulation through its reducer. Returns the state, `act` (one action: reports a mistake or
 * the completion and moves the focus), `again` (leaves the review and starts over), whether the review
 * of a finished practice shows, the tries counter, and `focus`/`focusRef` for the focus targets.
 */
export function useSimulation<State, Action, Result extends Outcome<State>>(
  props: Pick<SimulationProps<unknown>, 'onMistake' | 'onComplete' | 'completed'>,
  logic: SimulationLogic<State, Action, Result>,
) {
  const [state, setState] = useState(logic.start);
  const [reviewing, setReviewing] = useState(props.completed);
  const [tries, setTries] = useState(0);
  const targets = useRef(new Map<FocusTarget, HTMLElement>());
  const refs = useRef(new Map<FocusTarget, (element: HTMLElement | null) => void>());
  const focusNext = useFocusNext();
  const moves = logic.moves;

  /** After the next render, moves the focus to the element registered as `target`. */
  const focus = useCallback(
    (target: FocusTarget) => focusNext(() => targets.current.get(target), moves?.[target]),
    [focusNext, moves],
  );

  /** A ref callback that registers an element as a focus target (the same callback every render). */
  const focusRef = useCallback((target: FocusTarget) => {
    let ref = refs.current.get(target);
    if (!ref) {
      ref = (element: HTMLElement | null) => {
        if (element) targets.current.set(target, element);
        else targets.current.delete(target);
      };
      refs.current.set(target, ref);
    }
    return ref;
  }, []);

  /** Counts and reports a wrong action (for a sub-screen that judges its own form), with its hint. */
  function mistake(hint?: string) {
    setTries((count) => count + 1);
    props.onMistake(hint);
  }

  /** Runs one action through the reducer; reports a mistake or the completion; moves the focus. */
  function act(action: Action): Result {
    const result = logic.step(state, action);
    setState(result.state);
    if (result.mistake) mistake(result.hint);
    const target = logic.focusAfter?.(action, result, state);
    if (target) focus(target);
    if (!result.mistake && logic.finished(result.state) && !logic.finished(state) && !props.completed)
      props.onComplete();
    return result;
  }

  /** Leaves the review (or the end) and starts over, the focus on the first screen's heading. */
  function again(target: FocusTarget = 'heading') {
    setReviewing(false);
    setState(logic.start());
    focus(target);
  }

  /** Counts a try that is not a mistake (a note), so its message is announced again. */
  const countTry = useCallback(() => setTries((count) => count + 1), []);

  return { state, setState, act, mistake, again, reviewing, tries, countTry, focus, focusRef };
}

/** A screen's state with the problem of the last action, shown until the next right one. */
export type WithProblem<State, Problem> = { at: State; problem?: Problem };

/**
 * Adapts a reducer that names what went wrong (`{ state, problem }`) to `useSimulation`: a problem is a
 * mistake, kept beside the state for its message, with the hint `hint` gives for it (if any).
 */
export function withProblems<State, Action, Problem>(
  step: (state: State, action: Action) => { state: State; problem?: Problem | undefined },
  hint: (problem: Problem) => string | undefined = () => undefined,
): (before: WithProblem<State, Problem>, action: Action) => Outcome<WithProblem<State, Problem>> {
  return (before, action) => {
    const result = step(before.at, action);
    if (result.problem === undefined) return { state: { at: result.state } };
    return {
      state: { at: result.state, problem: result.problem },
      mistake: true,
      hint: hint(result.problem),
    };
  };
}

/**
 * The focus of a simulation that asks one question at a time: the result box when a question is
 * answered, the heading when the next one comes; a wrong answer leaves the focus where it is.
 */
export function questionFocus<State extends { resolved: boolean }>(
  action: { type: string },
  result: Outcome<State>,
  before: State,
): FocusTarget | undefined {
  if (result.mistake) return undefined;
  if (action.type === 'next') return 'heading';
  return result.state.resolved && !before.resolved ? 'result' : undefined;
}

/**
 * The focus of a simulation of screens: the heading of each new screen takes focus, so screen readers
 * announce where the learner is. `screenOf` names the screen a state shows.
 */
export function headingOnNewScreen<State>(screenOf: (state: State) => unknown) {
  return (_action: unknown, result: Outcome<State>, before: State): FocusTarget | undefined =>
    screenOf(result.state) !== screenOf(before) ? 'heading' : undefined;
}
