// A free-text detail's field, wired to the draft: what it shows, the limit the spec also reads it with,
// where typing goes, and its problem in words. The field's own words (label, hint) stay with the caller.
import type { FieldsProps } from "./form";
import { useProblemText } from "./form";

/** The draft's keys that hold plain text. */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

export function useDraftText<D>({
  draft,
  set,
  problems,
}: Pick<FieldsProps<D>, "draft" | "set" | "problems">) {
  const problem = useProblemText();
  return (key: TextKey<D>, maxLength: number) => ({
    value: draft[key] as string,
    maxLength,
    onChange: (value: string) => set({ [key]: value } as Partial<D>),
    error: problem(problems[key]),
  });
}
