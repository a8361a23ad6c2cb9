import { useTranslation } from "react-i18next";
import { Link, NavLink, useNavigate } from "react-router";
import { useMe, useSignOut } from "../api/account";
import { BrandMark } from "../components/BrandMark";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { ThemeToggle } from "../components/ThemeToggle";

export function SiteHeader() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <header className="site-header">
      <div className="header-bar">
        <Link to="/" className="brand" aria-label={t("app.homeLink")}>
          <BrandMark />
          <span>{t("app.name")}</span>
        </Link>
        <div className="header-controls">
          <ThemeToggle />
          <LanguageSwitcher />
        </div>
      </div>
      {me ? <MainNav isAdmin={me.user.isAdmin} /> : null}
    </header>
  );
}

// Only what exists today: more rooms join this list as they are built.
function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <nav className="main-nav" aria-label={t("nav.label")}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t("nav.today")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/week">{t("nav.week")}</NavLink>
        </li>
        <li>
          <NavLink to="/history">{t("nav.history")}</NavLink>
        </li>
        <li>
          <NavLink to="/family">{t("nav.family")}</NavLink>
        </li>
        <li>
          <NavLink to="/settings">{t("nav.settings")}</NavLink>
        </li>
        {isAdmin ? (
          <li>
            <NavLink to="/admin">{t("nav.admin")}</NavLink>
          </li>
        ) : null}
      </ul>
      <Button
        variant="quiet"
        className="sign-out"
        busy={signOut.isPending}
        busyLabel={t("nav.signingOut")}
        onClick={() =>
          signOut
            .mutateAsync()
            .then(() => navigate("/sign-in", { replace: true }))
            .catch(() => undefined)
        }
      >
        {t("nav.signOut")}
      </Button>
      <ErrorAlert error={signOut.error} />
    </nav>
  );
}
