// When something logged from "More" happened. A moment (a temperature, a medicine) has one time, empty for
// now. Care that lasts (an appointment, pumping, soothing) is either still going on, which starts a timer
// like the big buttons do, or over, with a start and an end. Times are on the family's clock (time.ts).
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes, type EntryType } from "../../../../domain/entries/vocabulary";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Field } from "../../../components/Field";
import { addDays, atTime, pastAt } from "../../../log/time";

export interface WhenDraft {
  start: string;
  end: string;
  going: boolean;
}

export type WhenProblem = "startRequired" | "endAfterStart" | "future";

export type WhenResult =
  | { startedAt: string; endedAt: string | null }
  | { problem: WhenProblem; field: "start" | "end" };

/** A minute of grace for a clock a little ahead, as the editor allows. */
const SKEW_MS = 60_000;

export function readWhen(type: EntryType, when: WhenDraft, timeZone: string, now = new Date()): WhenResult {
  const lasting = durationTypes.has(type);
  if (!lasting || when.going) {
    const start = when.start ? pastAt(when.start, timeZone, now) : now;
    return { startedAt: start.toISOString(), endedAt: null };
  }
  if (!when.start) return { problem: "startRequired", field: "start" };
  const start = pastAt(when.start, timeZone, now);
  let end = when.end ? atTime(start, when.end, timeZone) : now;
  // An end earlier on the clock than the start means it ended after midnight.
  if (when.end && end.getTime() <= start.getTime()) end = addDays(end, 1, timeZone);
  if (end.getTime() > now.getTime() + SKEW_MS) return { problem: "future", field: "end" };
  if (end.getTime() <= start.getTime()) return { problem: "endAfterStart", field: "end" };
  return { startedAt: start.toISOString(), endedAt: end.toISOString() };
}

export function WhenFields({
  type,
  when,
  onChange,
  problem,
  startRef,
}: {
  type: EntryType;
  when: WhenDraft;
  onChange: (when: WhenDraft) => void;
  problem: { problem: WhenProblem; field: "start" | "end" } | null;
  startRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const message = (field: "start" | "end") =>
    problem?.field === field
      ? problem.problem === "future"
        ? t("editor.future")
        : t(`more.${problem.problem}`)
      : null;
  if (!durationTypes.has(type))
    return (
      <Field
        label={t("more.when")}
        hint={t("more.whenHint")}
        type="time"
        value={when.start}
        inputRef={startRef}
        onChange={(start) => onChange({ ...when, start })}
        error={message("start")}
      />
    );
  return (
    <>
      <ChoiceGroup
        inline
        legend={t("more.going")}
        value={when.going ? "yes" : "no"}
        onChange={(v) => onChange({ ...when, going: v === "yes" })}
        choices={[
          { value: "yes", label: t("more.goingYes") },
          { value: "no", label: t("more.goingNo") },
        ]}
      />
      <Field
        label={t("more.started")}
        hint={when.going ? t("more.whenHint") : undefined}
        type="time"
        value={when.start}
        inputRef={startRef}
        onChange={(start) => onChange({ ...when, start })}
        error={message("start")}
      />
      {when.going ? null : (
        <Field
          label={t("more.ended")}
          hint={t("more.endedHint")}
          type="time"
          value={when.end}
          onChange={(end) => onChange({ ...when, end })}
          error={message("end")}
        />
      )}
    </>
  );
}
