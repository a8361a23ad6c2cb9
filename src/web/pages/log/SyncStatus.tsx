// "All saved", "3 waiting" or "Offline": whether what was logged on this phone has reached the family.
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
  const waiting = useLive(() => countWaiting(sync.db), [sync]) ?? 0;
  let text = t("sync.saved");
  if (!online || !state.reachable)
    text = waiting ? t("sync.offlineWaiting", { count: waiting }) : t("sync.offline");
  else if (waiting) text = t("sync.waiting", { count: waiting });
  return (
    <p className="sync-status" role="status" data-waiting={waiting}>
      {text}
    </p>
  );
}
