// The simulated app's frame, the same in every simulation: the app bar naming the pretend app, a
// heading that takes the focus after a screen change, the screen itself and the live status region
// where messages after an action are announced.
import '@/features/learn/practice/kit/simulation.css';
import type { ReactNode, Ref } from 'react';

type SimulatedAppProps = {
  /** The simulation's kind: its root class, for the styles only it has. */
  kind: string;
  /** The pretend app's name in the bar (e.g. "Bilety (ćwiczenie)"). */
  app: ReactNode;
  /** What stands between the bar and the heading (e.g. today's date in the pretend app). */
  intro?: ReactNode;
  /** The screen's heading; focusable, so the focus can be moved to it after a change. */
  heading?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Messages after an action, announced politely; rendered after the screen. */
  status?: ReactNode;
  statusRef?: Ref<HTMLDivElement>;
  /** The button to the next question, once this one is answered (and it is not the last). */
  next?: { label: string; onNext: () => void } | undefined;
  /** What comes last (e.g. a button that works on every question). */
  footer?: ReactNode;
  children?: ReactNode;
};

export function SimulatedApp({
  kind,
  app,
  intro,
  heading,
  headingRef,
  status,
  statusRef,
  next,
  footer,
  children,
}: SimulatedAppProps) {
  return (
    <div className={`sim ${kind}`}>
      <p className="sim__app">{app}</p>
      {intro}
      {heading !== undefined ? (
        <h3 ref={headingRef} tabIndex={-1} className="sim__heading">
          {heading}
        </h3>
      ) : null}
      {children}
      {status !== undefined ? (
        <div ref={statusRef} className="sim__status" aria-live="polite">
          {status}
        </div>
      ) : null}
      {next ? (
        <button type="button" className="button" onClick={next.onNext}>
          {next.label}
        </button>
      ) : null}
      {footer}
    </div>
  );
}

/** A focusable box with the explanation after a right answer; the focus goes there. */
export function ResultBox({
  resultRef,
  className = '',
  children,
}: {
  resultRef: Ref<HTMLDivElement>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div ref={resultRef} tabIndex={-1} className={`sim__result ${className}`.trim()}>
      {children}
    </div>
  );
}
