// The thought records each caregiver chose to share, newest first: the situation, the thought, each feeling's
// strength before and after, what fit and what did not, and the balanced thought, in the author's words.
// Read-only; a record the author takes back is gone the next time the page loads.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type SharedThoughtRecord, useCaseThoughtRecords } from "../../api/caseReads";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/casereads";
import "../../styles/case-reads.css";

export function CaseThoughtRecords({ caseId, summary }: CaseSectionProps) {
  const { t } = useTranslation();
  const shared = summary.scopes.includes("thought_records");
  const records = useCaseThoughtRecords(caseId, shared);
  const items = records.data?.pages.flatMap((p) => p.items);

  return (
    <section aria-labelledby="case-thoughts-heading" className="card stack case-reads-section">
      <h2 id="case-thoughts-heading">{t("caseReads.thoughtRecords.heading")}</h2>
      {shared ? (
        <>
          <p>{t("caseReads.thoughtRecords.intro")}</p>
          <ErrorAlert error={records.error} />
          <CaseLoading when={records.isPending} />
          {items && !items.length ? <p>{t("caseReads.thoughtRecords.none")}</p> : null}
          <ul className="case-thoughts">
            {items?.map((r) => (
              <li key={r.id}>
                <ThoughtRecordCard record={r} />
              </li>
            ))}
          </ul>
          {records.hasNextPage ? (
            <Button
              variant="secondary"
              onClick={() => void records.fetchNextPage()}
              busy={records.isFetchingNextPage}
              busyLabel={t("caseReads.thoughtRecords.loadingMore")}
            >
              {t("caseReads.thoughtRecords.more")}
            </Button>
          ) : null}
        </>
      ) : (
        <p className="field-hint">{t("caseReads.thoughtRecords.notShared")}</p>
      )}
    </section>
  );
}

function ThoughtRecordCard({ record }: { record: SharedThoughtRecord }) {
  const { t, i18n } = useTranslation();
  const day = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }),
    [i18n.language],
  );
  const parts: [string, string | null][] = [
    [t("caseReads.thoughtRecords.situation"), record.situation],
    [t("caseReads.thoughtRecords.thought"), record.automaticThought],
  ];
  const after: [string, string | null][] = [
    [t("caseReads.thoughtRecords.evidenceFor"), record.evidenceFor],
    [t("caseReads.thoughtRecords.evidenceAgainst"), record.evidenceAgainst],
    [t("caseReads.thoughtRecords.balanced"), record.balancedThought],
  ];
  const shown = (list: [string, string | null][]) =>
    list.map(([label, text]) =>
      text ? (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ) : null,
    );

  return (
    <article className="case-thought">
      <p className="case-reads-meta">
        <time dateTime={record.createdAt}>
          {t("caseReads.thoughtRecords.byline", {
            name: record.author.name,
            date: day.format(new Date(record.createdAt)),
          })}
        </time>
      </p>
      <dl>
        {shown(parts)}
        {record.feelings.length ? (
          <div>
            <dt>{t("caseReads.thoughtRecords.feelings")}</dt>
            <dd>
              <ul>
                {record.feelings.map((f) => (
                  <li key={f.name}>
                    {f.after === null
                      ? t("caseReads.thoughtRecords.feelingBefore", { name: f.name, before: f.intensity })
                      : t("caseReads.thoughtRecords.feelingShift", {
                          name: f.name,
                          before: f.intensity,
                          after: f.after,
                        })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {shown(after)}
      </dl>
    </article>
  );
}
