// Check-ins on a visit summary as a table: questionnaire, (who answered,) when, score on its range, band. The
// family's page lists the viewer's own; the clinician's case adds a column for the caregiver who answered.
import { useTranslation } from "react-i18next";
import type { VisitCheckIn } from "./api";
import { ScrollTable } from "./ScrollTable";
// The caregiver column's heading comes with the case reads (the clinician's visit view uses this table too).
import "../../i18n/casereads";

export function CheckInTable<C extends VisitCheckIn>({
  labelledBy,
  checkIns,
  babyName,
  when,
  answeredBy,
}: {
  labelledBy: string;
  checkIns: C[];
  babyName: string;
  when: Intl.DateTimeFormat;
  /** Adds the column of who answered each. */
  answeredBy?: (c: C) => string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable labelledBy={labelledBy}>
      <table className="visit-table">
        <thead>
          <tr>
            <th scope="col">{t("guide.visit.questionnaire")}</th>
            {answeredBy ? <th scope="col">{t("caseReads.visit.caregiver")}</th> : null}
            <th scope="col">{t("guide.visit.when")}</th>
            <th scope="col">{t("guide.visit.score")}</th>
            <th scope="col">{t("guide.visit.band")}</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.about === "baby"
                  ? t("guide.visit.aboutBaby", { name: c.shortName, baby: babyName })
                  : c.shortName}
              </th>
              {answeredBy ? <td>{answeredBy(c)}</td> : null}
              <td>{when.format(new Date(c.completedAt))}</td>
              <td>{t("guide.visit.scoreRange", { total: c.total, min: c.range.min, max: c.range.max })}</td>
              <td>{c.band ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
