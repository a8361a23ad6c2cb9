// Whether this phone's copy of the log can be trusted to say "nothing here": it has heard from the server in
// this visit, or on an earlier one (a sync cursor is kept). On a new device, until the first pull answers,
// an empty list means "not here yet", never "nothing logged".
import type { DependencyList } from "react";
import type { LogDb } from "./db";
import { useLogContext, useSyncState } from "./LogContext";
import { logFilled } from "./sync";
import { useLive } from "./useLive";

export function useLogKnown(): boolean {
  const { sync } = useLogContext();
  const { loaded } = useSyncState();
  const pulledBefore = useLive(async () => (await sync.db.meta.get("cursor")) !== undefined, [sync]);
  return loaded || pulledBefore === true;
}

/**
 * A live read of the log that waits for a new device's first pull, as lists do. While that pull runs (online,
 * never pulled whole before) the query reads only whether it is done, so it does not observe the entries:
 * the pull's many writes do not run it again each time (a read of every entry, such as finding care still
 * going on, made a three-year first pull take minutes). Lists use it too, so they never show the first part of
 * a pull and then jump as newer entries land above it. Offline, it reads what this phone holds.
 */
export function useFilledLive<T>(read: (db: LogDb) => Promise<T>, deps: DependencyList): T | undefined {
  const { sync } = useLogContext();
  const { reachable } = useSyncState();
  const answer = useLive(async () => {
    if (reachable && !(await logFilled(sync.db))) return { ready: false as const };
    return { ready: true as const, value: await read(sync.db) };
  }, [sync, reachable, ...deps]);
  return answer?.ready ? answer.value : undefined;
}
