// What a finished simulation shows when the learner comes back to it: what was right, and "Again".
import '@/features/learn/practice/kit/simulation.css';
import type { ReactNode } from 'react';

type ReviewScreenProps = {
  kind: string;
  app: ReactNode;
  title: ReactNode;
  /** The button's words ("Jeszcze raz"). */
  again: string;
  onAgain: () => void;
  /** One list item per part of the practice; or, with `list={false}`, free content. */
  children: ReactNode;
  list?: boolean;
  /** What stands between the list and "Again" (e.g. a button that still works after the end). */
  after?: ReactNode;
};

export function ReviewScreen({
  kind,
  app,
  title,
  again,
  onAgain,
  children,
  list = true,
  after,
}: ReviewScreenProps) {
  return (
    <div className={`sim ${kind}`}>
      <p className="sim__app">{app}</p>
      <h3 className="sim__heading">{title}</h3>
      {list ? <ul className="sim__review">{children}</ul> : children}
      {after}
      <button type="button" className="button button--quiet" onClick={() => onAgain()}>
        {again}
      </button>
    </div>
  );
}
