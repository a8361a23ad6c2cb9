// The case as a FHIR R4 bundle, for a clinical record system: a plain download link to the API (the session
// cookie goes with it), so nothing is built in the browser and the server decides what the file holds.
import { useTranslation } from "react-i18next";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/fhir";
import "../../styles/fhir-export.css";

export function FhirExport({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-fhir-heading" className="card stack fhir-export">
      <h2 id="case-fhir-heading">{t("fhirExport.heading")}</h2>
      <p>{t("fhirExport.intro")}</p>
      <a
        className="button button-secondary"
        href={`/api/cases/${encodeURIComponent(caseId)}/fhir`}
        download={`attune-case-${caseId}.fhir.json`}
      >
        {t("fhirExport.download")}
      </a>
    </section>
  );
}
