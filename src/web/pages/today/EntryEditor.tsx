// Change anything about an entry: its times (e.g. to back-date a feed logged late), its details, the moments,
// cues and feeling in it, and the note. Saved on this phone, then synced. The fields for each type live in
// ./details (one file per group of types); this file only puts them together and saves.
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Cue, durationTypes, type Moment } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { editEntry } from "../../log/actions";
import { useLogContext } from "../../log/LogContext";
import { addDays, atTime, startOfDay, toTimeInput } from "../../log/time";
import type { LocalEntry } from "../../log/types";
import { useUnits } from "../../log/useUnits";
import { CuesField, FeelingField, MomentsField } from "./details/ConnectionFields";
import { useDetailForm } from "./details/form";
import { useOverlapGuard } from "./details/OverlapWarning";
import { detailSpecs } from "./details/registry";
import "../../styles/details.css";

export function EntryEditor({ entry, onClose }: { entry: LocalEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { sync, family, baby, userId } = useLogContext();
  const zone = family.timeZone;
  const units = useUnits();
  const details = useDetailForm(detailSpecs[entry.type], entry.details, units);
  const initialStart = toTimeInput(entry.startedAt, zone);
  const initialEnd = entry.endedAt ? toTimeInput(entry.endedAt, zone) : "";
  const [start, setStart] = useState(initialStart);
  const [end, setEnd] = useState(initialEnd);
  const [moments, setMoments] = useState<Moment[]>(entry.moments);
  const [cues, setCues] = useState<Cue[]>(entry.cues);
  const [feeling, setFeeling] = useState(entry.feeling);
  const [note, setNote] = useState(entry.note ?? "");
  const [problem, setProblem] = useState<{ field: "start" | "end"; message: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const overlap = useOverlapGuard(() => startRef.current?.focus());
  const timed = durationTypes.has(entry.type) && entry.endedAt !== null;
  // A feeling belongs to the caregiver who logged the entry; others never see it (the server blanks it),
  // so they are not offered a field that would only seem to be empty. Not yet synced means logged here.
  const own = entry.caregiverId === null || entry.caregiverId === userId;

  /** The new times, or the problem with them (and which field to show it on). */
  function readTimes():
    | { startedAt: string; endedAt: string | null }
    | { field: "start" | "end"; message: string } {
    const day = startOfDay(new Date(entry.startedAt), zone);
    // Untouched fields keep the stored instant to the second: a feed that started and stopped within the
    // same minute shows 7:43–7:43, and must not come back as ending tomorrow.
    const startedAt = start === initialStart || !start ? new Date(entry.startedAt) : atTime(day, start, zone);
    let endedAt: Date | null = null;
    if (timed) {
      if (end === initialEnd || !end) endedAt = new Date(entry.endedAt ?? entry.startedAt);
      else {
        endedAt = atTime(day, end, zone);
        // An end earlier on the clock than the start means it ended after midnight.
        if (end < (start || initialStart)) endedAt = addDays(endedAt, 1, zone);
      }
    }
    const now = Date.now();
    if (startedAt.getTime() > now) return { field: "start", message: t("editor.future") };
    if (endedAt && endedAt.getTime() > now + 60_000) return { field: "end", message: t("editor.future") };
    if (endedAt && endedAt.getTime() <= startedAt.getTime())
      return { field: "end", message: t("more.endAfterStart") };
    return { startedAt: startedAt.toISOString(), endedAt: endedAt ? endedAt.toISOString() : entry.endedAt };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const times = readTimes();
    setProblem("message" in times ? times : null);
    const built = details.build();
    if ("message" in times || !built) {
      // After React has drawn the messages: take the person to the first thing to fix.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(),
      );
      return;
    }
    const write = async () => {
      await editEntry(sync, entry.id, {
        ...times,
        details: built,
        moments,
        cues,
        ...(own ? { feeling } : {}),
        note: note.trim() ? note.trim() : null,
      });
      onClose();
    };
    // Only a change of time can make a new overlap; an old one isn't asked about again for a note.
    const moved = start !== initialStart || (timed && end !== initialEnd);
    if (moved) await overlap.guard({ id: entry.id, type: entry.type, ...times }, write);
    else await write();
  }

  return (
    <form ref={formRef} className="stack entry-editor" onSubmit={save} noValidate>
      <Field
        label={t("editor.start")}
        type="time"
        value={start}
        onChange={setStart}
        error={problem?.field === "start" ? problem.message : null}
        inputRef={startRef}
      />
      {timed ? (
        <Field
          label={t("editor.end")}
          type="time"
          value={end}
          onChange={setEnd}
          error={problem?.field === "end" ? problem.message : null}
        />
      ) : null}
      {details.fields}
      <MomentsField selected={moments} onChange={setMoments} />
      <CuesField selected={cues} onChange={setCues} babyName={baby.name} />
      {own ? <FeelingField value={feeling} onChange={setFeeling} /> : null}
      <Field label={t("editor.note")} value={note} onChange={setNote} maxLength={2000} />
      {overlap.warning ?? (
        <div className="button-row">
          <Button type="submit">{t("editor.save")}</Button>
          <Button variant="secondary" onClick={onClose}>
            {t("editor.cancel")}
          </Button>
        </div>
      )}
    </form>
  );
}
