// A list of wide quiet buttons, one under another: the choices of a pretend screen (addresses, banks,
// login methods, services). Each kind may add its own classes for what only its list has.
import '@/features/learn/practice/kit/simulation.css';
import type { ReactNode } from 'react';

export type Choice = { key: string; label: ReactNode; onClick: () => void };

type ChoiceListProps = {
  choices: readonly Choice[];
  /** The kind's class of the list. */
  className?: string;
  /** The kind's class of each button. */
  buttonClassName?: string;
};

export function ChoiceList({ choices, className, buttonClassName }: ChoiceListProps) {
  return (
    <ul className={className ? `sim__list ${className}` : 'sim__list'}>
      {choices.map((choice) => (
        <li key={choice.key}>
          <button
            type="button"
            className={`button button--quiet sim__wide${buttonClassName ? ` ${buttonClassName}` : ''}`}
            onClick={choice.onClick}
          >
            {choice.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
