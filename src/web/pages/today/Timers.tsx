// Timers that are running now, whichever phone started them: elapsed time, the breast side with a switch,
// and Stop, which saves the end (and each side's seconds).
import { useTranslation } from "react-i18next";
import { MAX_DURATION_MS } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { editEntry } from "../../log/actions";
import { isBreast, type Side, sideSeconds, switchTo } from "../../log/breast";
import { useLogContext } from "../../log/LogContext";
import { runningEntries } from "../../log/queries";
import type { LocalEntry } from "../../log/types";
import { useLive } from "../../log/useLive";
import { useNow } from "../../log/useNow";
import { MomentIdea } from "./ideas/MomentIdea";

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

interface TimersProps {
  onStopped: (entry: LocalEntry) => void;
  /** Offer an idea for the newest running care (off while the after-logging row shows its own). */
  showIdea: boolean;
}

export function Timers({ onStopped, showIdea }: TimersProps) {
  const { t } = useTranslation();
  const { sync, baby } = useLogContext();
  const running = useLive(() => runningEntries(sync.db, baby.id), [sync, baby.id]) ?? [];
  const now = useNow();
  if (running.length === 0) return null;
  const newest = running.reduce((a, e) => (e.startedAt > a.startedAt ? e : a));

  async function stop(entry: LocalEntry) {
    // A timer forgotten overnight and more stops at the longest an entry may last, rather than being refused.
    const end = Math.min(Date.now(), Date.parse(entry.startedAt) + MAX_DURATION_MS - 1000);
    const details = isBreast(entry.details)
      ? switchTo(entry.details, entry.startedAt, end, entry.details.lastSide ?? "left")
      : entry.details;
    await editEntry(sync, entry.id, { endedAt: new Date(end).toISOString(), details });
    onStopped({ ...entry, endedAt: new Date(end).toISOString(), details });
  }

  function switchSide(entry: LocalEntry, next: Side) {
    if (!isBreast(entry.details)) return;
    void editEntry(sync, entry.id, { details: switchTo(entry.details, entry.startedAt, Date.now(), next) });
  }

  return (
    <section className="timers" aria-labelledby="timers-heading">
      <h2 id="timers-heading">{t("timers.heading")}</h2>
      <ul className="card-list">
        {running.map((entry) => {
          const name = t(`entryType.${entry.type}`);
          const elapsed = (now - Date.parse(entry.startedAt)) / 1000;
          const breast = isBreast(entry.details) ? entry.details : null;
          const side = breast?.lastSide ?? "left";
          const sides = breast ? sideSeconds(breast, entry.startedAt, now) : null;
          const other: Side = side === "left" ? "right" : "left";
          return (
            <li key={entry.id} className="card timer-card">
              <p className="timer-title">
                <strong>{name}</strong> <span className="timer-clock">{clock(elapsed)}</span>
              </p>
              {breast && sides ? (
                <p>
                  {t("timers.onSide", { side: t(`feed.side.${side}`) })}{" "}
                  <span className="field-hint">
                    {t("timers.sides", { left: clock(sides.left), right: clock(sides.right) })}
                  </span>
                </p>
              ) : null}
              <div className="button-row">
                {breast ? (
                  <Button variant="secondary" onClick={() => switchSide(entry, other)}>
                    {t("timers.switchTo", { side: t(`feed.side.${other}`) })}
                  </Button>
                ) : null}
                <Button
                  id={`stop-${entry.id}`}
                  onClick={() => void stop(entry)}
                  aria-label={t("timers.stopLabel", { type: name })}
                >
                  {t("timers.stop")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {showIdea && newest ? <MomentIdea key={newest.id} entryId={newest.id} type={newest.type} /> : null}
    </section>
  );
}
