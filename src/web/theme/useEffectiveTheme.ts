import { useSyncExternalStore } from "react";
import { effectiveTheme, subscribeToTheme } from "./theme";

/** Re-renders when the theme on screen changes, whatever changed it. */
export function useEffectiveTheme(): "light" | "night" {
  return useSyncExternalStore(subscribeToTheme, effectiveTheme, () => "light");
}
