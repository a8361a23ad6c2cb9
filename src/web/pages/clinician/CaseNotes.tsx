// The clinician's notes in a case (src/domain/case-note.ts): a form for a new progress or private note, then
// the two kinds in separate lists. A progress note can be signed (after a confirmation, because it cannot be
// undone); a signed note is locked and grows only by amendments, shown after it with author and time.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AMENDMENT_MAX, CASE_NOTE_MAX, type CaseNoteKind } from "../../../domain/case-note";
import { type CaseNote, useAmendNote, useCaseNotes, useSignNote, useWriteNote } from "../../api/caseFile";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextAreaField } from "../../components/TextAreaField";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import { useCaseWriting } from "./useCaseWriting";
import "../../i18n/casefile";
import "../../styles/case-file.css";

export function CaseNotes({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-notes-heading" className="card stack case-file-section">
      <h2 id="case-notes-heading">{t("caseNotes.heading")}</h2>
      <p>{t("caseNotes.intro")}</p>
      <NewNote caseId={caseId} />
      <NoteList caseId={caseId} kind="progress" />
      <NoteList caseId={caseId} kind="private" />
    </section>
  );
}

function NewNote({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const write = useWriteNote(caseId);
  const [kind, setKind] = useState<CaseNoteKind>("progress");
  const note = useCaseWriting(write, t("caseNotes.empty"));

  return (
    <form className="stack case-file-form" onSubmit={note.submit((text) => ({ kind, text }))} noValidate>
      <ChoiceGroup
        legend={t("caseNotes.kind")}
        value={kind}
        inline
        onChange={setKind}
        choices={[
          { value: "progress", label: t("caseNotes.kinds.progress") },
          { value: "private", label: t("caseNotes.kinds.private") },
        ]}
      />
      <TextAreaField
        label={t("caseNotes.text")}
        rows={5}
        value={note.text}
        maxLength={CASE_NOTE_MAX}
        error={note.problem}
        onChange={note.setText}
      />
      <ErrorAlert error={write.error} />
      <Button type="submit" busy={write.isPending} busyLabel={t("caseNotes.writing")}>
        {t("caseNotes.write")}
      </Button>
      <StatusMessage>{note.sent ? t("caseNotes.written") : null}</StatusMessage>
    </form>
  );
}

function NoteList({ caseId, kind }: { caseId: string; kind: CaseNoteKind }) {
  const { t } = useTranslation();
  const notes = useCaseNotes(caseId, kind);
  const headingId = `case-notes-${kind}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId}>{t(kind === "progress" ? "caseNotes.progressList" : "caseNotes.privateList")}</h3>
      <ErrorAlert error={notes.error} />
      <CaseLoading when={notes.isPending} />
      {notes.data && !notes.data.length ? <p>{t("caseNotes.none")}</p> : null}
      <ul className="case-notes">
        {notes.data?.map((n) => (
          <NoteItem key={n.id} caseId={caseId} note={n} />
        ))}
      </ul>
    </section>
  );
}

function NoteItem({ caseId, note }: { caseId: string; note: CaseNote }) {
  const { t, i18n } = useTranslation();
  const date = new Date(note.createdAt).toLocaleString(i18n.language);
  return (
    <li className="case-note">
      <p className="case-file-meta">
        <time dateTime={note.createdAt}>{t("caseNotes.writtenAt", { date })}</time> ·{" "}
        {note.signedAt ? (
          <time dateTime={note.signedAt}>
            {t("caseNotes.signedOn", { date: new Date(note.signedAt).toLocaleString(i18n.language) })}
          </time>
        ) : (
          t("caseNotes.unsigned")
        )}
      </p>
      <p className="case-note-text">{note.text}</p>
      {note.amendments.length ? (
        <div className="case-note-amendments">
          <h4>{t("caseNotes.amendments")}</h4>
          <ol>
            {note.amendments.map((a) => (
              <li key={a.id}>
                <p className="case-file-meta">
                  {t("caseNotes.amendmentBy", {
                    author: a.author?.name ?? t("caseNotes.someone"),
                    date: new Date(a.createdAt).toLocaleString(i18n.language),
                  })}
                </p>
                <p className="case-note-text">{a.text}</p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {note.signedAt ? (
        <Amend caseId={caseId} note={note} date={date} />
      ) : (
        <Sign caseId={caseId} note={note} date={date} />
      )}
    </li>
  );
}

/** Signing cannot be undone, so it asks first, in place, with the calm choice ("Not yet") focused. */
function Sign({ caseId, note, date }: { caseId: string; note: CaseNote; date: string }) {
  const { t } = useTranslation();
  const sign = useSignNote(caseId);
  const [confirming, setConfirming] = useState(false);
  const notYetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) notYetRef.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <div className="case-file-actions">
        <Button
          variant="secondary"
          aria-label={t("caseNotes.signLabel", { date })}
          onClick={() => setConfirming(true)}
        >
          {t("caseNotes.sign")}
        </Button>
      </div>
    );
  return (
    <fieldset className="stack case-file-confirm">
      <legend>{t("caseNotes.signConfirm")}</legend>
      <ErrorAlert error={sign.error} />
      <div className="case-file-actions">
        <Button busy={sign.isPending} busyLabel={t("caseNotes.signing")} onClick={() => sign.mutate(note.id)}>
          {t("caseNotes.signYes")}
        </Button>
        <Button ref={notYetRef} variant="secondary" onClick={() => setConfirming(false)}>
          {t("caseNotes.notYet")}
        </Button>
      </div>
    </fieldset>
  );
}

function Amend({ caseId, note, date }: { caseId: string; note: CaseNote; date: string }) {
  const { t } = useTranslation();
  const amend = useAmendNote(caseId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);
  if (!open)
    return (
      <div className="case-file-actions">
        <Button
          variant="secondary"
          aria-label={t("caseNotes.amendLabel", { date })}
          onClick={() => setOpen(true)}
        >
          {t("caseNotes.amend")}
        </Button>
      </div>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (amend.isPending || !text.trim()) return;
    amend.mutate(
      { noteId: note.id, text: text.trim() },
      {
        onSuccess: () => {
          setText("");
          setOpen(false);
        },
      },
    );
  };
  return (
    <form className="stack case-file-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={t("caseNotes.amendment")}
        textareaRef={textRef}
        rows={3}
        value={text}
        maxLength={AMENDMENT_MAX}
        onChange={setText}
      />
      <ErrorAlert error={amend.error} />
      <div className="case-file-actions">
        <Button type="submit" busy={amend.isPending} busyLabel={t("caseNotes.amendSaving")}>
          {t("caseNotes.amendSave")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("caseNotes.cancel")}
        </Button>
      </div>
    </form>
  );
}
