// What an export holds, as Attune will keep it: how many of each kind, the dates it covers, ten rows as they
// will be stored, and every row that cannot be read with its line and why. Nothing is written until "Import".
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ImportResult } from "../../api/imports";
import { Button } from "../../components/Button";
import { useDescribe } from "../../log/describe";
import { useFamilyFormat } from "../../log/familyClock";
import type { Entry } from "../../log/types";

export function ImportPreview({
  result,
  busy,
  onImport,
  babyName,
  disabled = false,
  children,
}: {
  result: ImportResult;
  busy: boolean;
  onImport: () => void;
  babyName: string;
  /** Import cannot be pressed yet (a new baby without its name or birth date). */
  disabled?: boolean;
  /** Where the history goes, when the file names whose it is. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  const when = useFamilyFormat({ dateStyle: "medium", timeStyle: "short" });
  const day = useFamilyFormat({ dateStyle: "long" });
  const fresh = result.total - result.duplicates;
  // The answer to "See what it holds" appears below the form: brought into view, and read out, at once.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, []);

  /**
   * Why a row cannot be read, in the reader's language: its code, worded with its values, and a Baby Buddy
   * record named by its kind and id. The English the server sent when the code is one this page does not know.
   */
  const rowErrorWords = (e: ImportResult["errors"][number]): string => {
    const key: string = `imports.rowErrors.${e.code}`;
    if (!i18n.exists(key)) return e.message;
    // As `replace`, so no value of the file's is ever taken for one of i18next's options.
    const reason = t(key as "imports.rowErrors.no_type", { replace: e.params });
    const { model, recordId } = e.params;
    if (model === undefined) return reason;
    const modelKey: string = `imports.babyBuddyModels.${model}`;
    if (!i18n.exists(modelKey)) return e.message;
    const words = t(modelKey as "imports.babyBuddyModels.sleep");
    return recordId === undefined
      ? t("imports.rowErrorIn.atPosition", { model: words, line: e.line, reason })
      : t("imports.rowErrorIn.withId", { model: words, id: recordId, reason });
  };

  return (
    <section aria-labelledby="import-preview" className="stack import-preview">
      <h2 id="import-preview" ref={heading} tabIndex={-1}>
        {t("imports.previewHeading", { format: t(`imports.formats.${result.format}`) })}
      </h2>
      {result.range ? (
        <p>
          {t("imports.range", {
            count: result.total,
            from: day.format(new Date(result.range.from)),
            to: day.format(new Date(result.range.to)),
          })}
        </p>
      ) : null}
      <ul className="import-counts">
        {Object.entries(result.counts).map(([type, n]) => (
          <li key={type}>
            <strong>{n}</strong> {t(`entryType.${type as "feed"}`)}
          </li>
        ))}
      </ul>
      {result.duplicates ? <p>{t("imports.duplicates", { count: result.duplicates })}</p> : null}

      {result.errors.length ? (
        <details className="import-errors" open={result.errors.length <= 5}>
          <summary>{t("imports.errors", { count: result.errors.length })}</summary>
          <ul>
            {result.errors.map((e) => (
              <li key={`${e.line}:${e.message}`}>
                {t("imports.line", { line: e.line })} {rowErrorWords(e)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.ignoredColumns.length ? (
        <p className="field-hint">{t("imports.ignored", { columns: result.ignoredColumns.join(", ") })}</p>
      ) : null}

      <h3>{t("imports.sample")}</h3>
      <ol className="card-list import-sample">
        {result.sample.map((s) => (
          <li key={s.line} className="card">
            <p className="entry-line">
              <span className="entry-time">{when.format(new Date(s.startedAt))}</span>{" "}
              <strong>{t(`entryType.${s.type}`)}</strong>
              {(() => {
                const text = describe(asEntry(s), Date.now());
                return text ? <span> · {text}</span> : null;
              })()}
            </p>
            {s.note ? <p className="entry-note">{s.note}</p> : null}
            <p className="field-hint">
              {t("imports.sampleSource", { line: s.line, type: s.sourceType })}
              {s.loggedBy ? ` · ${t("imports.loggedBy", { name: s.loggedBy })}` : ""}
            </p>
          </li>
        ))}
      </ol>

      {children}
      {fresh > 0 ? (
        <Button onClick={onImport} busy={busy} disabled={busy || disabled}>
          {t("imports.import", { count: fresh, name: babyName })}
        </Button>
      ) : (
        <p role="status">{t("imports.nothingNew")}</p>
      )}
    </section>
  );
}

function asEntry(s: ImportResult["sample"][number]): Entry {
  return {
    id: `preview-${s.line}`,
    babyId: "",
    caregiverId: "",
    type: s.type,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    details: s.details,
    moments: [],
    cues: [],
    feeling: null,
    note: s.note,
    createdAt: s.startedAt,
    updatedAt: s.startedAt,
    deletedAt: null,
  };
}
