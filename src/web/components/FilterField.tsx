// A search box that narrows a list already on the page as the person types. The browser's autofill stays
// off: what was typed into other forms is no help in finding a time zone or a cue.
import type { ComponentProps } from "react";
import { Field } from "./Field";

export function FilterField(props: Omit<ComponentProps<typeof Field>, "type" | "autoComplete">) {
  return <Field {...props} type="search" autoComplete="off" />;
}
