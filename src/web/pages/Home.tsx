import { useTranslation } from "react-i18next";
import { useMe } from "../api/account";
import { Page } from "../components/Page";

// Features do not exist yet, so Home says so kindly instead of showing anything pretend.
export default function Home() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null; // RequireSignedIn only renders this page once the account is known
  const { user } = me;
  return (
    <Page title={t("home.title")} heading={t("home.greeting", { name: user.name })}>
      <div className="placeholder-card">
        <p>{t(`home.placeholder.${user.role}`)}</p>
        <p>{t("home.meanwhile")}</p>
      </div>
    </Page>
  );
}
