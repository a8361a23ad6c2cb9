// A clinician's closed cases: when a family deletes its data, the clinician keeps their own notes and
// formulations for their records, and nothing of the family (no names, no log, no results).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formulationTemplate } from "../../../domain/formulation";
import { type ClosedCase, type ClosedCaseRecord, useClosedCase, useClosedCases } from "../../api/closedCases";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import "../../i18n/casefile";
import "../../i18n/erasure";
import "../../styles/erasure.css";

export default function ClosedCasesPage() {
  const { t } = useTranslation();
  const closed = useClosedCases();
  return (
    <Page title={t("closedCases.title")} intro={t("closedCases.intro")} className="closed-cases-page">
      <ErrorAlert error={closed.error} />
      {closed.data && !closed.data.items.length ? <p>{t("closedCases.none")}</p> : null}
      <ul className="closed-case-list">
        {closed.data?.items.map((c) => (
          <ClosedCaseCard key={c.id} closed={c} />
        ))}
      </ul>
    </Page>
  );
}

function useDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "long", year: "numeric" });
  return (iso: string) => format.format(new Date(iso));
}

function ClosedCaseCard({ closed }: { closed: ClosedCase }) {
  const { t } = useTranslation();
  const date = useDate();
  const [open, setOpen] = useState(false);
  const file = useClosedCase(closed.id, open);
  return (
    <li className="card closed-case">
      <h2>{t("closedCases.closedOn", { date: date(closed.closedAt) })}</h2>
      <p>{t(`closedCases.reasons.${closed.reason}`)}</p>
      <p className="field-hint">
        {t("closedCases.openedOn", { date: date(closed.openedAt) })}{" "}
        {[
          closed.notes ? t("closedCases.notes", { count: closed.notes }) : "",
          closed.formulations ? t("closedCases.formulations", { count: closed.formulations }) : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t("closedCases.show")}</summary>
        {file.isPending && open ? <p role="status">{t("closedCases.loading")}</p> : null}
        <ErrorAlert error={file.error} />
        <div className="stack">
          {file.data?.records.map((r) => (
            <Kept key={r.id} record={r} />
          ))}
        </div>
      </details>
    </li>
  );
}

function Kept({ record }: { record: ClosedCaseRecord }) {
  const { t } = useTranslation();
  const date = useDate();
  if (record.kind === "note") {
    const kind = record.note.kind === "private" ? "private" : "progress";
    return (
      <article className="closed-record">
        <h3>
          {t("closedCases.noteWritten", {
            kind: t(`caseNotes.kinds.${kind}`),
            date: date(record.createdAt),
          })}
        </h3>
        <p className="closed-text">{record.note.text}</p>
        {record.note.signedAt ? (
          <p className="field-hint">{t("closedCases.signed", { date: date(record.note.signedAt) })}</p>
        ) : null}
        {record.note.amendments.map((a) => (
          <div key={a.createdAt}>
            <p className="field-hint">{t("closedCases.amendmentOn", { date: date(a.createdAt) })}</p>
            <p className="closed-text">{a.text}</p>
          </div>
        ))}
      </article>
    );
  }
  const { dyad, version } = record.formulation;
  // Read by any part and field name: the template may have grown since this version was written.
  const parts: Partial<Record<string, Partial<Record<string, string>>>> = record.formulation.parts;
  return (
    <article className="closed-record">
      <h3>{t("closedCases.formulationVersion", { dyad, version, date: date(record.createdAt) })}</h3>
      <dl>
        {(Object.keys(formulationTemplate) as (keyof typeof formulationTemplate)[]).flatMap((part) =>
          formulationTemplate[part]
            .filter((field) => (parts[part]?.[field] ?? "").trim() !== "")
            .map((field) => (
              <div key={`${part}.${field}`}>
                <dt>
                  {t(`formulation.parts.${part}`)}: {t(`formulation.fields.${field}`)}
                </dt>
                <dd className="closed-text">{parts[part]?.[field]}</dd>
              </div>
            )),
        )}
      </dl>
    </article>
  );
}
