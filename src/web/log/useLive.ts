// Re-renders when what a Dexie query reads changes, so a saved entry shows everywhere at once.
import { liveQuery } from "dexie";
import { type DependencyList, startTransition, useEffect, useState } from "react";

export function useLive<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const subscribe = () => {
    // As a transition: React renders the new answer in slices that give way to a tap, and answers that
    // arrive close together (a new phone's first pull writes the log page by page) fold into one render.
    const next = (answer: T) => startTransition(() => setValue(answer));
    const subscription = liveQuery(query).subscribe({ next, error: () => undefined });
    return () => subscription.unsubscribe();
  };
  // The caller lists what its query depends on, as with useEffect itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deps come from the caller
  useEffect(subscribe, deps);
  return value;
}
