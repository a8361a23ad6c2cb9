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
