// The case formulation: per dyad (a caregiver with a baby of the family), the clinician's own words under the
// template's headings (why these headings: src/domain/formulation.ts). Each save is a new version; a save from
// a version someone else has since moved on from is refused, and the clinician's text stays on screen.
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FORMULATION_FIELD_MAX,
  type FormulationContent,
  type FormulationPart,
  formulationTemplate,
} from "../../../domain/formulation";
import {
  type DyadFormulation,
  type FormulationVersion,
  useFormulations,
  useFormulationVersions,
  useSaveFormulation,
} from "../../api/caseFile";
import { ApiError } from "../../api/client";
import { Alert, StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/SelectField";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/casefile";
import "../../styles/case-file.css";

type FieldKey = (typeof formulationTemplate)[FormulationPart][number];
const parts = Object.keys(formulationTemplate) as FormulationPart[];
const hinted: Partial<Record<FieldKey, "ghostsAndAngels" | "nicu">> = {
  ghostsAndAngels: "ghostsAndAngels",
  nicu: "nicu",
};

const blank = (): FormulationContent => {
  const out = {} as Record<string, Record<string, string>>;
  for (const part of parts) out[part] = Object.fromEntries(formulationTemplate[part].map((k) => [k, ""]));
  return out as FormulationContent;
};

export function CaseFormulation({ caseId, summary }: CaseSectionProps) {
  const { t } = useTranslation();
  const list = useFormulations(caseId);
  const dyads = summary.babies.flatMap((b) =>
    summary.caregivers.map((c) => ({
      key: `${c.userId}:${b.id}`,
      caregiverId: c.userId,
      babyId: b.id,
      c,
      b,
    })),
  );
  const [chosen, setChosen] = useState(dyads[0]?.key ?? "");
  const dyad = dyads.find((d) => d.key === chosen) ?? dyads[0];
  return (
    <section aria-labelledby="case-formulation-heading" className="card stack case-file-section">
      <h2 id="case-formulation-heading">{t("formulation.heading")}</h2>
      <p>{t("formulation.intro")}</p>
      {!dyad ? <p>{t("formulation.noDyad")}</p> : null}
      {dyads.length > 1 ? (
        <SelectField
          label={t("formulation.dyad")}
          value={dyad?.key ?? ""}
          onChange={setChosen}
          options={dyads.map((d) => ({
            value: d.key,
            label: t("formulation.dyadName", { caregiver: d.c.name, baby: d.b.name }),
          }))}
        />
      ) : dyad ? (
        <p className="case-file-dyad">
          {t("formulation.dyadName", { caregiver: dyad.c.name, baby: dyad.b.name })}
        </p>
      ) : null}
      <ErrorAlert error={list.error} />
      <CaseLoading when={Boolean(dyad) && list.isPending} />
      {dyad && list.data ? (
        <FormulationForm
          // A fresh form per dyad: its draft and its base version belong to that dyad.
          key={dyad.key}
          caseId={caseId}
          caregiverId={dyad.caregiverId}
          babyId={dyad.babyId}
          saved={list.data.find((d) => d.caregiver.id === dyad.caregiverId && d.baby.id === dyad.babyId)}
        />
      ) : null}
    </section>
  );
}

/** "Version N, saved <date> by <clinician>". */
function SavedLine({ v }: { v: FormulationVersion }) {
  const { t, i18n } = useTranslation();
  const date = new Date(v.savedAt).toLocaleString(i18n.language);
  return v.author
    ? t("formulation.versionBy", { version: v.version, date, author: v.author.name })
    : t("formulation.version", { version: v.version, date });
}

function FormulationForm({
  caseId,
  caregiverId,
  babyId,
  saved,
}: {
  caseId: string;
  caregiverId: string;
  babyId: string;
  saved: DyadFormulation | undefined;
}) {
  const { t } = useTranslation();
  const save = useSaveFormulation(caseId);
  const [draft, setDraft] = useState<FormulationContent>(() => saved?.latest.content ?? blank());
  const [base, setBase] = useState(saved?.latest.version ?? 0);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const id = useId();
  const stale = save.error instanceof ApiError && save.error.code === "formulation_stale";
  const latest = saved?.latest;

  const set = (part: FormulationPart, key: string, value: string) =>
    setDraft((d) => ({ ...d, [part]: { ...d[part], [key]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (parts.every((p) => Object.values(draft[p]).every((v: string) => !v.trim()))) {
      setProblem(t("formulation.empty"));
      return;
    }
    setProblem(null);
    setDone(null);
    save.mutate(
      { caregiverId, babyId, baseVersion: base, content: draft },
      {
        onSuccess: (v) => {
          setBase(v.version);
          setDone(v.version);
        },
      },
    );
  };

  const loadLatest = () => {
    if (!latest) return;
    setDraft(latest.content);
    setBase(latest.version);
    save.reset();
  };

  return (
    <form className="stack case-file-form" onSubmit={submit} noValidate>
      <p className="case-file-meta">{latest ? <SavedLine v={latest} /> : t("formulation.notSaved")}</p>
      {parts.map((part) => (
        <fieldset key={part} className="stack case-file-part">
          <legend>{t(`formulation.parts.${part}`)}</legend>
          {formulationTemplate[part].map((key: FieldKey) => {
            const fieldId = `${id}-${key}`;
            const hint = hinted[key];
            return (
              <div className="field" key={key}>
                <label htmlFor={fieldId}>{t(`formulation.fields.${key}`)}</label>
                {hint ? (
                  <p className="field-hint" id={`${fieldId}-hint`}>
                    {t(`formulation.hints.${hint}`)}
                  </p>
                ) : null}
                <textarea
                  id={fieldId}
                  rows={3}
                  maxLength={FORMULATION_FIELD_MAX}
                  value={(draft[part] as Record<string, string>)[key] ?? ""}
                  aria-describedby={hint ? `${fieldId}-hint` : undefined}
                  onChange={(e) => set(part, key, e.target.value)}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
      {problem ? <Alert>{problem}</Alert> : null}
      {stale ? (
        <Alert>
          {t("formulation.stale", {
            version:
              (save.error as ApiError & { details: { latestVersion?: number } }).details?.latestVersion ??
              "?",
          })}
        </Alert>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <div className="case-file-actions">
        <Button type="submit" busy={save.isPending} busyLabel={t("formulation.saving")}>
          {t("formulation.save")}
        </Button>
        {stale && latest && latest.version > base ? (
          <Button variant="secondary" onClick={loadLatest}>
            {t("formulation.loadLatest")}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{done !== null ? t("formulation.saved", { version: done }) : null}</StatusMessage>
      {saved ? (
        <History caseId={caseId} caregiverId={caregiverId} babyId={babyId} count={saved.versions} />
      ) : null}
    </form>
  );
}

/** Earlier versions, fetched only when opened; each one's words can be read under its date. */
function History({
  caseId,
  caregiverId,
  babyId,
  count,
}: {
  caseId: string;
  caregiverId: string;
  babyId: string;
  count: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const versions = useFormulationVersions(caseId, caregiverId, babyId, open);
  return (
    <details className="case-file-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("formulation.history", { count })}</summary>
      <ErrorAlert error={versions.error} />
      {versions.data && !versions.data.length ? <p>{t("formulation.historyEmpty")}</p> : null}
      <ol className="case-file-versions">
        {versions.data?.map((v) => (
          <li key={v.id}>
            <details>
              <summary>
                <SavedLine v={v} />
              </summary>
              <dl>
                {parts.flatMap((part) =>
                  formulationTemplate[part]
                    .filter((key: FieldKey) => (v.content[part] as Record<string, string>)[key])
                    .map((key: FieldKey) => (
                      <div key={`${part}-${key}`}>
                        <dt>{t(`formulation.fields.${key}`)}</dt>
                        <dd>{(v.content[part] as Record<string, string>)[key]}</dd>
                      </div>
                    )),
                )}
              </dl>
            </details>
          </li>
        ))}
      </ol>
    </details>
  );
}
