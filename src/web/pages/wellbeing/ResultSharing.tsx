// "Who sees this result", on a saved result: the person who answered chooses whether it goes in their visit
// summary and whether a clinician their family shares with may see it. Nothing is shared until they tick a
// box, and the clinician box changes nothing until the family shares with a clinician; the hint says so.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { notShared, type ScreeningSharing, useShareScreening } from "../../api/screeningSharing";
import { StatusMessage } from "../../components/Alert";
import { ErrorAlert } from "../../components/ErrorAlert";

export function ResultSharing({ id, sharing }: { id: string; sharing: ScreeningSharing | undefined }) {
  const { t } = useTranslation();
  const hintId = useId();
  const share = useShareScreening(id);
  // Shown at once when tapped; put back if the server could not keep it.
  const [chosen, setChosen] = useState<ScreeningSharing>(sharing ?? notShared);
  const [saved, setSaved] = useState(false);

  const change = (key: keyof ScreeningSharing, value: boolean) => {
    const before = chosen;
    setChosen({ ...chosen, [key]: value });
    setSaved(false);
    share.mutate(
      { [key]: value },
      {
        onSuccess: (screening) => {
          setChosen(screening.sharing);
          setSaved(true);
        },
        onError: () => setChosen(before),
      },
    );
  };

  return (
    <section aria-labelledby="result-sharing-heading" className="result-sharing">
      <h2 id="result-sharing-heading">{t("result.sharing.heading")}</h2>
      <p>{t("result.sharing.intro")}</p>
      <div className="choices">
        <label className="choice checkbox-choice">
          <input
            type="checkbox"
            checked={chosen.visitSummary}
            onChange={(event) => change("visitSummary", event.target.checked)}
          />
          <span>{t("result.sharing.visitSummary")}</span>
        </label>
        <label className="choice checkbox-choice">
          <input
            type="checkbox"
            checked={chosen.clinicians}
            aria-describedby={hintId}
            onChange={(event) => change("clinicians", event.target.checked)}
          />
          <span>{t("result.sharing.clinicians")}</span>
        </label>
      </div>
      <p id={hintId} className="field-hint">
        {t("result.sharing.cliniciansHint")}
      </p>
      <StatusMessage>{saved ? t("result.sharing.saved") : null}</StatusMessage>
      <ErrorAlert error={share.error} />
    </section>
  );
}
