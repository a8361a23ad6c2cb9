// "My check-ins" on the visit summary: the check-ins the viewer chose to include (their own only, about
// themself or this baby), each with its score on its range and its band, to show or hand to a clinician.
// Shown only when there are some; printed with the rest of the page.
import { useTranslation } from "react-i18next";
import { useFamilyFormat } from "../../log/familyClock";
import { useLogContext } from "../../log/LogContext";
import type { VisitCheckIn } from "./api";
import { CheckInTable } from "./CheckInTable";

export function VisitCheckIns({ checkIns }: { checkIns: VisitCheckIn[] | undefined }) {
  const { t } = useTranslation();
  const { baby } = useLogContext();
  const when = useFamilyFormat({ weekday: "short", day: "numeric", month: "short" });
  if (!checkIns?.length) return null;
  return (
    <section aria-labelledby="visit-check-ins" className="visit-section">
      <h2 id="visit-check-ins">{t("guide.visit.checkIns")}</h2>
      <p className="guide-meta">{t("guide.visit.checkInsNote")}</p>
      <CheckInTable labelledBy="visit-check-ins" checkIns={checkIns} babyName={baby.name} when={when} />
    </section>
  );
}
