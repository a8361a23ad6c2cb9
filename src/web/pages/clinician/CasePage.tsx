// One case: the dyad(s) at a glance and the care the family shares. Every visit is in the family's access
// log; when the family ends the share, the next visit finds nothing.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useCase } from "../../api/sharing";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { CaseFacts } from "./CaseFacts";
import { caseSections } from "./caseSections";
import "../../i18n/sharing";
import "../../styles/sharing.css";

export default function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const found = useCase(id);
  if (found.error instanceof ApiError && found.error.status === 404)
    return (
      <Page title={t("case.gone")}>
        <p>{t("case.goneHint")}</p>
        <p>
          <Link to="/caseload">{t("case.back")}</Link>
        </p>
      </Page>
    );
  const c = found.data;
  return (
    <Page title={c?.familyName ?? t("case.loading")} className="case-page">
      <ErrorAlert error={found.error} />
      {c ? (
        <>
          <section aria-labelledby="overview-heading" className="card stack">
            <h2 id="overview-heading">{t("case.overview")}</h2>
            <CaseFacts summary={c} />
          </section>
          {caseSections.map(({ key, Component }) => (
            <Component key={key} caseId={c.id} summary={c} />
          ))}
        </>
      ) : null}
      <p>
        <Link to="/caseload">{t("case.back")}</Link>
      </p>
    </Page>
  );
}
