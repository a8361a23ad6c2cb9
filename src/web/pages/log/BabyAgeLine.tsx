// Age beside the baby's name: real age, and for a baby born before 37 weeks the corrected age too (until two
// years), because development is read against the due date. An expected baby shows when they are due.
import { useTranslation } from "react-i18next";
import { babyAge, daysBetween } from "../../../domain/age";
import { localDate } from "../../../domain/time";
import type { Baby } from "../../api/families";
import { ageText } from "../../log/ageText";

export function BabyAgeLine({ baby, timeZone }: { baby: Baby; timeZone: string }) {
  const { t } = useTranslation();
  const today = localDate(Date.now(), timeZone);
  if (!baby.birthDate) {
    if (!baby.dueDate) return null;
    const until = daysBetween(today, baby.dueDate);
    return (
      <p className="baby-age">{until > 0 ? t("age.dueIn", { when: ageText(t, until) }) : t("age.dueNow")}</p>
    );
  }
  const age = babyAge(baby.birthDate, today, baby.gestationalWeeks);
  const real = ageText(t, age.days);
  if (age.correctedDays === undefined) return <p className="baby-age">{t("age.old", { age: real })}</p>;
  const corrected =
    age.correctedDays < 0
      ? t("age.beforeDue", { when: ageText(t, -age.correctedDays) })
      : ageText(t, age.correctedDays);
  return <p className="baby-age">{t("age.withCorrected", { age: real, corrected })}</p>;
}
