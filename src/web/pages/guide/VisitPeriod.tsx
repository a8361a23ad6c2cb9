// The head of a visit summary: which days it covers and the baby's age (and corrected age, for a baby born
// early). The same on the family's printable page and in the clinician's case file.
import { useTranslation } from "react-i18next";
import { useDateRange } from "./dates";
import { useAgeWords } from "./useAgeWords";

export interface VisitPeriodProps {
  from: string;
  to: string;
  ageDays: number | null;
  correctedAgeDays: number | null;
}

export function VisitPeriod({ from, to, ageDays, correctedAgeDays }: VisitPeriodProps) {
  const { t } = useTranslation();
  const range = useDateRange();
  const age = useAgeWords();
  return (
    <dl className="visit-facts">
      <div>
        <dt>{t("guide.visit.dates")}</dt>
        <dd>{range(from, to)}</dd>
      </div>
      {ageDays !== null ? (
        <div>
          <dt>{t("guide.visit.age")}</dt>
          <dd>{age(ageDays)}</dd>
        </div>
      ) : null}
      {correctedAgeDays !== null ? (
        <div>
          <dt>{t("guide.visit.correctedAge")}</dt>
          <dd>{age(correctedAgeDays)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
