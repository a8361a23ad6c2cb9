// The head of a visit summary: which days it covers and the baby's age, in the phrase every room uses (with
// the corrected age for a baby born early). The same on the family's printable page and in the clinician's
// case file.
import { useTranslation } from "react-i18next";
import { useAgePhrase } from "../../log/useAgePhrase";
import { useDateRange } from "./dates";

export interface VisitPeriodProps {
  from: string;
  to: string;
  ageDays: number | null;
  correctedAgeDays: number | null;
}

export function VisitPeriod({ from, to, ageDays, correctedAgeDays }: VisitPeriodProps) {
  const { t } = useTranslation();
  const range = useDateRange();
  const age = useAgePhrase();
  return (
    <dl className="visit-facts">
      <div>
        <dt>{t("guide.visit.dates")}</dt>
        <dd>{range(from, to)}</dd>
      </div>
      {ageDays !== null ? (
        <div>
          <dt>{t("guide.visit.age")}</dt>
          <dd>{age.born(ageDays, correctedAgeDays)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
