// The visit summary's day-by-day table: feeds (and how), sleep, wet and dirty diapers.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDuration } from "../../log/describe";
import { formatWithUnit, volumeIn } from "../../log/units";
import { useUnits } from "../../log/useUnits";
import type { VisitSummary } from "./api";
import { useDateFormat } from "./dates";
import { ScrollTable } from "./ScrollTable";

export function VisitDays({ days }: { days: VisitSummary["days"] }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const units = useUnits();
  const day = useDateFormat({ weekday: "short", day: "numeric", month: "short" });
  const captionId = useId();
  const bottle = (ml: number) =>
    ml > 0 ? formatWithUnit(volumeIn(ml, units.volume), units.volume, units.locale) : "–";
  return (
    <section aria-labelledby={`${captionId}-heading`}>
      <h2 id={`${captionId}-heading`}>{t("guide.visit.byDay")}</h2>
      <ScrollTable labelledBy={captionId}>
        <table className="visit-table">
          <caption id={captionId}>{t("guide.visit.byDayCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("guide.visit.day")}</th>
              <th scope="col">{t("guide.visit.feeds")}</th>
              <th scope="col">{t("guide.visit.breast")}</th>
              <th scope="col">{t("guide.visit.bottle")}</th>
              <th scope="col">{t("guide.visit.solids")}</th>
              <th scope="col">{t("guide.visit.sleep")}</th>
              <th scope="col">{t("guide.visit.wet")}</th>
              <th scope="col">{t("guide.visit.dirty")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{day(d.date)}</th>
                <td>{d.feeds}</td>
                <td>{d.breastFeeds}</td>
                <td>{bottle(d.bottleMl)}</td>
                <td>{d.solids}</td>
                <td>{d.sleepMinutes > 0 ? duration(d.sleepMinutes) : "–"}</td>
                <td>{d.wet}</td>
                <td>{d.dirty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
