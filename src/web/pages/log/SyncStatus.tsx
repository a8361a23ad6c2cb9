// "All saved", "3 waiting", "Offline" or, before the first answer, "Getting your log…": whether what was
// logged on this phone has reached the family. "All saved" is said only once the server has answered and
// the outbox is empty.
import { useTranslation } from "react-i18next";
import { useOnline } from "../../app/useOnline";
import { useLogContext, useSyncState } from "../../log/LogContext";
import { countWaiting } from "../../log/queries";
import { useLive } from "../../log/useLive";

export function SyncStatus() {
  const { t } = useTranslation();
  const { sync } = useLogContext();
  const online = useOnline();
  const state = useSyncState();
  const waiting = useLive(() => countWaiting(sync.db), [sync]);
  let text = t("sync.saved");
  if (!online || !state.reachable)
    text = waiting ? t("sync.offlineWaiting", { count: waiting }) : t("sync.offline");
  else if (waiting) text = t("sync.waiting", { count: waiting });
  else if (!state.loaded || waiting === undefined) text = t("sync.checking");
  return (
    <p className="sync-status" role="status" data-waiting={waiting ?? 0}>
      {text}
    </p>
  );
}
