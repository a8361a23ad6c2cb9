// Under the cue chips: what a chosen cue means, one tap into the cue guide at the right section (or the
// guide itself while nothing is chosen), so reading a baby's signals can be learnt where they are logged.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Cue } from "../../../../domain/entries/vocabulary";
import { CUE_GUIDE_PATH, cueGuideHref } from "../../guide/cueLinks";
import "../../../i18n/ideas";
import "../../../styles/today-guidance.css";

export function CueGuideLinks({ selected }: { selected: readonly Cue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="cue-guide-links">
      {selected.length === 0 ? (
        <li>
          <Link to={CUE_GUIDE_PATH}>{t("cueHelp.link")}</Link>
        </li>
      ) : (
        selected.map((cue) => (
          <li key={cue}>
            <Link to={cueGuideHref(cue)}>{t("cueHelp.linkNamed", { cue: t(`cues.option.${cue}`) })}</Link>
          </li>
        ))
      )}
    </ul>
  );
}
