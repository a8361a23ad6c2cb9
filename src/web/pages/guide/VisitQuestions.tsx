// Questions for the visit: the ones saved in the period, and a form to add one. A question is a note entry
// marked forVisit, saved through the log's outbox like every entry, so it works offline and syncs; it shows
// here at once from this phone's copy, and the summary is asked again once the server has it.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addCalendarDays, dayBounds, localDate } from "../../../domain/time";
import { StatusMessage } from "../../components/Alert";
import { OneFieldForm } from "../../components/OneFieldForm";
import { addEntry } from "../../log/actions";
import { useFamilyFormat } from "../../log/familyClock";
import { useLogContext } from "../../log/LogContext";
import { entriesBetween } from "../../log/queries";
import { useLive } from "../../log/useLive";
import type { VisitSummary } from "./api";

const MAX_LENGTH = 2000; // the entry schema's limit for a note

interface Question {
  at: string;
  text: string;
}

export function VisitQuestions({ summary, days }: { summary: VisitSummary | undefined; days: number }) {
  const { t } = useTranslation();
  const { sync, baby, family } = useLogContext();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const when = useFamilyFormat({ weekday: "short", day: "numeric", month: "short" });

  // This phone's questions in the same days, including ones not yet sent (offline, or just added). The days
  // are worked out here as the server does, so they show even when the summary could not be fetched.
  const today = localDate(Date.now(), family.timeZone);
  const from = dayBounds(addCalendarDays(today, -(days - 1)), family.timeZone)[0];
  const to = dayBounds(today, family.timeZone)[1];
  const local = useLive(
    async () =>
      (await entriesBetween(sync.db, baby.id, new Date(from), new Date(to)))
        .filter((e) => e.type === "note" && e.details.forVisit === true && e.note)
        .map((e) => ({ at: e.startedAt, text: e.note ?? "" })),
    [sync, baby.id, from, to],
  );
  const questions = mergeQuestions(summary?.questions ?? [], local ?? []);

  const submit = async () => {
    const question = text.trim();
    if (!question) {
      setError(t("guide.visit.questionEmpty"));
      return;
    }
    setError(null);
    await addEntry(sync, baby.id, {
      type: "note",
      startedAt: new Date().toISOString(),
      details: { forVisit: true },
      note: question.slice(0, MAX_LENGTH),
    });
    setText("");
    setAdded(true);
    // Once the outbox has delivered it, the server's summary includes it too (offline: on the next sync).
    void sync
      .run()
      .then(() => queryClient.invalidateQueries({ queryKey: ["visit-summary", baby.id] }))
      .catch(() => undefined);
  };

  return (
    <section aria-labelledby="visit-questions" className="visit-section">
      <h2 id="visit-questions">{t("guide.visit.questions")}</h2>
      {questions.length === 0 ? (
        <p className="guide-meta">{t("guide.visit.noQuestions")}</p>
      ) : (
        <ol className="question-list">
          {questions.map((q) => (
            <li key={`${q.at}|${q.text}`}>
              {q.text} <span className="entry-time">({when.format(new Date(q.at))})</span>
            </li>
          ))}
        </ol>
      )}
      <OneFieldForm
        className="question-form no-print stack"
        onSubmit={submit}
        submitLabel={t("guide.visit.add")}
        label={t("guide.visit.addQuestion")}
        hint={t("guide.visit.addQuestionHint")}
        value={text}
        onChange={(value) => {
          setText(value);
          setAdded(false);
        }}
        error={error}
        maxLength={MAX_LENGTH}
        autoComplete="off"
      >
        <StatusMessage>{added ? t("guide.visit.added") : null}</StatusMessage>
      </OneFieldForm>
    </section>
  );
}

/** The server's questions and this phone's, once each (the same question has the same time and words). */
function mergeQuestions(server: Question[], local: Question[]): Question[] {
  const key = (q: Question) => `${Date.parse(q.at)}|${q.text}`;
  const seen = new Map(server.map((q) => [key(q), q]));
  for (const q of local) if (!seen.has(key(q))) seen.set(key(q), q);
  return [...seen.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
