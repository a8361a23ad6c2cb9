// A label and a hint around a control Field does not draw (a file picker, a time of day), tied to it the same
// way: the label names the control, and the hint is read out with it. The caller draws the control and
// spreads the wiring onto it.
import { type ReactNode, useId } from "react";
import { FieldLabel, hintIdOf } from "./FieldParts";

export interface ControlWiring {
  id: string;
  "aria-describedby": string;
}

export function HintedControl({
  label,
  hint,
  className,
  children,
}: {
  label: string;
  hint: string;
  /** Added to "field", for a control placed apart from the form's others. */
  className?: string;
  children: (wiring: ControlWiring) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : "field"}>
      <FieldLabel controlId={id} label={label} hint={hint} />
      {children({ id, "aria-describedby": hintIdOf(id) })}
    </div>
  );
}
