// Re-renders when what a Dexie query reads changes, so a saved entry shows everywhere at once.
import { liveQuery } from "dexie";
import { type DependencyList, useEffect, useState } from "react";

export function useLive<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const subscribe = () => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
  };
  // The caller lists what its query depends on, as with useEffect itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deps come from the caller
  useEffect(subscribe, deps);
  return value;
}
