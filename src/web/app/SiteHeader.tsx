// The top bar: the brand (home) and "Need help now?", kept to one short row so the page gets the screen.
// The navigation (src/web/app/nav) is a bottom tab bar on a phone and joins this row on a wide screen.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BrandMark } from "../components/BrandMark";
import { TabBar } from "./nav/TabBar";

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="header-bar">
        <Link to="/" className="brand" aria-label={t("app.homeLink")}>
          <BrandMark />
          <span className="brand-name">{t("app.name")}</span>
        </Link>
        <TabBar />
        {/* "Need help now?": on every screen, signed in or not, one tap from the crisis lines. */}
        <Link to="/help" className="button header-control help-now">
          {t("nav.help")}
        </Link>
      </div>
    </header>
  );
}
