// Sleep and feeds per day: the average over the week's full days beside what is usual at this age (with its
// source), when to ask the baby's doctor, two small bar charts for the eye, and the same numbers as a table.
// The words describe and never grade: the week is not set above or below the range. Today, still under way,
// is in the chart and the table ("so far") but never in an average: half a day would read as a short one.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDuration } from "../../log/describe";
import type { Reflection, UsualRange } from "./api";
import { useDateFormat } from "./dates";
import { ScrollTable } from "./ScrollTable";
import { WeekBars } from "./WeekBars";

/** `today`: the family's calendar date, so today's row can say its numbers are so far. */
export function WeekNumbers({ week, today }: { week: Reflection; today: string }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const duration = useDuration();
  const dayShort = useDateFormat({ weekday: "narrow" });
  const dayLong = useDateFormat({ weekday: "short", day: "numeric", month: "short" });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const hours = week.days.map((d) => d.sleepMinutes / 60);
  const feeds = week.days.map((d) => d.feeds);
  const labels = week.days.map((d) => dayShort(d.date));
  const { sleep } = week;
  // A week still under way counts back from yesterday ("the last 6 full days"); a past week is all there.
  const ongoing = week.days.some((d) => !d.complete);
  const span = (days: number) =>
    days === week.fullDays
      ? t(ongoing ? "guide.week.span.last" : "guide.week.span.week", { count: days })
      : t(ongoing ? "guide.week.span.lastSome" : "guide.week.span.weekSome", {
          count: days,
          of: week.fullDays,
        });

  return (
    <section aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{t("guide.week.numbers")}</h2>
      <p className="guide-meta">{t("guide.week.averagesNote")}</p>

      <h3>{t("guide.week.sleep")}</h3>
      <p>
        {sleep.averageHours !== null
          ? t("guide.week.sleepAverage", { hours: number.format(sleep.averageHours), span: span(sleep.days) })
          : hours.some((h) => h > 0)
            ? t("guide.week.sleepToday")
            : t("guide.week.noSleep")}{" "}
        {sleep.range ? t("guide.week.sleepRange", rangeWords(sleep.range, number)) : null}
      </p>
      <Source range={sleep.range} />
      <p>{t("guide.week.sleepAsk")}</p>
      <WeekBars
        className="bars-sleep"
        values={hours}
        labels={labels}
        max={Math.max(1, ...hours)}
        format={(h) => number.format(Math.round(h * 10) / 10)}
      />

      <h3>{t("guide.week.feeds")}</h3>
      <p>
        {week.feeds.averagePerDay !== null
          ? t("guide.week.feedsAverage", {
              count: week.feeds.averagePerDay,
              value: number.format(week.feeds.averagePerDay),
              span: span(week.feeds.days),
            })
          : feeds.some((n) => n > 0)
            ? t("guide.week.feedsToday")
            : t("guide.week.noFeeds")}{" "}
        {week.feeds.range
          ? t("guide.week.feedsRange", rangeWords(week.feeds.range, number))
          : week.feeds.averagePerDay !== null && week.ageDays !== null
            ? t("guide.week.feedsNoRange")
            : null}
      </p>
      <Source range={week.feeds.range} />
      <p>{t("guide.week.feedsAsk")}</p>
      <WeekBars
        className="bars-feeds"
        values={feeds}
        labels={labels}
        max={Math.max(1, ...feeds)}
        format={(n) => number.format(n)}
      />

      <ScrollTable labelledBy={captionId}>
        <table className="week-table">
          <caption id={captionId}>{t("guide.week.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("guide.week.day")}</th>
              <th scope="col">{t("guide.week.sleep")}</th>
              <th scope="col">{t("guide.week.feeds")}</th>
            </tr>
          </thead>
          <tbody>
            {week.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date === today ? t("guide.week.todaySoFar") : dayLong(day.date)}</th>
                <td>{day.sleepMinutes > 0 ? duration(day.sleepMinutes) : t("guide.week.nothingLogged")}</td>
                <td>{day.feeds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

function rangeWords(range: UsualRange, number: Intl.NumberFormat) {
  return { low: number.format(range.low), high: number.format(range.high) };
}

/** Who the usual range comes from. */
function Source({ range }: { range: UsualRange | null }) {
  const { t } = useTranslation();
  if (!range) return null;
  return <p className="guide-meta">{t("guide.week.source", { source: range.source })}</p>;
}
