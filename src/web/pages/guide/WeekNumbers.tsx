// Sleep and feeds per day: the average beside what is usual at this age (with its source), two small bar
// charts for the eye, and the same numbers as a table. The words never grade ("below the range", never
// "too little"), and a day with nothing logged is left out of the average by the server.
import { useTranslation } from "react-i18next";
import { useDuration } from "../../log/describe";
import type { Reflection, UsualRange } from "./api";
import { useDateFormat } from "./dates";
import { WeekBars } from "./WeekBars";

export function WeekNumbers({ week }: { week: Reflection }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  const dayShort = useDateFormat({ weekday: "narrow" });
  const dayLong = useDateFormat({ weekday: "short", day: "numeric", month: "short" });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const hours = week.days.map((d) => d.sleepMinutes / 60);
  const feeds = week.days.map((d) => d.feeds);
  const labels = week.days.map((d) => dayShort(d.date));
  const { sleep } = week;

  return (
    <section aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{t("guide.week.numbers")}</h2>

      <h3>{t("guide.week.sleep")}</h3>
      <p>
        {sleep.averageHours === null
          ? t("guide.week.noSleep")
          : t("guide.week.sleepAverage", { hours: number.format(sleep.averageHours) })}{" "}
        {sleep.range ? t("guide.week.sleepRange", rangeWords(sleep.range, number)) : null}
      </p>
      <Relation relation={sleep.relation} range={sleep.range} />
      <WeekBars
        className="bars-sleep"
        values={hours}
        labels={labels}
        max={Math.max(1, ...hours)}
        format={(h) => number.format(Math.round(h * 10) / 10)}
      />

      <h3>{t("guide.week.feeds")}</h3>
      <p>
        {week.feeds.averagePerDay === null
          ? t("guide.week.noFeeds")
          : t("guide.week.feedsAverage", {
              count: week.feeds.averagePerDay,
              value: number.format(week.feeds.averagePerDay),
            })}{" "}
        {week.feeds.range
          ? t("guide.week.feedsRange", rangeWords(week.feeds.range, number))
          : week.feeds.averagePerDay !== null && week.ageDays !== null
            ? t("guide.week.feedsNoRange")
            : null}
      </p>
      <Relation relation={week.feeds.relation} range={week.feeds.range} />
      <WeekBars
        className="bars-feeds"
        values={feeds}
        labels={labels}
        max={Math.max(1, ...feeds)}
        format={(n) => number.format(n)}
      />

      <div className="table-scroll">
        <table className="week-table">
          <caption>{t("guide.week.tableCaption")}</caption>
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
                <th scope="row">{dayLong(day.date)}</th>
                <td>{day.sleepMinutes > 0 ? duration(day.sleepMinutes) : t("guide.week.nothingLogged")}</td>
                <td>{day.feeds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function rangeWords(range: UsualRange, number: Intl.NumberFormat) {
  return { low: number.format(range.low), high: number.format(range.high) };
}

/** Where the week sits beside the range, and who the range comes from. */
function Relation({
  relation,
  range,
}: {
  relation: Reflection["sleep"]["relation"];
  range: UsualRange | null;
}) {
  const { t } = useTranslation();
  if (!range) return null;
  return (
    <>
      {relation ? <p>{t(`guide.week.relation.${relation}`)}</p> : null}
      <p className="guide-meta">{t("guide.week.source", { source: range.source })}</p>
    </>
  );
}
