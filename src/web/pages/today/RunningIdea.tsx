// While care is going on (a feed, a bath), one small idea for it, under the Log buttons. The timer itself
// is pinned above the tab bar (src/web/pages/running/RunningBar.tsx).
import { useLogContext } from "../../log/LogContext";
import { runningEntries } from "../../log/queries";
import { useFilledLive } from "../../log/useLogKnown";
import { MomentIdea } from "./ideas/MomentIdea";

export function RunningIdea() {
  const { baby } = useLogContext();
  const running = useFilledLive((db) => runningEntries(db, baby.id), [baby.id]) ?? [];
  if (running.length === 0) return null;
  const newest = running.reduce((a, e) => (e.startedAt > a.startedAt ? e : a));
  return <MomentIdea key={newest.id} entryId={newest.id} type={newest.type} />;
}
