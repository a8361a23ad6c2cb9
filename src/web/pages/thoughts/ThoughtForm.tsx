// The thought record itself, in the order of the worksheet (src/content/thought-records.ts says where it comes
// from): the moment, the thought, the feelings and how strong, what supports it and what doesn't, a kinder
// thought, the feelings now. Only the moment or the thought is needed to save; the rest can wait. A new
// record keeps the id made for it here, so pressing Save again after a dropped connection stores it once.
import { type ComponentProps, type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { uuidv7 } from "../../../domain/ids";
import { FEELING_NAME_MAX, FEELINGS_MAX, THOUGHT_TEXT_MAX } from "../../../domain/thought-record";
import type { FamilySummary } from "../../api/families";
import { type ThoughtRecord, useSaveThoughtRecord } from "../../api/thoughtRecords";
import { Button } from "../../components/Button";
import { ChipGroup } from "../../components/ChipGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { DeleteRecord } from "./DeleteRecord";

const presets = ["anxious", "sad", "guilty", "overwhelmed", "angry", "ashamed", "lonely", "scared"] as const;
type Preset = (typeof presets)[number];

interface FeelingDraft {
  /** For React and focus only; never sent. */
  key: string;
  name: string;
  intensity: number;
  after: number | null;
}

type Problems = { something: boolean; names: Record<string, "needName" | "nameTwice"> };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
let nextKey = 0;
const feelingKey = () => `feeling-${nextKey++}`;

export function ThoughtForm({
  title,
  record,
  families,
  defaultFamilyId,
}: {
  title: string;
  record: ThoughtRecord | undefined;
  families: FamilySummary[];
  defaultFamilyId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveThoughtRecord();
  const isNew = !record;
  const [id] = useState(() => record?.id ?? uuidv7());
  const [situation, setSituation] = useState(record?.situation ?? "");
  const [thought, setThought] = useState(record?.automaticThought ?? "");
  const [feelings, setFeelings] = useState<FeelingDraft[]>(
    () => record?.feelings.map((f) => ({ ...f, key: feelingKey() })) ?? [],
  );
  const [evidenceFor, setEvidenceFor] = useState(record?.evidenceFor ?? "");
  const [evidenceAgainst, setEvidenceAgainst] = useState(record?.evidenceAgainst ?? "");
  const [balanced, setBalanced] = useState(record?.balancedThought ?? "");
  const [shared, setShared] = useState(record?.sharedWithClinicians ?? false);
  const [familyId, setFamilyId] = useState(record?.familyId ?? defaultFamilyId);
  const [problems, setProblems] = useState<Problems | null>(null);
  // Where focus goes after a tap that adds a field: the new feeling's name, or the slider for "now".
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const situationRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shareHintId = useId();

  useEffect(() => {
    if (!focusKey) return;
    formRef.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const presetLabel = (p: Preset) => t(`thoughts.form.presetNames.${p}`);
  const chosenPresets = presets.filter((p) => feelings.some((f) => sameName(f.name, presetLabel(p))));
  const choosePresets = (next: Preset[]) => {
    const added = next.filter((p) => !chosenPresets.includes(p));
    const removed = chosenPresets.filter((p) => !next.includes(p));
    setFeelings((current) => [
      ...current.filter((f) => !removed.some((p) => sameName(f.name, presetLabel(p)))),
      ...added.map((p) => ({ key: feelingKey(), name: presetLabel(p), intensity: 50, after: null })),
    ]);
  };
  const change = (key: string, patch: Partial<FeelingDraft>) =>
    setFeelings((current) => current.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  const addFeeling = () => {
    const key = feelingKey();
    setFeelings((current) => [...current, { key, name: "", intensity: 50, after: null }]);
    setFocusKey(`${key}-name`);
  };

  const check = (): Problems | null => {
    const names: Problems["names"] = {};
    feelings.forEach((f, i) => {
      if (!f.name.trim()) names[f.key] = "needName";
      else if (feelings.slice(0, i).some((g) => sameName(g.name, f.name))) names[f.key] = "nameTwice";
    });
    const something = !situation.trim() && !thought.trim();
    return something || Object.keys(names).length ? { something, names } : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = check();
    setProblems(found);
    if (found) {
      if (found.something) situationRef.current?.focus();
      else {
        const first = feelings.find((f) => found.names[f.key]);
        if (first) setFocusKey(`${first.key}-name`);
      }
      return;
    }
    save.mutate(
      {
        id,
        isNew,
        body: {
          familyId,
          situation: situation.trim() || null,
          automaticThought: thought.trim() || null,
          feelings: feelings.map(({ name, intensity, after }) => ({ name: name.trim(), intensity, after })),
          evidenceFor: evidenceFor.trim() || null,
          evidenceAgainst: evidenceAgainst.trim() || null,
          balancedThought: balanced.trim() || null,
          sharedWithClinicians: shared,
        },
      },
      { onSuccess: () => navigate("/thoughts", { state: { notice: "saved" } }) },
    );
  };

  const named = feelings.filter((f) => f.name.trim());
  return (
    <Page title={title} className="thoughts-page narrow">
      <form ref={formRef} className="stack thought-form" onSubmit={submit} noValidate>
        <ThoughtText
          label={t("thoughts.form.situation")}
          hint={t("thoughts.form.situationHint")}
          value={situation}
          onChange={setSituation}
          error={problems?.something ? t("thoughts.form.needSomething") : null}
          textareaRef={situationRef}
        />
        <ThoughtText
          label={t("thoughts.form.thought")}
          hint={t("thoughts.form.thoughtHint")}
          value={thought}
          onChange={setThought}
        />

        <fieldset className="thought-group">
          <legend>{t("thoughts.form.feelings")}</legend>
          <p className="field-hint">{t("thoughts.form.feelingsHint")}</p>
          <ChipGroup
            legend={t("thoughts.form.presets")}
            legendHidden
            chips={presets.map((p) => ({ value: p, label: presetLabel(p) }))}
            selected={chosenPresets}
            onChange={choosePresets}
          />
          {feelings.map((f) => (
            <FeelingRow
              key={f.key}
              feeling={f}
              problem={
                problems?.names[f.key] ? t(`thoughts.form.${problems.names[f.key] ?? "needName"}`) : null
              }
              onChange={(patch) => change(f.key, patch)}
              onRemove={() => setFeelings((current) => current.filter((g) => g.key !== f.key))}
            />
          ))}
          {feelings.length < FEELINGS_MAX ? (
            <Button variant="secondary" onClick={addFeeling}>
              {t("thoughts.form.addFeeling")}
            </Button>
          ) : null}
        </fieldset>

        <ThoughtText
          label={t("thoughts.form.evidenceFor")}
          hint={t("thoughts.form.evidenceForHint")}
          value={evidenceFor}
          onChange={setEvidenceFor}
        />
        <ThoughtText
          label={t("thoughts.form.evidenceAgainst")}
          hint={t("thoughts.form.evidenceAgainstHint")}
          value={evidenceAgainst}
          onChange={setEvidenceAgainst}
        />
        <ThoughtText
          label={t("thoughts.form.balanced")}
          hint={t("thoughts.form.balancedHint")}
          value={balanced}
          onChange={setBalanced}
        />

        <fieldset className="thought-group">
          <legend>{t("thoughts.form.after")}</legend>
          <p className="field-hint">
            {named.length ? t("thoughts.form.afterHint") : t("thoughts.form.afterNone")}
          </p>
          {named.map((f) =>
            f.after === null ? (
              <Button
                key={f.key}
                variant="secondary"
                onClick={() => {
                  change(f.key, { after: f.intensity });
                  setFocusKey(`${f.key}-after`);
                }}
              >
                {t("thoughts.form.rateNow", { name: f.name.trim() })}
              </Button>
            ) : (
              <div key={f.key} className="thought-feeling">
                <Slider
                  label={t("thoughts.form.intensityNow", { name: f.name.trim() })}
                  value={f.after}
                  onChange={(after) => change(f.key, { after })}
                  focusKey={`${f.key}-after`}
                />
                <Button variant="quiet" onClick={() => change(f.key, { after: null })}>
                  {t("thoughts.form.notNow")}
                </Button>
              </div>
            ),
          )}
        </fieldset>

        {families.length > 1 ? (
          <SelectField
            label={t("thoughts.form.family")}
            hint={t("thoughts.form.familyHint")}
            value={familyId}
            options={families.map((f) => ({ value: f.id, label: f.name }))}
            onChange={setFamilyId}
          />
        ) : null}
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={shared}
              onChange={(event) => setShared(event.target.checked)}
              aria-describedby={shareHintId}
            />
            <span>{t("thoughts.form.share")}</span>
          </label>
          <p className="field-hint" id={shareHintId}>
            {t("thoughts.form.shareHint")}
          </p>
        </div>

        <ErrorAlert error={save.error} />
        <div className="thought-actions">
          <Button type="submit" busy={save.isPending} busyLabel={t("thoughts.form.saving")}>
            {t("thoughts.form.save")}
          </Button>
          <Link to="/thoughts" className="button button-quiet">
            {t("thoughts.form.back")}
          </Link>
        </div>
      </form>
      {record ? (
        <DeleteRecord
          id={record.id}
          label={t("thoughts.delete")}
          onDeleted={() => navigate("/thoughts", { state: { notice: "deleted" } })}
        />
      ) : null}
    </Page>
  );
}

/** Every part of a record is a few lines at most: the same box, held to the limit the server holds it to. */
function ThoughtText(props: Omit<ComponentProps<typeof TextAreaField>, "rows" | "maxLength">) {
  return <TextAreaField {...props} rows={3} maxLength={THOUGHT_TEXT_MAX} />;
}

function FeelingRow({
  feeling: f,
  problem,
  onChange,
  onRemove,
}: {
  feeling: FeelingDraft;
  problem: string | null;
  onChange: (patch: Partial<FeelingDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = f.name.trim();
  return (
    <div className="thought-feeling">
      <Field
        label={t("thoughts.form.feelingName")}
        data-focus={`${f.key}-name`}
        value={f.name}
        maxLength={FEELING_NAME_MAX}
        autoComplete="off"
        error={problem}
        onChange={(typed) => onChange({ name: typed })}
      />
      <Slider
        label={name ? t("thoughts.form.intensity", { name }) : t("thoughts.form.intensityUnnamed")}
        value={f.intensity}
        onChange={(intensity) => onChange({ intensity })}
      />
      <Button variant="quiet" onClick={onRemove}>
        {name ? t("thoughts.form.removeFeeling", { name }) : t("thoughts.form.removeUnnamed")}
      </Button>
    </div>
  );
}

/** 0–100, with the number shown beside it; a full 44 px tall for a thumb. */
function Slider({
  label,
  value,
  onChange,
  focusKey,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  focusKey?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="thought-slider">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={value}
          data-focus={focusKey}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <output htmlFor={id}>{value}</output>
      </div>
    </div>
  );
}
