import { useTranslation } from "react-i18next";
import { useMe } from "../api/account";
import { useHasLog } from "../app/useHasLog";
import { Page } from "../components/Page";
import { BringHistoryLink } from "./imports/BringHistoryLink";
import { DeleteAccountSection } from "./settings/DeleteAccountSection";
import { EmailSection } from "./settings/EmailSection";
import { PasswordSection } from "./settings/PasswordSection";
import { PreferencesSection } from "./settings/PreferencesSection";

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
      {hasLog ? <BringHistoryLink /> : null}
      <DeleteAccountSection />
    </Page>
  );
}
