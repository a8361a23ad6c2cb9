// The week's rhythm: seven days by twenty-four hours, sleep shaded and feeds marked. It shows a pattern,
// not a target. A table with the same facts is there for screen readers.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { dayBounds, localDate } from "../../domain/time";
import { Page } from "../components/Page";
import { useDuration } from "../log/describe";
import { useFamilyFormat } from "../log/familyClock";
import { useLogContext } from "../log/LogContext";
import { entriesBetween } from "../log/queries";
import { type DayRow, weekDays, weekRows } from "../log/rhythm";
import { useLive } from "../log/useLive";
import { useLogKnown } from "../log/useLogKnown";
import { useNow } from "../log/useNow";
import "../i18n/guidance"; // for the link to the week's reflection in the Guide

export default function Week() {
  const { t } = useTranslation();
  const { sync, baby, family } = useLogContext();
  const duration = useDuration();
  const zone = family.timeZone;
  const now = useNow(60_000);
  // Days are the family's days: a caregiver whose phone is in another zone sees the same week.
  const today = localDate(now, zone);
  const [firstDay] = weekDays(today);
  // From the day before, so a night's sleep that began then still shades this week's first morning.
  const from = dayBounds(firstDay ?? today, zone)[0] - 86_400_000;
  const to = dayBounds(today, zone)[1];
  const known = useLogKnown();
  const entries = useLive(
    () => entriesBetween(sync.db, baby.id, new Date(from), new Date(to)),
    [sync, baby.id, from, to],
  );
  const rows = weekRows(entries ?? [], today, zone, now);
  const dayName = useFamilyFormat({ weekday: "short", day: "numeric" });

  return (
    <Page title={t("week.title")} intro={t("week.intro")} className="log-page">
      {!entries || (entries.length === 0 && !known) ? (
        <p className="loading" role="status">
          {t("loadingLog")}
        </p>
      ) : null}
      <div className="week-legend" aria-hidden="true">
        <span className="legend-item">
          <span className="swatch swatch-sleep" /> {t("week.sleepFull")}
        </span>
        <span className="legend-item">
          <span className="swatch sleep-part" /> {t("week.sleepPart")}
        </span>
        <span className="legend-item">
          <span className="swatch sleep-some" /> {t("week.sleepSome")}
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
          <WeekRow key={row.date} row={row} label={dayName.format(row.start)} />
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
            <tr key={row.date}>
              <th scope="row">{dayName.format(row.start)}</th>
              <td>{duration(Math.round(row.sleepMinutes))}</td>
              <td>{row.feedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to="/guide/week">{t("guide.week.fromWeek")}</Link>
      </p>
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
