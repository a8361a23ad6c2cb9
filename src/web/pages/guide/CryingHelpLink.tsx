// The slot for "My baby is crying", first on the Guide because it is the one that is needed in a hurry.
// The crying helper itself lives at /guide/crying (built separately); this link is all the hub needs.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export const CRYING_HELP_PATH = "/guide/crying";

export function CryingHelpLink() {
  const { t } = useTranslation();
  return (
    <Link to={CRYING_HELP_PATH} className="guide-crying-link" id="crying-help">
      <span className="guide-crying-title">{t("guide.hub.crying")}</span>
      <span className="guide-crying-hint">{t("guide.hub.cryingHint")}</span>
    </Link>
  );
}
