// Age beside the baby's name, in the phrase every room uses (log/ageText.ts): real age, and for a baby born
// before 37 weeks the corrected age too (until two years), because development is read against the due
// date; before that date, how early the baby came and when they were due. An expected baby shows when
// they are due.
import { babyAge, daysBetween } from "../../../domain/age";
import { localDate } from "../../../domain/time";
import type { Baby } from "../../api/families";
import { useAgePhrase } from "../../log/useAgePhrase";

export function BabyAgeLine({ baby, timeZone }: { baby: Baby; timeZone: string }) {
  const phrase = useAgePhrase();
  const today = localDate(Date.now(), timeZone);
  if (!baby.birthDate) {
    if (!baby.dueDate) return null;
    return <p className="baby-age">{phrase.expected(daysBetween(today, baby.dueDate))}</p>;
  }
  const age = babyAge(baby.birthDate, today, baby.gestationalWeeks);
  return <p className="baby-age">{phrase.born(age.days, age.correctedDays)}</p>;
}
