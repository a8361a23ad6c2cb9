// Find a public directory listing by name for a referral, through the directory's own public search
// (GET /api/directory/providers?q=), so a clinician can only refer to providers a family could find too.
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProviderLookup } from "../../api/careTeam";
import type { ProviderCard } from "../../api/directory";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDirectoryWords } from "../directory/labels";

/** Enter in the search box searches, rather than sending the referral form it sits in. */
const searchOnEnter = (run: () => void) => (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === "Enter") {
    event.preventDefault();
    run();
  }
};

export function DirectoryLookup({ onChoose }: { onChoose: (provider: ProviderCard) => void }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const found = useProviderLookup(q);
  const id = useId();
  const run = () => setQ(typed.trim());
  return (
    <div className="stack directory-lookup">
      <div className="field">
        <label htmlFor={id}>{t("referrals.search")}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t("referrals.searchHint")}
        </p>
        <div className="directory-lookup-row">
          <input
            id={id}
            type="search"
            value={typed}
            aria-describedby={`${id}-hint`}
            maxLength={200}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={searchOnEnter(run)}
          />
          <Button
            variant="secondary"
            busy={found.isFetching}
            busyLabel={t("referrals.searching")}
            onClick={run}
          >
            {t("referrals.searchButton")}
          </Button>
        </div>
      </div>
      <ErrorAlert error={found.error} />
      <p role="status" className="visually-hidden">
        {found.data ? (found.data.length ? t("referrals.results") : "") : ""}
      </p>
      {found.data && !found.data.length ? <p>{t("referrals.noResults", { q })}</p> : null}
      {found.data?.length ? (
        <ul className="care-team-list" aria-label={t("referrals.results")}>
          {found.data.map((p) => (
            <li key={p.id} className="directory-lookup-hit">
              <span>
                <strong>{p.name}</strong>
                {p.services.length ? ` · ${p.services.map((s) => w.term("service", s)).join(", ")}` : ""}
              </span>
              <Button
                variant="secondary"
                aria-label={t("referrals.chooseNamed", { name: p.name })}
                onClick={() => onChoose(p)}
              >
                {t("referrals.choose")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
