// Shared observations in the case: the clinician writes a few strengths-based words for the family (why
// strengths-based: src/domain/observation.ts), optionally about one dyad, and sees whether each was read.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OBSERVATION_MAX } from "../../../domain/observation";
import { useCaseObservations, useShareObservation } from "../../api/careTeam";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import { useCaseWriting } from "./useCaseWriting";
import "../../i18n/careteam";
import "../../styles/care-team.css";

export function CaseObservations({ caseId, summary }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const list = useCaseObservations(caseId);
  const share = useShareObservation(caseId);
  const [babyId, setBabyId] = useState("");
  const [caregiverId, setCaregiverId] = useState("");
  const observation = useCaseWriting(share, t("observations.empty"));
  const anyone = { value: "", label: t("observations.anyone") };
  // The example in the hint names this family's baby: the one chosen, or the only one; with several and none
  // chosen (or none known yet), it says "your baby".
  const exampleBaby =
    summary.babies.find((b) => b.id === babyId)?.name ??
    (summary.babies.length === 1 ? summary.babies[0]?.name : undefined);

  return (
    <section aria-labelledby="case-observations-heading" className="card stack care-team-section">
      <h2 id="case-observations-heading">{t("observations.heading")}</h2>
      <p>{t("observations.intro")}</p>
      <form
        className="stack care-team-form"
        onSubmit={observation.submit((text) => ({
          text,
          ...(babyId ? { babyId } : {}),
          ...(caregiverId ? { caregiverId } : {}),
        }))}
        noValidate
      >
        <TextAreaField
          label={t("observations.text")}
          hint={
            exampleBaby ? t("observations.textHint", { baby: exampleBaby }) : t("observations.textHintNoName")
          }
          count={t("observations.count", { count: observation.text.length, max: OBSERVATION_MAX })}
          value={observation.text}
          rows={3}
          maxLength={OBSERVATION_MAX}
          error={observation.problem}
          onChange={observation.setText}
        />
        {summary.babies.length ? (
          <SelectField
            label={t("observations.baby")}
            value={babyId}
            onChange={setBabyId}
            options={[anyone, ...summary.babies.map((b) => ({ value: b.id, label: b.name }))]}
          />
        ) : null}
        {summary.caregivers.length ? (
          <SelectField
            label={t("observations.caregiver")}
            value={caregiverId}
            onChange={setCaregiverId}
            options={[anyone, ...summary.caregivers.map((c) => ({ value: c.userId, label: c.name }))]}
          />
        ) : null}
        <ErrorAlert error={share.error} />
        <Button type="submit" busy={share.isPending} busyLabel={t("observations.sending")}>
          {t("observations.send")}
        </Button>
        <StatusMessage>{observation.sent ? t("observations.sent") : null}</StatusMessage>
      </form>
      <ErrorAlert error={list.error} />
      <CaseLoading when={list.isPending} />
      {list.data && !list.data.length ? <p>{t("observations.none")}</p> : null}
      <ul className="care-team-list">
        {list.data?.map((o) => {
          const who =
            o.caregiver && o.baby
              ? t("observations.aboutDyad", { caregiver: o.caregiver.name, baby: o.baby.name })
              : (o.caregiver?.name ?? o.baby?.name);
          return (
            <li key={o.id} className="observation">
              <p className="observation-from">
                <time dateTime={o.createdAt}>{new Date(o.createdAt).toLocaleString(i18n.language)}</time>
                {who ? ` · ${t("observations.about", { who })}` : ""}
              </p>
              <blockquote className="observation-text">
                <p>{o.text}</p>
              </blockquote>
              <p className="field-hint">
                {o.seenAt
                  ? t("observations.seen", { date: new Date(o.seenAt).toLocaleDateString(i18n.language) })
                  : t("observations.notSeen")}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
