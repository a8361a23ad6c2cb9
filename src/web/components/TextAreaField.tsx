// A labelled box for a few lines of writing, the textarea's counterpart of Field: its hint, a running count
// under the box and its error are all read out with it (aria-describedby), in the order they are shown.
import { type Ref, type TextareaHTMLAttributes, useId } from "react";
import { errorIdOf, FieldError, FieldLabel, hintIdOf } from "./FieldParts";

interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value"> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** How much of the room is used, shown under the box ("120 of 500"). */
  count?: string;
  error?: string | null;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  count,
  error,
  textareaRef,
  ...textarea
}: TextAreaFieldProps) {
  const id = useId();
  const countId = `${id}-count`;
  const describedBy = [hint ? hintIdOf(id) : "", count ? countId : "", error ? errorIdOf(id) : ""];

  return (
    <div className={error ? "field has-error" : "field"}>
      <FieldLabel controlId={id} label={label} hint={hint} />
      <textarea
        {...textarea}
        ref={textareaRef}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.filter(Boolean).join(" ") || undefined}
      />
      {count ? (
        <p className="field-hint" id={countId}>
          {count}
        </p>
      ) : null}
      <FieldError controlId={id} error={error} />
    </div>
  );
}
