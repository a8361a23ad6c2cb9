// The clinician's caseload: every family sharing with them now, what needs a look first, and, after the list,
// where to take up a new family's share code or invite one. The list comes first: it is why a clinician
// opens Attune, and on a phone it must not sit below two forms.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAcceptShare, useCaseload } from "../../api/sharing";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { CaseFacts } from "./CaseFacts";
import { InviteFamily } from "./InviteFamily";
import "../../i18n/erasure";
import "../../i18n/sharing";
import "../../styles/sharing.css";

const sorts = ["attention", "activity", "name", "ending", "due"] as const;

export default function CaseloadPage() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<(typeof sorts)[number]>("attention");
  const [q, setQ] = useState("");
  const [flagged, setFlagged] = useState(false);
  const [due, setDue] = useState(false);
  const caseload = useCaseload({ sort, q, flagged, due });
  const [filtersOpen] = useState(() => window.matchMedia("(min-width: 64rem)").matches);
  // What sits below the list waits for its first answer: drawn earlier, it was pushed down when the cases came.
  const [listedOnce, setListedOnce] = useState(false);
  if (!listedOnce && (caseload.data || caseload.error)) setListedOnce(true);
  return (
    <Page title={t("caseload.title")} intro={t("caseload.intro")} className="caseload-page">
      <section aria-labelledby="cases-heading" className="stack">
        <h2 id="cases-heading">
          {caseload.data ? t("caseload.cases", { count: caseload.data.total }) : t("caseload.loading")}
        </h2>
        {/* Folded on a phone so the families come first; open on a wide screen, or while one is in use. */}
        <details className="caseload-filters-toggle" open={filtersOpen || Boolean(q || flagged || due)}>
          <summary>{t("caseload.filtersToggle")}</summary>
          <div className="caseload-filters">
            <Field label={t("caseload.filter")} value={q} onChange={setQ} />
            <SelectField
              label={t("caseload.sort")}
              value={sort}
              options={sorts.map((s) => ({ value: s, label: t(`caseload.sorts.${s}`) }))}
              onChange={setSort}
            />
            <label className="choice caseload-check">
              <input type="checkbox" checked={flagged} onChange={(e) => setFlagged(e.target.checked)} />
              <span>{t("caseload.onlyFlagged")}</span>
            </label>
            <label className="choice caseload-check">
              <input type="checkbox" checked={due} onChange={(e) => setDue(e.target.checked)} />
              <span>{t("caseload.onlyDue")}</span>
            </label>
          </div>
        </details>
        <ErrorAlert error={caseload.error} />
        {caseload.data && !caseload.data.items.length ? <p>{t("caseload.none")}</p> : null}
        <ul className="case-list">
          {caseload.data?.items.map((c) => (
            <li key={c.id} className="card case-card">
              <h3>
                <Link to={`/cases/${c.id}`} className="case-link">
                  {c.familyName}
                </Link>
              </h3>
              <CaseFacts summary={c} />
            </li>
          ))}
        </ul>
        {listedOnce ? (
          <p className="aside-link">
            <Link to="/closed-cases">{t("closedCases.link")}</Link>
          </p>
        ) : null}
      </section>
      {listedOnce ? (
        <section aria-labelledby="new-family-heading" className="stack caseload-new">
          <h2 id="new-family-heading">{t("caseload.newFamily")}</h2>
          <AcceptCode />
          <InviteFamily />
        </section>
      ) : null}
    </Page>
  );
}

function AcceptCode() {
  const { t } = useTranslation();
  const accept = useAcceptShare();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) accept.mutate(code, { onSuccess: (r) => navigate(`/cases/${r.caseId}`) });
  };
  return (
    <section aria-labelledby="accept-heading" className="card stack">
      <h3 id="accept-heading">{t("caseload.acceptHeading")}</h3>
      <form onSubmit={submit} className="stack">
        <Field label={t("caseload.code")} hint={t("caseload.codeHint")} value={code} onChange={setCode} />
        <ErrorAlert error={accept.error} />
        <Button type="submit" busy={accept.isPending}>
          {t("caseload.accept")}
        </Button>
      </form>
    </section>
  );
}
