import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/account";
import { useHasLog } from "../app/useHasLog";
import { Page } from "../components/Page";
import { DeleteAccountSection } from "./settings/DeleteAccountSection";
import { EmailSection } from "./settings/EmailSection";
import { PasswordSection } from "./settings/PasswordSection";
import { PreferencesSection } from "./settings/PreferencesSection";
import "../i18n/imports";

export default function Settings() {
  const { t } = useTranslation();
  const me = useMe().data;
  const hasLog = useHasLog();
  if (!me) return null; // RequireSignedIn only renders this page once the account is known
  return (
    <Page title={t("settings.title")} className="settings">
      <PreferencesSection preferences={me.preferences} />
      <EmailSection user={me.user} />
      <PasswordSection />
      {hasLog ? (
        <section aria-labelledby="settings-history" className="stack">
          <h2 id="settings-history">{t("imports.title")}</h2>
          <p>{t("imports.linkHint")}</p>
          <p>
            <Link to="/family/import" className="button button-secondary">
              {t("imports.link")}
            </Link>
          </p>
        </section>
      ) : null}
      <DeleteAccountSection />
    </Page>
  );
}
