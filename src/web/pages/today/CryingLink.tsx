// "My baby is crying", one tap from Today: calm, not alarming, and always in the same place above the log.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import "../../i18n/ideas";
import "../../styles/today-guidance.css";

export const CRYING_PATH = "/guide/crying";

export function CryingLink() {
  const { t } = useTranslation();
  return (
    <p className="crying-open">
      <Link to={CRYING_PATH} className="crying-open-link">
        <span className="crying-open-title">{t("cryingLink.title")}</span>
        <span className="crying-open-hint">{t("cryingLink.hint")}</span>
      </Link>
    </p>
  );
}
