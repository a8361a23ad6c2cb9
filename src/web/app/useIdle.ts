// For requests the screen can do without at first (the day's idea, whether the person has a directory
// listing): true once the browser has had a quiet moment after this component appeared. On a phone opening
// the app that is after the first screen has painted, so these requests do not queue in front of it; on a
// later visit to the page it is a frame or so.
import { useEffect, useState } from "react";

/** The longest the wait can be, should the page never go quiet. */
const AT_MOST_MS = 1_500;

export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    // Safari has no requestIdleCallback: a short timer lets the first paint go first there too.
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: AT_MOST_MS });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
