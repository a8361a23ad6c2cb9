// The age phrase (ageText.ts) for a page, with its catalogue loaded: any page that shows an age, whichever
// other words it carries, says it the same way.
import { useTranslation } from "react-i18next";
import { summarizeAge } from "../../domain/age";
import { agePhrase, dueText } from "./ageText";
import "../i18n/age";

export function useAgePhrase() {
  const { t } = useTranslation();
  return {
    /** `correctedDays` as the server or `babyAge` gives it: null or absent when none is shown. */
    born: (days: number, correctedDays?: number | null) => agePhrase(t, summarizeAge(days, correctedDays)),
    expected: (dueInDays: number) => dueText(t, dueInDays),
  };
}
