// An email address: the phone keyboard with "@", and no spell-check marks under an address.
import { Field, type FieldProps } from "./Field";

export function EmailField(props: Omit<FieldProps, "type" | "inputMode" | "spellCheck">) {
  return <Field autoComplete="email" {...props} type="email" inputMode="email" spellCheck={false} />;
}
