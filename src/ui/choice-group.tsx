import { type ReactNode, useId } from 'react';

export type Choice<Value extends string | number> = { value: Value; label: ReactNode; lang?: string };

type ChoiceGroupProps<Value extends string | number> = {
  legend: string;
  hint?: string;
  name: string;
  choices: readonly Choice<Value>[];
  value: Value;
  onChange: (value: Value) => void;
};

/** A group of large radio buttons with a visible legend: the choice applies as soon as it is made. */
export function ChoiceGroup<Value extends string | number>({
  legend,
  hint,
  name,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<Value>) {
  const hintId = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {choices.map((choice) => (
        <label key={choice.value} className="choice" lang={choice.lang}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            aria-describedby={hint ? hintId : undefined}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
