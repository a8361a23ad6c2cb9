// Whether this phone's copy of the log can be trusted to say "nothing here": it has heard from the server in
// this visit, or on an earlier one (a sync cursor is kept). On a new device, until the first pull answers,
// an empty list means "not here yet", never "nothing logged".
import type { DependencyList } from "react";
import type { LogDb } from "./db";
import { useLogContext, useSyncState } from "./LogContext";
import { logFilled } from "./sync";
import type { LocalEntry } from "./types";
import { useLive } from "./useLive";

export function useLogKnown(): boolean {
  const { sync } = useLogContext();
  const { loaded } = useSyncState();
  const pulledBefore = useLive(async () => (await sync.db.meta.get("cursor")) !== undefined, [sync]);
  return loaded || pulledBefore === true;
}

/**
 * What a list of the log shows: its entries, or undefined while a new device is still pulling its first copy
 * from the server. A list waits for the whole pull rather than show the first part and then jump as newer
 * entries land above it. The entries and whether the pull is done are read in one query, so they change in
 * the same render. Offline, the list shows what this phone holds, since the pull cannot come.
 */
export function useListedEntries(
  read: (db: LogDb) => Promise<LocalEntry[]>,
  deps: DependencyList,
): LocalEntry[] | undefined {
  const { sync } = useLogContext();
  const { reachable } = useSyncState();
  const answer = useLive(
    async () => ({ entries: await read(sync.db), filled: await logFilled(sync.db) }),
    [sync, ...deps],
  );
  return answer && (answer.filled || !reachable) ? answer.entries : undefined;
}
