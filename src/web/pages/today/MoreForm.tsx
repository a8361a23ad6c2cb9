// The short form for one of the rarer kinds of care, opened from "More": that type's details, when it
// happened, and a note. Saved like every quick log: on this phone first, then synced.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes, type EntryType } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { addEntry } from "../../log/actions";
import { useLogContext } from "../../log/LogContext";
import type { LocalEntry } from "../../log/types";
import { useUnits } from "../../log/useUnits";
import { useDetailForm } from "./details/form";
import { useOverlapGuard } from "./details/OverlapWarning";
import { detailSpecs } from "./details/registry";
import { readWhen, type WhenDraft, WhenFields, type WhenResult } from "./details/WhenFields";

export interface MoreChoice {
  type: EntryType;
  /** For the family's own kinds of care: the label, already filled in. */
  label?: string;
}

export function MoreForm({
  choice,
  earlier,
  onLogged,
  onCancel,
}: {
  choice: MoreChoice;
  /** The quick log's "Happened earlier?" time, if one was set before opening More. */
  earlier: string;
  onLogged: (entry: LocalEntry) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { sync, baby, family } = useLogContext();
  const { type } = choice;
  const units = useUnits();
  const form = useDetailForm(detailSpecs[type], choice.label ? { label: choice.label } : {}, units);
  // A crying spell is usually logged while it happens, so soothing starts as a timer; the others are
  // usually logged afterwards.
  const [when, setWhen] = useState<WhenDraft>({ start: earlier, end: "", going: type === "soothing" });
  const [whenProblem, setWhenProblem] = useState<Extract<WhenResult, { problem: unknown }> | null>(null);
  const [note, setNote] = useState("");
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const overlap = useOverlapGuard(() => startRef.current?.focus());
  const name = choice.label ?? t(`entryType.${type}`);

  useEffect(() => headingRef.current?.focus(), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const details = form.build();
    const times = readWhen(type, when, family.timeZone);
    const noteText = note.trim();
    const missingNote = type === "note" && !noteText;
    setWhenProblem("problem" in times ? times : null);
    setNoteProblem(missingNote ? t("details.problem.noteText") : null);
    if (!details || "problem" in times || missingNote) {
      // After React has drawn the messages: take the person to the first thing to fix.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(),
      );
      return;
    }
    await overlap.guard({ type, ...times }, async () => {
      const entry = await addEntry(sync, baby.id, { type, ...times, details, note: noteText || null });
      onLogged(entry);
    });
  }

  const startsTimer = durationTypes.has(type) && when.going;

  return (
    <form ref={formRef} className="stack more-form" onSubmit={save} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {t("more.formHeading", { type: name })}
      </h3>
      {form.fields}
      <WhenFields type={type} when={when} onChange={setWhen} problem={whenProblem} startRef={startRef} />
      <Field label={t("editor.note")} value={note} onChange={setNote} maxLength={2000} error={noteProblem} />
      {overlap.warning ?? (
        <div className="button-row">
          <Button type="submit">{startsTimer ? t("more.startTimer") : t("editor.save")}</Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("editor.cancel")}
          </Button>
        </div>
      )}
    </form>
  );
}
