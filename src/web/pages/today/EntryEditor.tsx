// Change an entry's times or note, e.g. to back-date a feed logged late. Saved on this phone, then synced.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes } from "../../../domain/entries/vocabulary";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { editEntry } from "../../log/actions";
import { useLogContext } from "../../log/LogContext";
import { addDays, atTime, startOfDay, toTimeInput } from "../../log/time";
import type { LocalEntry } from "../../log/types";

export function EntryEditor({ entry, onClose }: { entry: LocalEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { sync } = useLogContext();
  const [start, setStart] = useState(toTimeInput(entry.startedAt));
  const [end, setEnd] = useState(entry.endedAt ? toTimeInput(entry.endedAt) : "");
  const [note, setNote] = useState(entry.note ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const bottle = entry.type === "feed" && entry.details.method === "bottle";
  const [amount, setAmount] = useState(
    typeof entry.details.amountMl === "number" ? String(entry.details.amountMl) : "",
  );
  const timed = durationTypes.has(entry.type) && entry.endedAt !== null;

  function save(event: FormEvent) {
    event.preventDefault();
    const day = startOfDay(new Date(entry.startedAt));
    const startedAt = atTime(day, start || toTimeInput(entry.startedAt));
    let endedAt = timed && end ? atTime(day, end) : null;
    // An end earlier than the start means it ended after midnight.
    if (endedAt && endedAt <= startedAt) endedAt = addDays(endedAt, 1);
    if (startedAt.getTime() > Date.now() || (endedAt && endedAt.getTime() > Date.now() + 60_000)) {
      setProblem(t("editor.future"));
      return;
    }
    const ml = Number(amount);
    if (bottle && amount !== "" && !(ml >= 0 && ml <= 2000)) {
      setAmountProblem(t("editor.amountRange"));
      return;
    }
    const { amountMl: _old, ...rest } = entry.details;
    void editEntry(sync, entry.id, {
      ...(bottle ? { details: amount === "" ? rest : { ...rest, amountMl: ml } } : {}),
      startedAt: startedAt.toISOString(),
      ...(timed ? { endedAt: endedAt ? endedAt.toISOString() : entry.endedAt } : {}),
      note: note.trim() ? note.trim() : null,
    });
    onClose();
  }

  return (
    <form className="stack entry-editor" onSubmit={save} noValidate>
      <Field label={t("editor.start")} type="time" value={start} onChange={setStart} error={problem} />
      {timed ? <Field label={t("editor.end")} type="time" value={end} onChange={setEnd} /> : null}
      {bottle ? (
        <Field
          label={t("editor.amount")}
          type="number"
          inputMode="decimal"
          min={0}
          max={2000}
          value={amount}
          onChange={setAmount}
          error={amountProblem}
        />
      ) : null}
      <Field label={t("editor.note")} value={note} onChange={setNote} maxLength={2000} />
      <div className="button-row">
        <Button type="submit">{t("editor.save")}</Button>
        <Button variant="secondary" onClick={onClose}>
          {t("editor.cancel")}
        </Button>
      </div>
    </form>
  );
}
