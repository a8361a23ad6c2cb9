// Warning signs from this phone's copy of the log, for when the server can't be asked: a fever logged in the
// last day must still come first offline. The same pure ranking the server uses (src/domain/guidance).
import { type CryingAlert, rankCryingReasons } from "../../../domain/guidance/crying";
import { useLogContext } from "../../log/LogContext";
import { entriesBetween } from "../../log/queries";
import { useLive } from "../../log/useLive";

const TWO_DAYS_MS = 48 * 60 * 60 * 1000;

export function useLocalAlerts(): { alerts: CryingAlert[]; ageDays: number | null } {
  const { sync, baby, family } = useLogContext();
  const found = useLive(async () => {
    const now = Date.now();
    const entries = await entriesBetween(sync.db, baby.id, new Date(now - TWO_DAYS_MS), new Date(now + 1));
    return rankCryingReasons({
      baby,
      now,
      timeZone: family.timeZone,
      entries: entries.map((e) => ({
        type: e.type,
        startedAt: Date.parse(e.startedAt),
        endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
        details: e.details,
      })),
    });
  }, [sync, baby, family.timeZone]);
  if (!found) return { alerts: [], ageDays: null };
  return { alerts: found.alerts, ageDays: found.age.estimated ? null : found.age.days };
}
