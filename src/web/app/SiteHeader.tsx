import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { useMe } from "../api/account";
import { useMyListings } from "../api/directory";
import { BrandMark } from "../components/BrandMark";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { ThemeToggle } from "../components/ThemeToggle";
import { SignOutButton } from "./SignOutButton";
import { useHasLog } from "./useHasLog";

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
          {/* "Need help now?": on every screen, signed in or not, one tap from the crisis lines. */}
          <Link to="/help" className="button header-control help-now">
            {t("nav.help")}
          </Link>
          <ThemeToggle />
          <LanguageSwitcher />
        </div>
      </div>
      {me ? (
        <MainNav
          isAdmin={me.user.isAdmin}
          isModerator={me.user.isAdmin || me.user.role === "moderator"}
          isClinician={me.user.role === "clinician"}
        />
      ) : (
        // Signed out, the directory is the one room open to everyone (besides help, above).
        <nav className="main-nav" aria-label={t("nav.publicNav")}>
          <ul>
            <li>
              <NavLink to="/directory">{t("nav.directory")}</NavLink>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}

// Only what exists today: more rooms join this list as they are built. The log's pages appear once there is
// a family with a baby; before that, onboarding, check-ins and settings are the whole app.
function MainNav({
  isAdmin,
  isModerator,
  isClinician,
}: {
  isAdmin: boolean;
  isModerator: boolean;
  isClinician: boolean;
}) {
  const { t } = useTranslation();
  const hasLog = useHasLog();
  return (
    <nav className="main-nav" aria-label={t("nav.label")}>
      <ul>
        {hasLog ? (
          <>
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
              <NavLink to="/guide">{t("nav.guide")}</NavLink>
            </li>
            <li>
              <NavLink to="/family">{t("nav.family")}</NavLink>
            </li>
          </>
        ) : null}
        {isClinician ? (
          <li>
            <NavLink to="/caseload">{t("nav.caseload")}</NavLink>
          </li>
        ) : null}
        {/* Check-ins are about the person, not the log: someone pregnant or not yet in a family can check in too. */}
        <li>
          <NavLink to="/wellbeing">{t("nav.wellbeing")}</NavLink>
        </li>
        <li>
          <NavLink to="/directory" end>
            {t("nav.directory")}
          </NavLink>
        </li>
        <MyListingLink />
        {isModerator ? (
          <li>
            <NavLink to="/directory/moderation">{t("nav.moderation")}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/settings">{t("nav.settings")}</NavLink>
        </li>
        {isAdmin ? (
          <li>
            <NavLink to="/admin">{t("nav.admin")}</NavLink>
          </li>
        ) : null}
      </ul>
      <SignOutButton hasLog={hasLog} />
    </nav>
  );
}

/** For providers: their listings, marked when one needs its availability confirmed (every 90 days). */
function MyListingLink() {
  const { t } = useTranslation();
  const mine = useMyListings().data ?? [];
  if (!mine.length) return null;
  const due = mine.some((l) => l.status === "approved" && l.freshness !== "fresh");
  return (
    <li>
      <NavLink to="/directory/mine" className={due ? "nav-due" : undefined}>
        {due ? (
          <>
            {t("nav.myListingDue")}
            {/* Seen at a glance too; the words above already say it to everyone. */}
            <span className="badge" aria-hidden="true" style={{ marginInlineStart: "var(--space-2)" }}>
              !
            </span>
          </>
        ) : (
          t("nav.myListing")
        )}
      </NavLink>
    </li>
  );
}
