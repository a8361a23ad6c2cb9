// For someone outside the regions Attune has checked numbers for: the local emergency number, and Find A
// Helpline, which lists free, vetted crisis lines by country (src/content/help/crisis.ts, decision 19).
import { useTranslation } from "react-i18next";

export const FIND_A_HELPLINE = "https://findahelpline.com/";

export function Elsewhere() {
  const { t } = useTranslation();
  return (
    <p className="help-elsewhere">
      {t("help.elsewhere")}{" "}
      <a href={FIND_A_HELPLINE} rel="noopener noreferrer" target="_blank">
        {t("help.elsewhereLink")}
      </a>
    </p>
  );
}
