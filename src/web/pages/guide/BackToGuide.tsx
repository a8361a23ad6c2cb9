// The way back to the Guide hub at the foot of each guide page (hidden when printing).
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function BackToGuide() {
  const { t } = useTranslation();
  return (
    <p className="guide-back no-print">
      <Link to="/guide" className="back-link">
        {t("guide.backToGuide")}
      </Link>
    </p>
  );
}
