import { useId } from "react";
import { describedByOf, FieldLabel } from "./FieldParts";

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** Language of the option text, when it differs from the page (e.g. "Español" on an English page). */
  lang?: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Why the choice matters, read out with the select (aria-describedby). */
  hint?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  hint,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <FieldLabel controlId={id} label={label} hint={hint} />
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedByOf(id, { hint })}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
