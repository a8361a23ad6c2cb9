// A baby's age in the words parents use: days in the first fortnight, then weeks to about three months, then
// months, then years and months. Corrected age (for a baby born early) uses the same words.
import type { TFunction } from "i18next";

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
