// Check-in results over time, as the family shared them: per caregiver and questionnaire, a chart on the
// questionnaire's range with the numbers under it. Only results each caregiver chose to share with clinicians;
// when the share does not cover results at all, one line says so rather than an empty chart.
import { useTranslation } from "react-i18next";
import { type ScoreSeries, useCaseScreenings } from "../../api/caseReads";
import { ErrorAlert } from "../../components/ErrorAlert";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import { ScoreChart } from "./ScoreChart";
import "../../i18n/casereads";
import "../../styles/guide.css";
import "../../styles/case-reads.css";

export function CaseScreenings({ caseId, summary }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const shared = summary.scopes.includes("screenings");
  const series = useCaseScreenings(caseId, i18n.language.startsWith("es") ? "es" : "en", shared);
  const titleOf = (s: ScoreSeries) => {
    const baby = summary.babies.find((b) => b.id === s.babyId)?.name;
    return baby
      ? t("caseReads.screenings.seriesAboutBaby", { name: s.shortName, baby, caregiver: s.caregiver.name })
      : t("caseReads.screenings.series", { name: s.shortName, caregiver: s.caregiver.name });
  };

  return (
    <section aria-labelledby="case-screenings-heading" className="card stack case-reads-section">
      <h2 id="case-screenings-heading">{t("caseReads.screenings.heading")}</h2>
      {shared ? (
        <>
          <p>{t("caseReads.screenings.intro")}</p>
          <ErrorAlert error={series.error} />
          <CaseLoading when={series.isPending} />
          {series.data && !series.data.length ? <p>{t("caseReads.screenings.none")}</p> : null}
          {series.data?.map((s) => (
            <section
              key={`${s.caregiver.id}|${s.instrumentId}|${s.babyId ?? ""}`}
              aria-label={titleOf(s)}
              className="stack"
            >
              <h3>{titleOf(s)}</h3>
              <ScoreChart series={s} title={titleOf(s)} />
            </section>
          ))}
        </>
      ) : (
        <p className="field-hint">{t("caseReads.screenings.notShared")}</p>
      )}
    </section>
  );
}
