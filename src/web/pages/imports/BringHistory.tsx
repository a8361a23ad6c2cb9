// "Bring your history": a parent moving from Huckleberry, Nara Baby or Baby Buddy (or another Attune) sees
// what their history holds, as Attune will keep it, before anything is written; imports it in one go, into a
// baby of the family or a new one made from the child the file names; and can take the import back for 30
// days. Nothing is dropped silently: rows that cannot be read are listed with their line and why.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAddBaby } from "../../api/families";
import {
  type BabyBuddyUnits,
  childrenToChoose,
  type ImportFormat,
  type ImportResult,
  importFormats,
  pullBabyBuddy,
  type SourceChild,
  sendImport,
} from "../../api/imports";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { useLogContext } from "../../log/LogContext";
import { TimeZoneField } from "../family/TimeZoneField";
import { type BabyBuddyAddress, BabyBuddyFields } from "./BabyBuddyFields";
import { ImportPreview } from "./ImportPreview";
import { IntoBaby, NEW_BABY, type NewBabyDraft } from "./IntoBaby";
import { PastImports } from "./PastImports";
import { UnitChoices } from "./UnitChoices";
import "../../i18n/imports";
import "../../styles/imports.css";

type Source = "file" | "babybuddy";
type Stage = { kind: "choosing" } | { kind: "sending"; share: number; dryRun: boolean };

