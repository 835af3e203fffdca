import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export type FocusMove = {
  /** Focus without scrolling the element into view first (the page is scrolled otherwise). */
  preventScroll?: boolean;
  /** Scroll the page to its top after the focus moved (a new page of a step-by-step flow). */
  scrollToTop?: boolean;
  /** Only scroll the element into view, leaving the focus where it is (a message under a table). */
  scrollOnly?: boolean;
};

/**
 * Moves the keyboard focus after the render in which `change` became different from the render
 * before: a new step, screen or result, so a screen reader announces where the learner now is. The
 * first render moves nothing (a page that opens leaves the focus where the browser put it). `target`
 * is read after that render, so it may name an element that only appeared in it.
 *
 * The one place for "focus after a change": the lesson player and every simulation use it, so no
 * effect needs a hand-picked dependency list (it runs after every render and compares `change`).
 */
export function useFocusAfterChange(
  change: unknown,
  target: () => HTMLElement | null | undefined,
  move: FocusMove = {},
): void {
  const seen = useRef(change);
  useEffect(() => {
    if (Object.is(seen.current, change)) return;
    seen.current = change;
    const element = target();
    if (move.scrollOnly) element?.scrollIntoView?.({ block: 'nearest' });
    else element?.focus({ preventScroll: move.preventScroll ?? false });
    if (move.scrollToTop) window.scrollTo(0, 0);
  });
}

type FocusTarget = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

/**
 * Focus after the next render: `focusNext(target)` names the element that takes the focus once React
 * has drawn the change that makes it appear (a panel that replaces the button that had the focus).
 * Built on `useFocusAfterChange`, so a component needs no effect of its own.
 */
export function useFocusNext(): (target: FocusTarget, move?: FocusMove) => void {
  const [request, setRequest] = useState<{ target: FocusTarget; move: FocusMove; serial: number }>();
  useFocusAfterChange(
    request?.serial,
    () => {
      const target = request?.target;
      return typeof target === 'function' ? target() : target?.current;
    },
    request?.move,
  );
  return useCallback((target: FocusTarget, move: FocusMove = {}) => {
    setRequest((previous) => ({ target, move, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
}
