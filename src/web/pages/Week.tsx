// The week's rhythm: seven days by twenty-four hours, sleep shaded and feeds marked. It shows a pattern,
// not a target. A table with the same facts is there for screen readers.
import { useTranslation } from "react-i18next";
import { Page } from "../components/Page";
import { useDuration } from "../log/describe";
import { useLogContext } from "../log/LogContext";
import { entriesBetween } from "../log/queries";
import { addDays, startOfDay } from "../log/time";
import type { LocalEntry } from "../log/types";
import { useLive } from "../log/useLive";

interface DayRow {
  day: Date;
  /** Minutes asleep in each hour, 0–60. */
  sleep: number[];
  /** Feeds starting in each hour. */
  feeds: number[];
  sleepMinutes: number;
  feedCount: number;
}

function buildRows(entries: LocalEntry[], first: Date, now: number): DayRow[] {
  const rows: DayRow[] = Array.from({ length: 7 }, (_, i) => ({
    day: addDays(first, i),
    sleep: Array(24).fill(0),
    feeds: Array(24).fill(0),
    sleepMinutes: 0,
    feedCount: 0,
  }));
  const start = first.getTime();
  for (const entry of entries) {
    const from = Date.parse(entry.startedAt);
    if (entry.type === "feed") {
      const d = new Date(from);
      const row = rows.find((r) => r.day.toDateString() === d.toDateString());
      if (row) {
        row.feeds[d.getHours()] = (row.feeds[d.getHours()] ?? 0) + 1;
        row.feedCount += 1;
      }
    } else if (entry.type === "sleep") {
      const to = entry.endedAt ? Date.parse(entry.endedAt) : now;
      // Walk the sleep hour by hour so a night across midnight lands on both days.
      for (let t = Math.max(from, start); t < to; ) {
        const hourEnd = new Date(t);
        hourEnd.setMinutes(60, 0, 0);
        const until = Math.min(hourEnd.getTime(), to);
        const d = new Date(t);
        const row = rows.find((r) => r.day.toDateString() === d.toDateString());
        if (row) {
          const minutes = (until - t) / 60_000;
          row.sleep[d.getHours()] = Math.min(60, (row.sleep[d.getHours()] ?? 0) + minutes);
          row.sleepMinutes += minutes;
        }
        t = until;
      }
    }
  }
  return rows;
}

export default function Week() {
  const { t, i18n } = useTranslation();
  const { sync, baby } = useLogContext();
  const duration = useDuration();
  const today = startOfDay(new Date());
  const first = addDays(today, -6);
  const entries = useLive(
    () => entriesBetween(sync.db, baby.id, addDays(first, -1), addDays(today, 1)),
    [sync, baby.id, first.getTime()],
  );
  const rows = buildRows(entries ?? [], first, Date.now());
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: "short", day: "numeric" });

  return (
    <Page title={t("week.title")} intro={t("week.intro")} className="log-page">
      <div className="week-legend" aria-hidden="true">
        <span className="legend-item">
          <span className="swatch swatch-sleep" /> {t("week.sleep")}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-feed" /> {t("week.feed")}
        </span>
      </div>
      <div className="week-grid" aria-hidden="true">
        <span />
        {[0, 6, 12, 18].map((h) => (
          <span key={h} className={`week-hour week-hour-${h}`}>
            {h}
          </span>
        ))}
        {rows.map((row) => (
          <WeekRow key={row.day.toISOString()} row={row} label={dayName.format(row.day)} />
        ))}
      </div>
      <table className="visually-hidden">
        <caption>{t("week.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("week.day")}</th>
            <th scope="col">{t("week.sleepTotal")}</th>
            <th scope="col">{t("week.feeds")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.day.toISOString()}>
              <th scope="row">{dayName.format(row.day)}</th>
              <td>{duration(Math.round(row.sleepMinutes))}</td>
              <td>{row.feedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

function WeekRow({ row, label }: { row: DayRow; label: string }) {
  return (
    <>
      <span className="week-day">{label}</span>
      {row.sleep.map((minutes, hour) => {
        const level = minutes >= 45 ? "full" : minutes >= 15 ? "part" : minutes > 0 ? "some" : "none";
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the hour is the identity of the cell
          <span key={hour} className={`week-cell sleep-${level}`}>
            {row.feeds[hour] ? <span className="feed-dot" /> : null}
          </span>
        );
      })}
    </>
  );
}
