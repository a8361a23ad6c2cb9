// Find support: the directory's public search. The address holds the search, so it can be shared and
// Back works; results come from the API page by page, nearest first when a place is given. Once a search has
// been made, its results lead the page and the form folds into one line with "Change search", so a phone
// shows providers on its first screen rather than the form again.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import { useProviderSearch } from "../../api/directory";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { ProviderCardView } from "./ProviderCardView";
import { SearchForm } from "./SearchForm";
import { queryOf, valuesOf } from "./searchParams";
import "../../i18n/directory";
import "../../styles/directory.css";

export default function Directory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = valuesOf(params);
  const query = queryOf(values);
  const search = useProviderSearch(query);
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  // A place the server could not find belongs next to the Near field; any other refusal (a hand-edited
  // address) is shown above the results in the server's own words.
  const nearRefused =
    search.error instanceof ApiError &&
    (search.error.details as { field?: string } | undefined)?.field === "near";
  const [editing, setEditing] = useState(false);
  const folded = query !== "" && !editing && !nearRefused;
  return (
    <Page
      title={t("directory.title")}
      intro={folded ? undefined : t("directory.intro")}
      className="directory-page"
    >
      {folded ? (
        <div className="search-summary">
          {values.q ? <p className="search-summary-words">“{values.q}”</p> : null}
          <Button variant="secondary" aria-expanded={false} onClick={() => setEditing(true)}>
            {t("directory.search.change")}
          </Button>
        </div>
      ) : (
        <SearchForm
          key={query}
          initial={values}
          nearError={nearRefused ? t("directory.search.unknownPlace", { place: values.near ?? "" }) : null}
          onSearch={(next) => {
            setEditing(false);
            setParams(new URLSearchParams(queryOf(next)));
          }}
        />
      )}
      <section aria-labelledby="directory-results" className="directory-results">
        <h2 id="directory-results" className="visually-hidden">
          {t("directory.title")}
        </h2>
        {nearRefused ? null : <ErrorAlert error={search.error} />}
        <p role="status" aria-live="polite" className="directory-count">
          {search.isPending
            ? t("directory.search.loading")
            : first
              ? t("directory.search.results", { count: first.total })
              : ""}
          {first?.near ? ` · ${t("directory.search.resultsNear", { place: first.near.label })}` : ""}
        </p>
        {first && first.total === 0 ? (
          <div className="directory-empty">
            <p>{t("directory.search.none")}</p>
            <p>
              <Link to="/help" className="directory-link">
                {t("directory.search.noneHelp")}
              </Link>
            </p>
          </div>
        ) : null}
        <ul className="provider-list">
          {items.map((p) => (
            <ProviderCardView key={p.id} provider={p} />
          ))}
        </ul>
        {search.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void search.fetchNextPage()}
            busy={search.isFetchingNextPage}
            busyLabel={t("directory.search.loading")}
          >
            {t("directory.search.more")}
          </Button>
        ) : null}
      </section>
      <p className="directory-providers">
        {t("directory.search.forProviders")}{" "}
        <Link to="/directory/apply" className="directory-link">
          {t("directory.apply.title")}
        </Link>
      </p>
    </Page>
  );
}
