// The family's visit summary, for one of their babies and the last 7 or 14 days: the same day-by-day table
// and dated facts the family prints (pages/guide), their saved questions, and the check-ins caregivers shared
// with clinicians. Read-only: the questions are the family's to write.
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CaseCheckIn, type CaseVisitSummary as Summary, useCaseVisitSummary } from "../../api/caseReads";
import { Loading } from "../../app/Loading";
import { printPart } from "../../app/printPart";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { familyFormat } from "../../log/familyClock";
import { CheckInTable } from "../guide/CheckInTable";
import { VisitDays } from "../guide/VisitDays";
import { VisitFacts } from "../guide/VisitFacts";
import { VisitPeriod } from "../guide/VisitPeriod";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/casereads";
import "../../i18n/guidance";
import "../../styles/guide.css";
import "../../styles/case-reads.css";
import "../../styles/print.css";

type Days = "7" | "14";

export function CaseVisitSummary({ caseId, summary }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const shared = summary.scopes.includes("visit_summary");
  const [babyId, setBabyId] = useState(summary.babies[0]?.id ?? "");
  const [days, setDays] = useState<Days>("7");
  const lang = i18n.language.startsWith("es") ? "es" : "en";
  const visit = useCaseVisitSummary(caseId, babyId || undefined, Number(days) as 7 | 14, lang, shared);
  const sectionRef = useRef<HTMLElement>(null);

  return (
    <section
      ref={sectionRef}
      aria-labelledby="case-visit-heading"
      className="card stack case-reads-section case-visit"
    >
      <h2 id="case-visit-heading">{t("caseReads.visit.heading")}</h2>
      {!shared ? (
        <p className="field-hint">{t("caseReads.visit.notShared")}</p>
      ) : !summary.babies.length ? (
        <p>{t("caseReads.visit.noBaby")}</p>
      ) : (
        <>
          <p>{t("caseReads.visit.intro")}</p>
          <div className="case-visit-controls">
            {summary.babies.length > 1 ? (
              <ChoiceGroup
                legend={t("caseReads.visit.baby")}
                inline
                value={babyId}
                onChange={setBabyId}
                choices={summary.babies.map((b) => ({ value: b.id, label: b.name }))}
              />
            ) : null}
            <ChoiceGroup
              legend={t("guide.visit.period")}
              inline
              value={days}
              onChange={setDays}
              choices={[
                { value: "7", label: t("guide.visit.days", { count: 7 }) },
                { value: "14", label: t("guide.visit.days", { count: 14 }) },
              ]}
            />
          </div>
          <ErrorAlert error={visit.error} />
          {visit.isPending ? <Loading /> : null}
          {visit.data ? (
            <>
              <div className="no-print">
                <Button variant="secondary" onClick={() => printPart(sectionRef.current)}>
                  {t("caseReads.visit.print")}
                </Button>
              </div>
              <VisitBody data={visit.data} resultsShared={summary.scopes.includes("screenings")} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function VisitBody({ data, resultsShared }: { data: Summary; resultsShared: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <VisitPeriod {...data} />
      <VisitDays days={data.days} />
      <VisitFacts summary={data} />
      <SharedCheckIns
        checkIns={data.checkIns}
        timeZone={data.timeZone}
        babyName={data.baby.name}
        resultsShared={resultsShared}
      />
      <section aria-labelledby="case-visit-questions" className="visit-section">
        <h2 id="case-visit-questions">{t("caseReads.visit.questions")}</h2>
        {data.questions.length ? (
          <ul className="fact-list">
            {data.questions.map((q) => (
              <li key={`${q.at}|${q.text}`}>{q.text}</li>
            ))}
          </ul>
        ) : (
          <p className="guide-meta">{t("caseReads.visit.noQuestions")}</p>
        )}
      </section>
    </>
  );
}

function SharedCheckIns({
  checkIns,
  timeZone,
  babyName,
  resultsShared,
}: {
  checkIns: CaseCheckIn[];
  timeZone: string;
  babyName: string;
  resultsShared: boolean;
}) {
  const { t, i18n } = useTranslation();
  const when = useMemo(
    () => familyFormat(i18n.language, timeZone, { weekday: "short", day: "numeric", month: "short" }),
    [i18n.language, timeZone],
  );
  return (
    <section aria-labelledby="case-visit-check-ins" className="visit-section">
      <h2 id="case-visit-check-ins">{t("caseReads.visit.checkIns")}</h2>
      {!resultsShared ? (
        <p className="guide-meta">{t("caseReads.visit.checkInsNotShared")}</p>
      ) : !checkIns.length ? (
        <p className="guide-meta">{t("caseReads.visit.noCheckIns")}</p>
      ) : (
        <>
          <p className="guide-meta">{t("caseReads.visit.checkInsNote")}</p>
          <CheckInTable
            labelledBy="case-visit-check-ins"
            checkIns={checkIns}
            babyName={babyName}
            when={when}
            answeredBy={(c) => c.caregiver.name}
          />
        </>
      )}
    </section>
  );
}
