// For someone with no family yet: records are kept with a family (whose care team may read one, if shared).
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NoFamily() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p>{t("thoughts.noFamily")}</p>
      <Link to="/" className="button button-secondary">
        {t("thoughts.noFamilyLink")}
      </Link>
    </div>
  );
}
