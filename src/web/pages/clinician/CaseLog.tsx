// The family's shared care log for the last two weeks, on the family's clock: a table of each day's care (with
// bars to read the shape at a glance, and the numbers for everyone) and then each day's entries, folded away
// but for the latest day (a fortnight can hold hundreds). Counts
// describe the days; nothing here scores a family. Moments, cues and notes appear only when the family
// shares them (the "moments" scope); the server leaves them out otherwise.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { summarizeSentDay } from "../../../domain/entries/summary";
import { addCalendarDays, dayBounds, localDate, startOfDay, zonedTime } from "../../../domain/time";
import { useCaseLog } from "../../api/caseReads";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDescribe, useDuration } from "../../log/describe";
import { familyFormat } from "../../log/familyClock";
import type { Entry } from "../../log/types";
import { ScrollTable } from "../guide/ScrollTable";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/casereads";
import "../../i18n/log";
import "../../styles/guide.css";
import "../../styles/case-reads.css";

const DAYS = 14;

interface Day {
  date: string;
  entries: Entry[];
  feeds: number;
  sleepMinutes: number;
  diapers: number;
  moments: number;
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="case-log-bar" aria-hidden="true">
      <span style={{ inlineSize: `${max ? Math.round((value / max) * 100) : 0}%` }} />
    </span>
  );
}

export function CaseLog({ caseId, summary }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  const duration = useDuration();
  const shared = summary.scopes.includes("entries");
  const withMoments = summary.scopes.includes("moments");
  const tz = summary.timeZone;
  // Fixed for the life of the page, so the query key (and the days shown) do not shift under the reader.
  const [now, dates] = useMemo(() => {
    const at = Date.now();
    const today = localDate(at, tz);
    return [at, Array.from({ length: DAYS }, (_, i) => addCalendarDays(today, -i))] as const;
  }, [tz]);
  const oldest = dates[DAYS - 1] as string;
  const log = useCaseLog(caseId, new Date(startOfDay(oldest, tz)).toISOString(), shared);

  const days: Day[] = useMemo(
    () =>
      dates.map((date) => {
        const bounds = dayBounds(date, tz);
        const all = log.data ?? [];
        const held = summarizeSentDay(all, bounds, now);
        return {
          date,
          entries: all.filter((e) => {
            const at = Date.parse(e.startedAt);
            return at >= bounds[0] && at < bounds[1];
          }),
          feeds: held.counts.feed ?? 0,
          sleepMinutes: held.sleepMinutes,
          diapers: held.counts.diaper ?? 0,
          moments: Object.values(held.moments).reduce((sum, n) => sum + (n ?? 0), 0),
        };
      }),
    [dates, log.data, tz, now],
  );

  const dayName = familyFormat(i18n.language, tz, { weekday: "short", day: "numeric", month: "short" });
  const clock = familyFormat(i18n.language, tz, { hour: "numeric", minute: "2-digit" });
  const labelOf = (date: string) => dayName.format(new Date(zonedTime(date, 12, 0, tz)));
  const most = {
    feeds: Math.max(0, ...days.map((d) => d.feeds)),
    sleep: Math.max(0, ...days.map((d) => d.sleepMinutes)),
    diapers: Math.max(0, ...days.map((d) => d.diapers)),
    moments: Math.max(0, ...days.map((d) => d.moments)),
  };
  const logged = days.filter((d) => d.entries.length);
  const detailsOf = (e: Entry) => {
    const words = describe(e, now);
    return words ? ` · ${words}` : "";
  };

  return (
    <section aria-labelledby="case-log-heading" className="card stack case-reads-section">
      <h2 id="case-log-heading">{t("caseReads.log.heading")}</h2>
      {shared ? (
        <>
          <p>{t("caseReads.log.intro", { days: DAYS })}</p>
          <ErrorAlert error={log.error} />
          <CaseLoading when={log.isPending} />
          {log.data && !log.data.length ? <p>{t("caseReads.log.none", { days: DAYS })}</p> : null}
          {log.data?.length ? (
            <>
              <ScrollTable labelledBy="case-log-caption">
                <table className="case-log-table">
                  <caption id="case-log-caption">{t("caseReads.log.caption", { days: DAYS })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("caseReads.log.day")}</th>
                      <th scope="col">{t("caseReads.log.feeds")}</th>
                      <th scope="col">{t("caseReads.log.sleep")}</th>
                      <th scope="col">{t("caseReads.log.diapers")}</th>
                      {withMoments ? <th scope="col">{t("caseReads.log.moments")}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {days.map((d) => (
                      <tr key={d.date}>
                        <th scope="row">{labelOf(d.date)}</th>
                        <td>
                          {d.feeds}
                          <Bar value={d.feeds} max={most.feeds} />
                        </td>
                        <td>
                          {d.sleepMinutes ? duration(d.sleepMinutes) : "0"}
                          <Bar value={d.sleepMinutes} max={most.sleep} />
                        </td>
                        <td>
                          {d.diapers}
                          <Bar value={d.diapers} max={most.diapers} />
                        </td>
                        {withMoments ? (
                          <td>
                            {d.moments}
                            <Bar value={d.moments} max={most.moments} />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
              <h3>{t("caseReads.log.byDay")}</h3>
              {logged.map((d, i) => (
                <details key={d.date} className="case-log-day" open={i === 0}>
                  <summary>
                    {t("caseReads.log.dayEntries", { day: labelOf(d.date), count: d.entries.length })}
                  </summary>
                  <ul className="case-entries">
                    {d.entries.map((e) => (
                      <li key={e.id}>
                        <time dateTime={e.startedAt}>{clock.format(new Date(e.startedAt))}</time> ·{" "}
                        {t(`entryType.${e.type}` as "entryType.feed", { defaultValue: e.type })}
                        {detailsOf(e)}
                        {e.moments.length
                          ? ` · ${e.moments.map((m) => t(`moment.${m}` as "moment.eye_contact", { defaultValue: m })).join(", ")}`
                          : ""}
                        {e.note ? <q>{e.note}</q> : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </>
          ) : null}
        </>
      ) : (
        <p className="field-hint">{t("caseReads.log.notShared")}</p>
      )}
    </section>
  );
}
