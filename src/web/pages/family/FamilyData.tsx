// The whole family's data, out and back in. Owners download everything the family holds (JSON, or a ZIP
// with a spreadsheet per kind); anyone can bring a family's file from another Attune server in as a new
// family of their own, after seeing what it holds.
import { type ChangeEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type FamilyFilePreview,
  type FamilyFileProblem,
  familyExportUrl,
  readFamilyFile,
  useImportFamily,
} from "../../api/familyData";
import { Alert, StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { HintedControl } from "../../components/HintedControl";
import { Page } from "../../components/Page";
import { chooseFamily } from "../../log/familyChoice";
import "../../i18n/familydata";
import "../../styles/family-data.css";

/** Download links for an owner: plain links to the API, so the server decides what the file holds. */
export function FamilyExport({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack family-data">
      <h2 id={headingId}>{t("familyData.exportHeading")}</h2>
      <p>{t("familyData.exportIntro")}</p>
      <div className="family-data-actions">
        <a className="button button-secondary" href={familyExportUrl(familyId, "json")} download>
          {t("familyData.exportJson")}
        </a>
        <a className="button button-secondary" href={familyExportUrl(familyId, "zip")} download>
          {t("familyData.exportZip")}
        </a>
      </div>
      <p className="field-hint">{t("familyData.exportHint")}</p>
    </section>
  );
}

/** Onboarding's way in for a family that moves here from another Attune server. */
export function ImportFamilyStep({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t("familyData.importHeading")} intro={t("familyData.importIntro")} className="narrow">
      <ImportFamily titled={false} />
      <p className="aside-link">
        <Button variant="secondary" onClick={onBack}>
          {t("onboarding.back")}
        </Button>
      </p>
    </Page>
  );
}

/**
 * Choose a family's file, see what it holds, then import it as a new family. `titled: false` where the page
 * around it already says what this is.
 */
export function ImportFamily({ titled = true }: { titled?: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportFamily();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<FamilyFileProblem | null>(null);
  const [preview, setPreview] = useState<FamilyFilePreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const Subheading = titled ? "h3" : "h2";

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblem(null);
    setPreview(null);
    setDone(null);
    importer.reset();
    if (!file) return;
    setReading(true);
    try {
      const read = await readFamilyFile(file);
      if (read.ok) setPreview(read.preview);
      else setProblem(read.problem);
    } catch {
      setProblem("notJson");
    } finally {
      setReading(false);
    }
  }

  function startOver() {
    setPreview(null);
    setProblem(null);
    importer.reset();
    if (input.current) input.current.value = "";
    input.current?.focus();
  }

  function bringIn() {
    if (!preview || importer.isPending) return;
    importer.mutate(preview.document, {
      onSuccess: (report) => {
        setDone(
          t("familyData.imported", {
            family: report.family.name,
            babies: t("familyData.babies", { count: report.imported.babies }),
            entries: t("familyData.entries", { count: report.imported.entries }),
          }),
        );
        setPreview(null);
        if (input.current) input.current.value = "";
        chooseFamily(report.family.id);
      },
    });
  }

  const date = (iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime())
      ? ""
      : new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "long", year: "numeric" }).format(at);
  };

  return (
    <section
      aria-labelledby={titled ? headingId : undefined}
      aria-label={titled ? undefined : t("familyData.importHeading")}
      className="stack family-data"
    >
      {titled ? (
        <>
          <h2 id={headingId}>{t("familyData.importHeading")}</h2>
          <p>{t("familyData.importIntro")}</p>
        </>
      ) : null}
      <HintedControl label={t("familyData.importFile")} hint={t("familyData.importFileHint")}>
        {(wiring) => (
          <input
            {...wiring}
            ref={input}
            type="file"
            accept=".json,.zip,application/json,application/zip"
            onChange={(event) => void choose(event)}
          />
        )}
      </HintedControl>
      {problem ? <Alert>{t(`familyData.errors.${problem}`)}</Alert> : null}
      {preview ? (
        <div className="card stack family-data-preview">
          <Subheading>{t("familyData.previewHeading")}</Subheading>
          <p>
            {t("familyData.previewFrom", {
              family: preview.familyName,
              name: preview.exportedBy,
              date: date(preview.exportedAt),
            })}
          </p>
          <ul>
            <li>{t("familyData.babies", { count: preview.babies })}</li>
            <li>{t("familyData.entries", { count: preview.entries })}</li>
            <li>{t("familyData.checkIns", { count: preview.checkIns })}</li>
            <li>{t("familyData.thoughtRecords", { count: preview.thoughtRecords })}</li>
          </ul>
          <p className="field-hint">{t("familyData.previewOwn")}</p>
          <p className="field-hint">{t("familyData.previewStays")}</p>
          <ErrorAlert error={importer.error} />
          <div className="button-row">
            <Button busy={importer.isPending} busyLabel={t("familyData.importing")} onClick={bringIn}>
              {t("familyData.import")}
            </Button>
            <Button variant="secondary" onClick={startOver}>
              {t("familyData.cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      <StatusMessage>{reading ? t("familyData.reading") : done}</StatusMessage>
    </section>
  );
}
