// On Check-ins: thought records, another tool for the caregiver's own well-being, one tap away.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import "../../i18n/thoughts";

export function ThoughtRecordsLink() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wb-thoughts" className="card stack">
      <h2 id="wb-thoughts">{t("thoughts.fromWellbeing.heading")}</h2>
      <p>{t("thoughts.fromWellbeing.body")}</p>
      <Link to="/thoughts" className="button button-secondary">
        {t("thoughts.fromWellbeing.link")}
      </Link>
    </section>
  );
}
