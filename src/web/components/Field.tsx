// A labelled text input with an optional hint and error, both tied to the input via aria-describedby.
import { type InputHTMLAttributes, type Ref, useId } from "react";
import { describedByOf, FieldError, FieldLabel } from "./FieldParts";

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value"> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

export function Field({
  label,
  value,
  onChange,
  hint,
  error,
  inputRef,
  type = "text",
  ...input
}: FieldProps) {
  const id = useId();
  return (
    <div className={error ? "field has-error" : "field"}>
      <FieldLabel controlId={id} label={label} hint={hint} />
      <input
        {...input}
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, { hint, error })}
      />
      <FieldError controlId={id} error={error} />
    </div>
  );
}