export default function BringHistory() {
  const { t } = useTranslation();
  const { family, baby, sync, chooseBaby } = useLogContext();
  const addBaby = useAddBaby(family.id);
  const fileId = useId();
  const [source, setSource] = useState<Source>("file");
  const [babyId, setBabyId] = useState(baby.id);
  const [format, setFormat] = useState<ImportFormat>("auto");
  const [timeZone, setTimeZone] = useState(family.timeZone);
  const [file, setFile] = useState<File | null>(null);
  const [address, setAddress] = useState<BabyBuddyAddress>({ url: "", token: "" });
  const [units, setUnits] = useState<BabyBuddyUnits>({
    volumeUnit: "ml",
    weightUnit: "kg",
    lengthUnit: "cm",
  });
  const [children, setChildren] = useState<SourceChild[] | null>(null);
  const [childId, setChildId] = useState<string | undefined>(undefined);
  const [stage, setStage] = useState<Stage>({ kind: "choosing" });
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [into, setInto] = useState(baby.id);
  const [draft, setDraft] = useState<NewBabyDraft>({ name: "", birthDate: "" });
  const [done, setDone] = useState<{ result: ImportResult; babyId: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pastVersion, setPastVersion] = useState(0);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  // What went wrong shows under the button, where a phone's screen may not reach: brought into view.
  useEffect(() => {
    if (error) problem.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [error]);
  const childChoice = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!children) return;
    childChoice.current?.focus();
    childChoice.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [children]);
  useEffect(() => {
    if (!done) return;
    doneHeading.current?.focus();
    doneHeading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [done]);

  /** Anything chosen again makes the preview stale: it is asked for anew. */
  const changed = () => {
    setPreview(null);
    setDone(null);
  };

  async function send(dryRun: boolean, target: string, child = childId) {
    setError(null);
    setStage({ kind: "sending", share: source === "file" ? 0 : 1, dryRun });
    try {
      const result =
        source === "file" && file
          ? await sendImport({ babyId: target, file, format, timeZone, dryRun, child, units }, (share) =>
              setStage({ kind: "sending", share, dryRun }),
            )
          : await pullBabyBuddy({ babyId: target, ...address, childId: child, timeZone, dryRun, units });
      if (dryRun) {
        setPreview(result);
        setInto(target);
        setDraft({ name: result.child?.name.slice(0, 60) ?? "", birthDate: result.child?.birthDate ?? "" });
      } else {
        setDone({ result, babyId: target });
        setPreview(null);
        setPastVersion((v) => v + 1);
        // The imported entries reach this phone's copy of the log now, not at the next poll.
        sync.nudge();
      }
    } catch (caught) {
      const several = childrenToChoose(caught);
      if (several) setChildren(several);
      else setError(caught);
    } finally {
      setStage({ kind: "choosing" });
    }
  }

  async function importNow() {
    let target = into;
    if (into === NEW_BABY) {
      try {
        target = (await addBaby.mutateAsync({ name: draft.name.trim(), birthDate: draft.birthDate })).id;
      } catch (caught) {
        setError(caught);
        return;
      }
    }
    await send(false, target);
  }

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    setChildren(null);
    setChildId(undefined);
    void send(true, babyId, undefined);
  };
  const sending = stage.kind === "sending";
  const ready = source === "file" ? file !== null : address.url.trim() !== "" && address.token.trim() !== "";
  const bareNumbers =
    source === "babybuddy" || format === "babybuddy-csv" || preview?.format === "babybuddy-csv";
  const intoName =
    into === NEW_BABY ? draft.name : (family.babies.find((b) => b.id === into)?.name ?? baby.name);
  const newBabyIncomplete = into === NEW_BABY && (!draft.name.trim() || !draft.birthDate);

  return (
    <Page title={t("imports.title")} intro={t("imports.intro")} className="narrow log-page">
      <form className="stack import-form" onSubmit={onPreview}>
        <ChoiceGroup
          legend={t("imports.source")}
          value={source}
          choices={[
            { value: "file", label: t("imports.sources.file") },
            { value: "babybuddy", label: t("imports.sources.babybuddy") },
          ]}
          onChange={(next) => {
            setSource(next);
            setChildren(null);
            changed();
          }}
        />
        {family.babies.length > 1 ? (
          <SelectField
            label={t("imports.baby")}
            value={babyId}
            options={family.babies.map((b) => ({ value: b.id, label: b.name }))}
            onChange={(id) => {
              setBabyId(id);
              changed();
            }}
          />
        ) : null}
        {source === "file" ? (
          <>
            <div className="field">
              <label htmlFor={fileId}>{t("imports.file")}</label>
              <input
                id={fileId}
                type="file"
                accept=".csv,.json,.zip,text/csv,text/plain,application/json,application/zip"
                aria-describedby={`${fileId}-hint`}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setChildren(null);
                  changed();
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
                changed();
              }}
            />
          </>
        ) : (
          <BabyBuddyFields
            value={address}
            onChange={(next) => {
              setAddress(next);
              changed();
            }}
          />
        )}
        {bareNumbers ? (
          <UnitChoices
            value={units}
            onChange={(next) => {
              setUnits(next);
              changed();
            }}
          />
        ) : null}
        <TimeZoneField
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            changed();
          }}
          suggested={family.timeZone}
        />
        <p className="field-hint">{t("imports.timeZoneHint")}</p>
        <Button type="submit" disabled={!ready || sending} busy={sending && stage.dryRun}>
          {t("imports.preview")}
        </Button>
      </form>

      {children ? (
        <section className="card stack" aria-labelledby="import-children">
          <h2 id="import-children" ref={childChoice} tabIndex={-1}>
            {t("imports.children.heading")}
          </h2>
          <ChoiceGroup
            legend={t("imports.children.legend")}
            value={childId ?? ""}
            choices={children.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id) => {
              setChildId(id);
              changed();
              void send(true, babyId, id);
            }}
          />
        </section>
      ) : null}

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
      <div ref={problem}>
        <ErrorAlert error={error} />
      </div>

      {preview ? (
        <ImportPreview
          result={preview}
          busy={sending || addBaby.isPending}
          disabled={newBabyIncomplete}
          onImport={() => void importNow()}
          babyName={intoName}
        >
          {preview.child ? (
            <IntoBaby
              child={preview.child}
              babies={family.babies}
              into={into}
              onInto={setInto}
              draft={draft}
              onDraft={setDraft}
            />
          ) : null}
        </ImportPreview>
      ) : null}

      {done ? (
        <section aria-labelledby="import-done" className="card import-done" aria-live="polite">
          <h2 id="import-done" ref={doneHeading} tabIndex={-1}>
            {t("imports.doneHeading")}
          </h2>
          <p>{t("imports.done", { count: done.result.added })}</p>
          {done.result.duplicates ? (
            <p>{t("imports.alreadyHere", { count: done.result.duplicates })}</p>
          ) : null}
          <p>
            <Link to="/history" onClick={() => chooseBaby(done.babyId)}>
              {t("imports.seeHistory")}
            </Link>
          </p>
        </section>
      ) : null}

      <PastImports key={`${babyId}:${pastVersion}`} babyId={babyId} onUndone={() => sync.nudge()} />
    </Page>
  );
}
