// A form that checks its fields before sending: each field shows what it needs, and focus goes to the first
// one that needs attention, so a screen-reader user hears the problem where it is.
import { type FormEvent, type RefCallback, useCallback, useRef, useState } from "react";
import { hasProblems, type Problems } from "./rules";
import { useProblemText } from "./useFieldErrors";

export interface CheckedSubmit<K extends string> {
  /** While a request is on its way, another submit does nothing. */
  busy: boolean;
  /** Every field's problem, in the order the fields appear (the first one found gets the focus). */
  check: () => Problems<K>;
  send: () => void;
}

export function useCheckedForm<K extends string>() {
  const problemText = useProblemText();
  const [problems, setProblems] = useState<Problems<K>>({});
  const inputs = useRef(new Map<K, HTMLInputElement>());
  // One callback ref per field for the form's whole life, so React does not detach and reattach each render.
  const refs = useRef(new Map<K, RefCallback<HTMLInputElement>>());

  function refOf(key: K): RefCallback<HTMLInputElement> {
    let ref = refs.current.get(key);
    if (!ref) {
      ref = (input) => {
        if (input) inputs.current.set(key, input);
        else inputs.current.delete(key);
      };
      refs.current.set(key, ref);
    }
    return ref;
  }

  // Stable, so that an effect may focus a field when the form opens without running again each render.
  const focus = useCallback((key: K) => inputs.current.get(key)?.focus(), []);

  function onSubmit({ busy, check, send }: CheckedSubmit<K>) {
    return (event: FormEvent) => {
      event.preventDefault();
      if (busy) return;
      const found = check();
      setProblems(found);
      if (!hasProblems(found)) return send();
      const first = (Object.keys(found) as K[]).find((key) => found[key]);
      if (first) focus(first);
    };
  }

  return {
    onSubmit,
    /** What a Field needs to show its problem and take the focus: spread it onto the Field. */
    field: (key: K) => ({ error: problemText(problems[key]), inputRef: refOf(key) }),
    focus,
  };
}
