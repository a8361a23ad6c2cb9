// "When bonding feels hard": open to everyone, signed in or not, and offline (the words ship with the app).
// A way to help now comes first; then the page's words, the organisations for the person's region, links
// to what in Attune can help day to day, and the sources.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { bondingFeelsHard } from "../../../content/help/bonding-hard";
import { helpResources } from "../../../content/help/resources";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { helpRegions } from "../../help/lines";
import { useHelpRegion } from "../../help/useHelpRegion";
import { ArticleBlock } from "../guide/ArticleBlock";
import { SourceList } from "../guide/SourceList";
import { useContentLang } from "../guide/useContentLang";
import "../../i18n/bonding";
import "../../i18n/guidance";
import "../../i18n/wellbeing";
import "../../styles/guide.css";
import "../../styles/wellbeing.css";

export default function BondingHard() {
  const { t } = useTranslation();
  const lang = useContentLang();
  const [region, setRegion] = useHelpRegion();
  const page = bondingFeelsHard;
  const resources = helpResources[region] ?? [];
  return (
    <Page title={page.title[lang]} intro={page.summary[lang]} className="guide-page bonding-help-page">
      <p className="bonding-help-now">
        {t("bondingHelp.now")}{" "}
        <Link to="/help" className="button header-control help-now">
          {t("nav.help")}
        </Link>
      </p>
      <article>
        {page.body[lang].map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed content; their place is their identity
          <ArticleBlock key={i} block={block} />
        ))}
      </article>
      <section aria-labelledby="bonding-orgs">
        <h2 id="bonding-orgs">{t("bondingHelp.organisations")}</h2>
        <SelectField
          label={t("help.regionLabel")}
          value={region}
          onChange={setRegion}
          options={helpRegions.map((r) => ({ value: r, label: t(`help.region.${r}`) }))}
        />
        {resources.length ? (
          <ul className="bonding-resources">
            {resources.map((r) => (
              <li key={r.key}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.name}
                  <span className="visually-hidden"> {t("guide.opensInNewTab")}</span>
                </a>
                <p>{r.description[lang]}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("bondingHelp.noOrganisations")}</p>
        )}
      </section>
      <section aria-labelledby="bonding-in-attune">
        <h2 id="bonding-in-attune">{t("bondingHelp.inAttune")}</h2>
        <ul className="bonding-links">
          {page.related.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label[lang]}</Link>
            </li>
          ))}
        </ul>
      </section>
      <SourceList heading={t("guide.learn.sources")} keys={page.sources} />
    </Page>
  );
}
