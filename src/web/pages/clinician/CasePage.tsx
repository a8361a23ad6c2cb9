// One case: the dyad(s) at a glance and the care the family shares. Every visit is in the family's access
// log; when the family ends the share, the next visit finds nothing.
// A case runs long (a dozen parts), so a list of links to each part comes first; each part fetches its own
// data and says it is loading in its own place, so the part a clinician jumps to does not wait on the rest.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useCase } from "../../api/sharing";
import { Loading } from "../../app/Loading";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { CaseFacts } from "./CaseFacts";
import { CaseParts } from "./CaseParts";
import { useCasePartFocus } from "./casePartFocus";
import { type CasePartLabel, caseSections } from "./caseSections";
import "../../i18n/sharing";
import "../../i18n/casefile";
import "../../styles/sharing.css";
import "../../styles/case-file.css";

const parts: { key: string; label: CasePartLabel }[] = [
  { key: "overview", label: "caseFile.part.overview" },
  ...caseSections,
];
const partKeys = parts.map((p) => p.key);

export default function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const found = useCase(id);
  const c = found.data;
  useCasePartFocus(Boolean(c), partKeys);
  if (found.error instanceof ApiError && found.error.status === 404)
    return (
      <Page title={t("case.gone")}>
        <p>{t("case.goneHint")}</p>
        <p>
          <Link to="/caseload">{t("case.back")}</Link>
        </p>
      </Page>
    );
  return (
    <Page title={c?.familyName ?? t("case.loading")} className="case-page">
      <ErrorAlert error={found.error} />
      {found.isPending ? <Loading /> : null}
      {c ? (
        <div className="case-layout">
          <CaseParts parts={parts} />
          <div className="case-body stack">
            <section id="overview" aria-labelledby="overview-heading" className="card stack case-part">
              <h2 id="overview-heading">{t("case.overview")}</h2>
              <CaseFacts summary={c} />
            </section>
            {caseSections.map(({ key, Component }) => (
              <div key={key} id={key} className="case-part">
                <Component caseId={c.id} summary={c} />
              </div>
            ))}
          </div>
        </div>
      ) : null}
      <p>
        <Link to="/caseload">{t("case.back")}</Link>
      </p>
    </Page>
  );
}
