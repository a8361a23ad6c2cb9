// Several-of-many as a row of toggle chips: one tap each, big enough for a thumb, state read out as pressed.
import { useId } from "react";
import { describedByOf, FieldHint } from "./FieldParts";

export interface Chip<T extends string> {
  value: T;
  label: string;
}

interface ChipGroupProps<T extends string> {
  legend: string;
  chips: readonly Chip<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  hint?: string;
  /** For when a heading right above already asks the question: the legend is kept for screen readers. */
  legendHidden?: boolean;
}

export function ChipGroup<T extends string>({
  legend,
  chips,
  selected,
  onChange,
  hint,
  legendHidden,
}: ChipGroupProps<T>) {
  const id = useId();
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : chips.map((c) => c.value).filter((v) => v === value || selected.includes(v)),
    );
  return (
    <fieldset className="chip-group" aria-describedby={describedByOf(id, { hint })}>
      <legend className={legendHidden ? "visually-hidden" : undefined}>{legend}</legend>
      <FieldHint controlId={id} hint={hint} />
      <div className="chip-row">
        {chips.map((chip) => (
          <button
            key={chip.value}
            type="button"
            className="chip"
            aria-pressed={selected.includes(chip.value)}
            onClick={() => toggle(chip.value)}
          >
            {chip.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
