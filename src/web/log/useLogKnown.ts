// Whether this phone's copy of the log can be trusted to say "nothing here": it has heard from the server in
// this visit, or on an earlier one (a sync cursor is kept). On a new device, until the first pull answers,
// an empty list means "not here yet", never "nothing logged".
import { useLogContext, useSyncState } from "./LogContext";
import { useLive } from "./useLive";

export function useLogKnown(): boolean {
  const { sync } = useLogContext();
  const { loaded } = useSyncState();
  const pulledBefore = useLive(async () => (await sync.db.meta.get("cursor")) !== undefined, [sync]);
  return loaded || pulledBefore === true;
}

/**
 * True while a new device is still pulling its first copy of the log from the server. Lists wait for it to
 * finish rather than show the first part and then jump as newer entries land above it; offline, the list
 * shows what this phone holds, since the pull cannot come.
 */
export function useLogFilling(): boolean {
  const known = useLogKnown();
  const { reachable } = useSyncState();
  return !known && reachable;
}
