// Care that is going on now (a feed, a nap), pinned above the tab bar on every screen until it is stopped,
// whichever phone started it: the elapsed time, the breast side with a switch, and Stop, which saves the
// end (and each side's seconds) and then asks about moments together.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_DURATION_MS } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { editEntry } from "../../log/actions";
import { isBreast, type Side, sideSeconds, switchTo } from "../../log/breast";
import { LogProvider, useLogContext } from "../../log/LogContext";
import { runningForBabies } from "../../log/queries";
import type { LocalEntry } from "../../log/types";
import { useFilledLive } from "../../log/useLogKnown";
import { useNow } from "../../log/useNow";
import { MomentChips } from "../today/MomentChips";
import { timerClock } from "./timerClock";

export function RunningBar() {
  const { t } = useTranslation();
  const context = useLogContext();
  const { sync, family } = context;
  const babyIds = family.babies.map((b) => b.id);
  const running = useFilledLive((db) => runningForBabies(db, babyIds), [babyIds.join()]) ?? [];
  const [stopped, setStopped] = useState<LocalEntry | null>(null);
  const now = useNow();
  const ref = useRef<HTMLElement>(null);
  const shown = running.length > 0;

  // The page keeps room for the bar at its foot, so the bar never hides the end of a page.
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement.style;
    if (!shown || !el) {
      root.setProperty("--running-h", "0px");
      return;
    }
    const observer = new ResizeObserver(() => root.setProperty("--running-h", `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.setProperty("--running-h", "0px");
    };
  }, [shown]);

  async function stop(entry: LocalEntry) {
    // A timer forgotten overnight and more stops at the longest an entry may last, rather than being refused.
    const end = Math.min(Date.now(), Date.parse(entry.startedAt) + MAX_DURATION_MS - 1000);
    const details = isBreast(entry.details)
      ? switchTo(entry.details, entry.startedAt, end, entry.details.lastSide ?? "left")
      : entry.details;
    await editEntry(sync, entry.id, { endedAt: new Date(end).toISOString(), details });
    setStopped({ ...entry, endedAt: new Date(end).toISOString(), details });
  }

  function switchSide(entry: LocalEntry, next: Side) {
    if (!isBreast(entry.details)) return;
    void editEntry(sync, entry.id, { details: switchTo(entry.details, entry.startedAt, Date.now(), next) });
  }

  const babyOf = (entry: LocalEntry) => family.babies.find((b) => b.id === entry.babyId);
  const stoppedBaby = stopped ? babyOf(stopped) : undefined;

  return (
    <>
      {shown ? (
        <section ref={ref} className="running-bar" aria-label={t("timers.heading")}>
          <ul>
            {running.map((entry) => {
              const name = t(`entryType.${entry.type}`);
              const breast = isBreast(entry.details) ? entry.details : null;
              const side = breast?.lastSide ?? "left";
              // Whole seconds per side, and the total as their sum: the figures on screen always add up.
              const sides = breast ? sideSeconds(breast, entry.startedAt, now) : null;
              const total = sides
                ? Math.floor(sides.left) + Math.floor(sides.right)
                : (now - Date.parse(entry.startedAt)) / 1000;
              const other: Side = side === "left" ? "right" : "left";
              const whose = babyIds.length > 1 ? babyOf(entry)?.name : undefined;
              return (
                <li key={entry.id} className="running-row">
                  <p className="running-what">
                    <strong>{whose ? t("timers.forBaby", { type: name, name: whose }) : name}</strong>{" "}
                    <span className="timer-clock">{timerClock(total)}</span>
                    {breast && sides ? (
                      <span className="running-side">
                        {t("timers.sides", { left: timerClock(sides.left), right: timerClock(sides.right) })}
                        {" · "}
                        {t("timers.onSideShort", { side: t(`feed.side.${side}`) })}
                      </span>
                    ) : null}
                  </p>
                  <div className="running-actions">
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
        </section>
      ) : null}
      {stopped && stoppedBaby ? (
        <LogProvider value={{ ...context, baby: stoppedBaby }}>
          <MomentChips entryId={stopped.id} onDone={() => setStopped(null)} />
        </LogProvider>
      ) : null}
    </>
  );
}
