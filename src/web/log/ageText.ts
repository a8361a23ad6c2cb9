// A baby's age in the words parents use, and the one age phrase every room shows (the family's app, the
// Guide's visit summary, the clinician's case file): "7 weeks old, 2 weeks corrected", or before the due
// date "9 weeks old, born 10 weeks early, due in 9 days". The numbers come from domain/age.ts; these are
// only the words, pure (the translator is passed in) so they can be checked without a browser. The
// catalogue is src/web/i18n/age.*.json, added by useAgePhrase.ts.
import type { TFunction } from "i18next";
import type { AgeSummary } from "../../domain/age.js"; // .js: unit-tested under Node's rules

/** An age: days in the first fortnight, then weeks to about three months, then months, then years. */
export function ageText(t: TFunction, days: number): string {
  if (days < 14) return t("age.days", { count: Math.max(0, days) });
  if (days < 91) return t("age.weeks", { count: Math.floor(days / 7) });
  const months = Math.floor(days / 30.4375);
  if (months < 24) return t("age.months", { count: months });
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest
    ? t("age.yearsMonths", {
        years: t("age.years", { count: years }),
        months: t("age.months", { count: rest }),
      })
    : t("age.years", { count: years });
}

/**
 * A stretch of time that is not an age (how early a baby came, how long until the due date): days in the
 * first fortnight, then the nearest whole week, since "born 8 weeks early" is how it is said of 54 days.
 */
export function spanText(t: TFunction, days: number): string {
  if (days < 14) return t("age.days", { count: Math.max(0, days) });
  return t("age.weeks", { count: Math.round(days / 7) });
}

/** The age phrase for a born baby. */
export function agePhrase(t: TFunction, age: AgeSummary): string {
  const real = ageText(t, age.days);
  if (age.kind === "age") return t("age.old", { age: real });
  if (age.kind === "corrected")
    return t("age.corrected", { age: real, corrected: ageText(t, age.correctedDays) });
  const early = spanText(t, age.earlyDays);
  return age.dueInDays === 0
    ? t("age.beforeDueToday", { age: real, early })
    : t("age.beforeDue", { age: real, early, due: spanText(t, age.dueInDays) });
}

/** For a baby not yet born: how long until the due date. */
export function dueText(t: TFunction, dueInDays: number): string {
  return dueInDays > 0 ? t("age.dueIn", { when: spanText(t, dueInDays) }) : t("age.dueNow");
}
