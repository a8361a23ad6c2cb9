// "Bring your history": a parent moving from Huckleberry or Nara Baby sees what their export holds, as
// Attune will keep it, before anything is written; imports it in one go; and can take the import back for 30
// days. Nothing is dropped silently: rows that cannot be read are listed with their line and why.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ImportFormat, type ImportResult, importFormats, sendImport } from "../../api/imports";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { useLogContext } from "../../log/LogContext";
import { TimeZoneField } from "../family/TimeZoneField";
import { ImportPreview } from "./ImportPreview";
import { PastImports } from "./PastImports";
import "../../i18n/imports";
import "../../styles/imports.css";

type Stage = { kind: "choosing" } | { kind: "sending"; share: number; dryRun: boolean };

export default function BringHistory() {
  const { t } = useTranslation();
  const { family, baby, sync } = useLogContext();
  const fileId = useId();
  const [babyId, setBabyId] = useState(baby.id);
  const [format, setFormat] = useState<ImportFormat>("auto");
  const [timeZone, setTimeZone] = useState(family.timeZone);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "choosing" });
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pastVersion, setPastVersion] = useState(0);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!done) return;
    doneHeading.current?.focus();
    doneHeading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [done]);

  async function send(dryRun: boolean) {
    if (!file) return;
    setError(null);
    setStage({ kind: "sending", share: 0, dryRun });
    try {
      const result = await sendImport({ babyId, file, format, timeZone, dryRun }, (share) =>
        setStage({ kind: "sending", share, dryRun }),
      );
      if (dryRun) setPreview(result);
      else {
        setDone(result);
        setPreview(null);
        setPastVersion((v) => v + 1);
        // The imported entries reach this phone's copy of the log now, not at the next poll.
        sync.nudge();
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setStage({ kind: "choosing" });
    }
  }

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const sending = stage.kind === "sending";

  return (
    <Page title={t("imports.title")} intro={t("imports.intro")} className="narrow log-page">
      <form className="stack import-form" onSubmit={onPreview}>
        {family.babies.length > 1 ? (
          <SelectField
            label={t("imports.baby")}
            value={babyId}
            options={family.babies.map((b) => ({ value: b.id, label: b.name }))}
            onChange={(id) => {
              setBabyId(id);
              setPreview(null);
            }}
          />
        ) : null}
        <div className="field">
          <label htmlFor={fileId}>{t("imports.file")}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setDone(null);
            }}
          />
          <p className="field-hint" id={`${fileId}-hint`}>
            {t("imports.fileHint")}
          </p>
        </div>
        <SelectField
          label={t("imports.format")}
          value={format}
          options={importFormats.map((f) => ({ value: f, label: t(`imports.formats.${f}`) }))}
          onChange={(next) => {
            setFormat(next);
            setPreview(null);
          }}
        />
        <TimeZoneField
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setPreview(null);
          }}
          suggested={family.timeZone}
        />
        <p className="field-hint">{t("imports.timeZoneHint")}</p>
        <Button type="submit" disabled={!file || sending} busy={sending && stage.dryRun}>
          {t("imports.preview")}
        </Button>
      </form>

      {sending ? (
        <div className="import-progress">
          <label htmlFor={`${fileId}-progress`}>
            {stage.share < 1
              ? t("imports.uploading")
              : t(stage.dryRun ? "imports.reading" : "imports.saving")}
          </label>
          <progress id={`${fileId}-progress`} max={1} value={stage.share < 1 ? stage.share : undefined} />
        </div>
      ) : null}
      <ErrorAlert error={error} />

      {preview ? (
        <ImportPreview
          result={preview}
          busy={sending}
          onImport={() => void send(false)}
          babyName={family.babies.find((b) => b.id === babyId)?.name ?? baby.name}
        />
      ) : null}

      {done ? (
        <section aria-labelledby="import-done" className="card import-done" aria-live="polite">
          <h2 id="import-done" ref={doneHeading} tabIndex={-1}>
            {t("imports.doneHeading")}
          </h2>
          <p>{t("imports.done", { count: done.added })}</p>
          {done.duplicates ? <p>{t("imports.alreadyHere", { count: done.duplicates })}</p> : null}
          <p>
            <Link to="/history">{t("imports.seeHistory")}</Link>
          </p>
        </section>
      ) : null}

      <PastImports key={`${babyId}:${pastVersion}`} babyId={babyId} onUndone={() => sync.nudge()} />
    </Page>
  );
}
