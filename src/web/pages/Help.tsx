// "Need help now?": one tap from every screen, signed in or not. The numbers ship with the app, so this page
// works offline: the region's crisis line first, then the emergency number, then perinatal helplines.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/account";
import { Page } from "../components/Page";
import { SelectField } from "../components/SelectField";
import { Elsewhere } from "../help/Elsewhere";
import { HelpLines } from "../help/HelpLines";
import { helpRegions } from "../help/lines";
import { useHelpRegion } from "../help/useHelpRegion";
import "../i18n/wellbeing";
import "../styles/wellbeing.css";

export default function Help() {
  const { t } = useTranslation();
  const [region, setRegion] = useHelpRegion();
  const signedIn = Boolean(useMe().data);
  return (
    <Page title={t("help.title")} intro={t("help.intro")} className="help-page">
      <SelectField
        label={t("help.regionLabel")}
        value={region}
        onChange={setRegion}
        options={helpRegions.map((r) => ({ value: r, label: t(`help.region.${r}`) }))}
      />
      <section aria-labelledby="help-lines-heading">
        <h2 id="help-lines-heading">{t("help.linesHeading")}</h2>
        <HelpLines region={region} />
      </section>
      <Elsewhere />
      <p>{t("help.notAlone")}</p>
      <p>
        <Link to="/help/bonding">{t("help.bondingLink")}</Link>
      </p>
      {signedIn ? (
        <p>
          <Link to="/wellbeing">{t("help.checkIn")}</Link>
        </p>
      ) : null}
    </Page>
  );
}
