// Step 2, the likely reasons, likeliest first, each with why in plain words from the log. The crying peak
// also explains PURPLE crying, because "this is normal and it ends" is itself a help.
import { useTranslation } from "react-i18next";
import type { CryingGuidanceView } from "../../api/crying";
import { Button } from "../../components/Button";
import { SourcesLine } from "./SourcesLine";
import { useWhy } from "./useWhy";

export type GuidanceStatus = "loading" | "ready" | "offline" | "failed";

interface ReasonsStepProps {
  guidance: CryingGuidanceView;
  status: GuidanceStatus;
  babyName: string;
  onRetry: () => void;
}

export function ReasonsStep({ guidance, status, babyName, onRetry }: ReasonsStepProps) {
  const { t } = useTranslation();
  const phrase = useWhy(guidance.age.correctedDays !== guidance.age.days);

  if (status !== "ready")
    return (
      <>
        {status === "loading" ? (
          <p role="status">{t("crying.loading", { name: babyName })}</p>
        ) : (
          <div className="note">
            <p>{status === "offline" ? t("crying.offline") : t("crying.failed")}</p>
            <Button variant="secondary" onClick={onRetry}>
              {t("crying.retry")}
            </Button>
          </div>
        )}
        <p>{t("crying.reasons.needConnection")}</p>
      </>
    );

  return (
    <>
      <p>{t("crying.reasons.intro")}</p>
      <ol className="crying-reasons">
        {guidance.reasons.map((reason) => (
          <li key={reason.key} className="card crying-reason">
            <h3>{reason.title}</h3>
            <p>{phrase(reason.why, reason.whyText)}</p>
            {reason.key === "crying_peak" ? (
              <div className="crying-purple">
                <h4>{t("crying.reasons.purple.heading")}</h4>
                <p>{t("crying.reasons.purple.body")}</p>
              </div>
            ) : null}
            <SourcesLine keys={reason.sources} />
          </li>
        ))}
      </ol>
    </>
  );
}
