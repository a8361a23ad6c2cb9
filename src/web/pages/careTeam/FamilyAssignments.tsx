// What the family's clinicians sent them to read or try. One tap says "I read it" or "I tried it", with a few
// words back if they like; nothing is overdue and nothing is graded.
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { REFLECTION_MAX } from "../../../domain/assignment";
import { type Assignment, useAnswerAssignment, useFamilyAssignments } from "../../api/assignments";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useContentLang } from "../guide/useContentLang";
import type { CareTeamSectionProps } from "./careTeamSections";
import "../../i18n/assignments";
import "../../styles/care-team.css";
import "../../styles/assignments.css";

export function FamilyAssignments({ familyId }: CareTeamSectionProps) {
  const { t } = useTranslation();
  const list = useFamilyAssignments(familyId, useContentLang());
  return (
    <section aria-labelledby="family-assignments-heading" className="stack care-team-section">
      <h2 id="family-assignments-heading">{t("assignments.familyHeading")}</h2>
      <ErrorAlert error={list.error} />
      {list.data?.length ? <p>{t("assignments.familyIntro")}</p> : null}
      <ul className="care-team-list">
        {list.data?.map((a) => (
          <FamilyAssignment key={a.id} familyId={familyId} assignment={a} />
        ))}
      </ul>
    </section>
  );
}

function FamilyAssignment({ familyId, assignment: a }: { familyId: string; assignment: Assignment }) {
  const { t } = useTranslation();
  const answer = useAnswerAssignment(familyId);
  const [editing, setEditing] = useState(a.status === "sent");
  const [reflection, setReflection] = useState(a.reflection ?? "");
  const [saved, setSaved] = useState(false);
  const id = useId();
  const status = a.kind === "idea" ? "tried" : "read";
  const headingId = `${id}-title`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer.isPending) return;
    setSaved(false);
    answer.mutate(
      { id: a.id, status: a.status === "sent" ? status : a.status, reflection: reflection.trim() },
      {
        onSuccess: () => {
          setEditing(false);
          setSaved(true);
        },
      },
    );
  };

  return (
    <li className="card assignment">
      <p className="observation-from">
        {a.clinician ? t("assignments.from", { name: a.clinician.name }) : t("assignments.fromSomeone")} ·{" "}
        {t(`assignments.kinds.${a.kind}`)}
      </p>
      <h3 className="assignment-title" id={headingId}>
        {a.title}
      </h3>
      {a.kind === "idea" ? <p>{a.summary}</p> : <p className="field-hint">{a.summary}</p>}
      {a.path ? (
        <p>
          <Link to={a.path} aria-label={t("assignments.open", { title: a.title })}>
            {t("assignments.open", { title: a.title })}
          </Link>
        </p>
      ) : null}
      {a.note ? (
        <blockquote className="observation-text">
          <p>{a.note}</p>
        </blockquote>
      ) : null}
      {a.status !== "sent" ? (
        <p className="assignment-status">
          {a.status === "read" ? t("assignments.youRead") : t("assignments.youTried")}
        </p>
      ) : null}
      {a.reflection && !editing ? (
        <figure className="assignment-reflection">
          <figcaption>{t("assignments.yourWords")}</figcaption>
          <blockquote>
            <p>{a.reflection}</p>
          </blockquote>
        </figure>
      ) : null}
      {editing ? (
        <form className="stack care-team-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={id}>{t("assignments.reflection")}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {a.clinician
                ? t("assignments.reflectionHint", { name: a.clinician.name })
                : t("assignments.reflectionHintSomeone")}
            </p>
            <textarea
              id={id}
              value={reflection}
              rows={3}
              maxLength={REFLECTION_MAX}
              aria-describedby={`${id}-hint ${id}-count`}
              onChange={(e) => setReflection(e.target.value)}
            />
            <p className="field-hint" id={`${id}-count`}>
              {t("assignments.count", { count: reflection.length, max: REFLECTION_MAX })}
            </p>
          </div>
          <ErrorAlert error={answer.error} />
          <div className="assignment-actions">
            <Button type="submit" busy={answer.isPending} busyLabel={t("assignments.saving")}>
              {a.status !== "sent"
                ? t("assignments.change")
                : status === "tried"
                  ? t("assignments.markTried")
                  : t("assignments.markRead")}
            </Button>
            {a.status !== "sent" ? (
              <Button variant="quiet" onClick={() => setEditing(false)}>
                {t("assignments.cancel")}
              </Button>
            ) : null}
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {t("assignments.change")}
        </Button>
      )}
      <StatusMessage>{saved ? t("assignments.saved") : null}</StatusMessage>
    </li>
  );
}
