// A part of the case file still fetching says so in its own place, so a clinician who jumped to it sees it is
// on its way rather than an empty card. Deliberately not a live region: a dozen parts load at once, and a
// dozen "Loading" announcements would drown out the page heading.
import { useTranslation } from "react-i18next";

export function CaseLoading({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return when ? <p className="case-loading">{t("app.loading")}</p> : null;
}
