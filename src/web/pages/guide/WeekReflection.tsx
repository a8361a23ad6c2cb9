// A gentle look back on a week: the routines that carried the most moments of connection, sleep and feeds
// averaged over the week's full days beside what is usual for the age (described, with the source, never
// graded), and one idea for next week. A description, never a score.
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { addCalendarDays, localDate } from "../../../domain/time";
import { Loading } from "../../app/Loading";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useLogContext } from "../../log/LogContext";
import { useReflection } from "./api";
import { BackToGuide } from "./BackToGuide";
import { isCalendarDate, useDateRange } from "./dates";
import { IdeaToTry } from "./IdeaToTry";
import { WeekNumbers } from "./WeekNumbers";
import { WeekRoutines } from "./WeekRoutines";
import "../../i18n/guidance";
import "../../styles/guide.css";

export default function WeekReflection() {
  const { t } = useTranslation();
  const { baby, family } = useLogContext();
  const [params] = useSearchParams();
  const asked = params.get("from");
  const reflection = useReflection(baby.id, isCalendarDate(asked) ? asked : null);
  const range = useDateRange();
  const week = reflection.data;
  // The family's today: the latest week ends there, so "next" stops at it.
  const today = localDate(Date.now(), family.timeZone);

  return (
    <Page
      title={t("guide.week.title")}
      intro={t("guide.week.intro", { name: baby.name })}
      className="guide-page"
    >
      {week ? (
        <nav className="week-switch" aria-label={t("guide.week.weeks")}>
          <Link to={`?from=${addCalendarDays(week.from, -7)}`} className="button button-secondary">
            {t("guide.week.previous")}
          </Link>
          <p className="week-range" aria-live="polite">
            {range(week.from, week.to)}
          </p>
          {week.to < today ? (
            <Link to={`?from=${addCalendarDays(week.from, 7)}`} className="button button-secondary">
              {t("guide.week.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <ErrorAlert error={reflection.error} />
      {reflection.isPending ? <Loading /> : null}
      {week ? (
        <>
          <WeekRoutines routines={week.routines} />
          <WeekNumbers week={week} today={today} />
        </>
      ) : null}
      {/* Below the week, so they wait for it: drawn first, they were pushed down when the week arrived. */}
      {reflection.isPending ? null : (
        <>
          <IdeaToTry babyId={baby.id} />
          <BackToGuide />
        </>
      )}
    </Page>
  );
}
