// "From your care team": what the clinicians a family shares with have sent them. It stays the family's
// after a share ends: a kind word or a referral is not taken back.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../components/Page";
import { useLogContext } from "../../log/LogContext";
import { careTeamSections } from "./careTeamSections";
import "../../i18n/sharing";
import "../../styles/sharing.css";

export default function CareTeamPage() {
  const { t } = useTranslation();
  const { family } = useLogContext();
  return (
    <Page title={t("careTeam.title")} intro={t("careTeam.intro")} className="care-team-page">
      {careTeamSections.map(({ key, Component }) => (
        <Component key={key} familyId={family.id} />
      ))}
      <p>
        <Link to="/family/sharing">{t("sharing.link")}</Link>
      </p>
    </Page>
  );
}
