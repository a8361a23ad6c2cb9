// The everyday care that held the most moments of connection this week, in words: which routines, and
// what the moments were. No counts and no minutes: it notices, it does not grade.
import { useTranslation } from "react-i18next";
import type { Reflection } from "./api";
import { useLogNames } from "./names";

/** A few is enough to notice a pattern; a long ranked list would start to feel like a score. */
const SHOWN = 3;

export function WeekRoutines({ routines }: { routines: Reflection["routines"] }) {
  const { t, i18n } = useTranslation();
  const names = useLogNames();
  const list = new Intl.ListFormat(i18n.language, { type: "conjunction" });
  return (
    <section aria-labelledby="routines-heading">
      <h2 id="routines-heading">{t("guide.week.routines")}</h2>
      {routines.length === 0 ? (
        <p>{t("guide.week.noRoutines")}</p>
      ) : (
        <>
          <p>{t("guide.week.routinesIntro")}</p>
          <ul className="card-list routine-list">
            {routines.slice(0, SHOWN).map((routine) => {
              const moments = Object.entries(routine.moments)
                .filter(([, n]) => n > 0)
                .sort(([, a], [, b]) => b - a)
                .map(([moment]) => names.moment(moment).toLocaleLowerCase(i18n.language));
              return (
                <li key={routine.type} className="card">
                  <h3 className="routine-name">{names.type(routine.type)}</h3>
                  <p>{t("guide.week.routineMoments", { moments: list.format(moments) })}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
