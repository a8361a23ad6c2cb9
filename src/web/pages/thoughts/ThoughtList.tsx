// The caregiver's own thought records, newest first, with what a thought record is and a way to write one.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useThoughtRecords } from "../../api/thoughtRecords";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useChosenFamily } from "../../log/familyChoice";
import { AboutThoughtRecords } from "./AboutThoughtRecords";
import { NoFamily } from "./NoFamily";
import { ThoughtCard } from "./ThoughtCard";

type Notice = "saved" | "deleted";

export function ThoughtList() {
  const { t } = useTranslation();
  const location = useLocation();
  const [deleted, setDeleted] = useState(false);
  const notice: Notice | undefined = deleted
    ? "deleted"
    : (location.state as { notice?: Notice } | null)?.notice;
  const { families, summary } = useChosenFamily();
  const records = useThoughtRecords();
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onDeleted = () => {
    setDeleted(true);
    // The card that held focus is gone: the list's heading takes it, and the status line says what happened.
    headingRef.current?.focus();
  };
  return (
    <Page title={t("thoughts.title")} intro={t("thoughts.intro")} className="thoughts-page">
      <StatusMessage>{notice ? t(`thoughts.${notice}`) : null}</StatusMessage>
      {families.isSuccess && !summary ? (
        <NoFamily />
      ) : (
        <Link to="/thoughts/new" className="button button-primary">
          {t("thoughts.write")}
        </Link>
      )}
      <AboutThoughtRecords open={records.isSuccess && items.length === 0} />
      <section aria-labelledby="thoughts-list-heading" className="stack">
        <h2 id="thoughts-list-heading" ref={headingRef} tabIndex={-1}>
          {t("thoughts.listHeading")}
        </h2>
        <ErrorAlert error={records.error} />
        {records.isSuccess && !items.length ? <p>{t("thoughts.none")}</p> : null}
        {items.length ? (
          <ul className="thought-list">
            {items.map((record) => (
              <ThoughtCard key={record.id} record={record} onDeleted={onDeleted} />
            ))}
          </ul>
        ) : null}
        {records.hasNextPage ? (
          <Button
            variant="secondary"
            busy={records.isFetchingNextPage}
            busyLabel={t("thoughts.loadingMore")}
            onClick={() => void records.fetchNextPage()}
          >
            {t("thoughts.more")}
          </Button>
        ) : null}
      </section>
    </Page>
  );
}
