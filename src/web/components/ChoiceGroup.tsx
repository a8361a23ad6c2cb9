// A radio group as a fieldset: big, thumb-sized choices instead of a fiddly dropdown.
import { useId } from "react";
import { describedByOf, FieldHint } from "./FieldParts";

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
  /** Lay the choices side by side when they are short (units), stacked when they are sentences. */
  inline?: boolean;
}

export function ChoiceGroup<T extends string>({
  legend,
  value,
  choices,
  onChange,
  hint,
  inline,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset
      className={inline ? "choice-group is-inline" : "choice-group"}
      aria-describedby={describedByOf(name, { hint })}
    >
      <legend>{legend}</legend>
      <FieldHint controlId={name} hint={hint} />
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
