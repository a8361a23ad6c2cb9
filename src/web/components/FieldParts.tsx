// The words around a form control: its label, a hint and an error. The control names the hint and the error
// in aria-describedby (describedByOf), so a screen reader says them with it, in the order they are shown.
export const hintIdOf = (controlId: string) => `${controlId}-hint`;
export const errorIdOf = (controlId: string) => `${controlId}-error`;

/** The aria-describedby of a control with these parts: undefined when there is nothing to describe it. */
export function describedByOf(controlId: string, parts: { hint?: string; error?: string | null }) {
  const ids = [parts.hint ? hintIdOf(controlId) : "", parts.error ? errorIdOf(controlId) : ""];
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldHint({ controlId, hint }: { controlId: string; hint?: string }) {
  return hint ? (
    <p className="field-hint" id={hintIdOf(controlId)}>
      {hint}
    </p>
  ) : null;
}

export function FieldLabel({ controlId, label, hint }: { controlId: string; label: string; hint?: string }) {
  return (
    <>
      <label htmlFor={controlId}>{label}</label>
      <FieldHint controlId={controlId} hint={hint} />
    </>
  );
}

export function FieldError({ controlId, error }: { controlId: string; error?: string | null }) {
  return error ? (
    <p className="field-error" id={errorIdOf(controlId)}>
      {error}
    </p>
  ) : null;
}
