// A baby's age as a clinician would say it: days in the first two weeks, weeks until three months, then
// months (whole ones, as on growth charts).
import { useTranslation } from "react-i18next";

const DAYS_PER_MONTH = 365.25 / 12;

export function useAgeWords(): (days: number) => string {
  const { t } = useTranslation();
  return (days: number) => {
    if (days < 14) return t("guide.visit.ageDays", { count: days });
    if (days < 91) return t("guide.visit.ageWeeks", { count: Math.floor(days / 7) });
    return t("guide.visit.ageMonths", { count: Math.floor(days / DAYS_PER_MONTH) });
  };
}
