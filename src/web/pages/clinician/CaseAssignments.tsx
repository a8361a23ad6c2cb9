// Things to read or try, in the case: the clinician sends a Learn article, a cue-guide section or a bonding
// idea from the app's own content, with a note if they like, and sees whether a caregiver read or tried it
// and what they wrote back.
import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { assignables } from "../../../content/assignable";
import { ASSIGNMENT_NOTE_MAX, type AssignmentKind, assignmentKinds } from "../../../domain/assignment";
import { type Assignment, useCaseAssignments, useSendAssignment } from "../../api/assignments";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/SelectField";
import { useContentLang } from "../guide/useContentLang";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/assignments";
import "../../styles/care-team.css";
import "../../styles/assignments.css";

const everything = assignables();

export function CaseAssignments({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const list = useCaseAssignments(caseId);
  const send = useSendAssignment(caseId);
  const [kind, setKind] = useState<AssignmentKind>("article");
  const options = useMemo(
    () => everything.filter((a) => a.kind === kind).map((a) => ({ value: a.ref, label: a.title[lang] })),
    [kind, lang],
  );
  const [ref, setRef] = useState(options[0]?.value ?? "");
  const [note, setNote] = useState("");
  const [sent, setSent] = useState(false);
  const noteId = useId();
  const chosen = options.some((o) => o.value === ref) ? ref : (options[0]?.value ?? "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending || !chosen) return;
    setSent(false);
    send.mutate(
      { kind, ref: chosen, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setNote("");
          setSent(true);
        },
      },
    );
  };

  return (
    <section aria-labelledby="case-assignments-heading" className="card stack care-team-section">
      <h2 id="case-assignments-heading">{t("assignments.heading")}</h2>
      <p>{t("assignments.intro")}</p>
      <form className="stack care-team-form" onSubmit={submit} noValidate>
        <ChoiceGroup
          legend={t("assignments.kind")}
          value={kind}
          onChange={(next) => {
            setKind(next);
            setRef("");
          }}
          choices={assignmentKinds.map((k) => ({ value: k, label: t(`assignments.kinds.${k}`) }))}
        />
        <SelectField label={t("assignments.item")} value={chosen} onChange={setRef} options={options} />
        <div className="field">
          <label htmlFor={noteId}>{t("assignments.note")}</label>
          <textarea
            id={noteId}
            value={note}
            rows={2}
            maxLength={ASSIGNMENT_NOTE_MAX}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <ErrorAlert error={send.error} />
        <Button type="submit" busy={send.isPending} busyLabel={t("assignments.sending")}>
          {t("assignments.send")}
        </Button>
        <StatusMessage>{sent ? t("assignments.sent") : null}</StatusMessage>
      </form>
      <ErrorAlert error={list.error} />
      <CaseLoading when={list.isPending} />
      {list.data && !list.data.length ? <p>{t("assignments.none")}</p> : null}
      <ul className="care-team-list">
        {list.data?.map((a) => (
          <CaseAssignment key={a.id} assignment={a} />
        ))}
      </ul>
    </section>
  );
}

function CaseAssignment({ assignment: a }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  const answered = a.status !== "sent" && a.statusAt;
  const who = a.answeredBy?.name;
  return (
    <li className="assignment">
      <p className="observation-from">
        {t(`assignments.kinds.${a.kind}`)} · {t("assignments.sentOn", { date: day(a.createdAt) })}
      </p>
      <h3 className="assignment-title">{a.title}</h3>
      {a.note ? <p className="referral-note">{a.note}</p> : null}
      <p className="assignment-status">
        {answered && a.statusAt
          ? a.status === "read"
            ? who
              ? t("assignments.readBy", { name: who, date: day(a.statusAt) })
              : t("assignments.readOn", { date: day(a.statusAt) })
            : who
              ? t("assignments.triedBy", { name: who, date: day(a.statusAt) })
              : t("assignments.triedOn", { date: day(a.statusAt) })
          : t("assignments.notAnswered")}
      </p>
      {a.reflection ? (
        <figure className="assignment-reflection">
          <figcaption>{t("assignments.theirWords")}</figcaption>
          <blockquote className="observation-text">
            <p>{a.reflection}</p>
          </blockquote>
        </figure>
      ) : null}
    </li>
  );
}
