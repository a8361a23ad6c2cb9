// The way to "Bring your history", where a parent looks for it: the Family page and Settings.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import "../../i18n/imports";

export function BringHistoryLink() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("imports.title")}</h2>
      <p>{t("imports.linkHint")}</p>
      <p>
        <Link to="/family/import" className="button button-secondary">
          {t("imports.link")}
        </Link>
      </p>
    </section>
  );
}
