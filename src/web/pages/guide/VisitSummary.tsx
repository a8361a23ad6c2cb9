// The page a family brings to a visit: the last 7 or 14 days from the log (feeds, sleep, diapers per day;
// growth in the person's units; temperatures; medicines; notes), the viewer's own check-ins they chose to
// include, and their questions for the visit.
// Printable: print.css hides the app around it and fits it to a page or two, black on white.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../app/Loading";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { currentLocale } from "../../i18n";
import { useLogContext } from "../../log/LogContext";
import { useVisitSummary } from "./api";
import { BackToGuide } from "./BackToGuide";
import { VisitCheckIns } from "./VisitCheckIns";
import { VisitDays } from "./VisitDays";
import { VisitFacts } from "./VisitFacts";
import { VisitPeriod } from "./VisitPeriod";
import { VisitQuestions } from "./VisitQuestions";
import "../../i18n/guidance";
import "../../styles/guide.css";
import "../../styles/print.css";

type Days = 7 | 14;

export default function VisitSummary() {
  const { t } = useTranslation();
  const { baby } = useLogContext();
  const [days, setDays] = useState<Days>(7);
  const summary = useVisitSummary(baby.id, days, currentLocale());
  const data = summary.data;

  return (
    <Page
      title={t("guide.visit.title")}
      heading={t("guide.visit.heading", { name: baby.name })}
      className="guide-page visit-summary"
    >
      <div className="visit-controls no-print">
        <p className="page-intro">{t("guide.visit.intro")}</p>
        <ChoiceGroup
          legend={t("guide.visit.period")}
          inline
          value={String(days) as "7" | "14"}
          onChange={(value) => setDays(Number(value) as Days)}
          choices={[
            { value: "7", label: t("guide.visit.days", { count: 7 }) },
            { value: "14", label: t("guide.visit.days", { count: 14 }) },
          ]}
        />
        <Button variant="primary" onClick={() => window.print()}>
          {t("guide.visit.print")}
        </Button>
      </div>
      <ErrorAlert error={summary.error} />
      {summary.isPending ? <Loading /> : null}
      {data ? (
        <>
          <VisitPeriod {...data} />
          <VisitDays days={data.days} />
          <VisitFacts summary={data} />
          <VisitCheckIns checkIns={data.checkIns} />
        </>
      ) : null}
      <VisitQuestions summary={data} days={days} />
      <BackToGuide />
    </Page>
  );
}
