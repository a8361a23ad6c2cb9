// A form that asks for one line of text and sends it with one secondary button (add a question, open an
// invitation by its code). The page checks the text itself and says what is wrong beside the field, so the
// browser's own checks stay off; what follows the button (a quiet status line) comes in as children.
import type { ComponentProps, FormEvent, ReactNode } from "react";
import { Button } from "./Button";
import { Field } from "./Field";

type FieldProps = ComponentProps<typeof Field>;

export function OneFieldForm({
  className,
  submitLabel,
  onSubmit,
  children,
  ...field
}: FieldProps & {
  className: string;
  submitLabel: string;
  onSubmit: () => unknown;
  children?: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className={className} onSubmit={submit} noValidate>
      <Field {...field} />
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
      {children}
    </form>
  );
}
