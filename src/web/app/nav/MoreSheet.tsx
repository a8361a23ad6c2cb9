// "More": the places that did not earn a tab, and the account's controls (language, night theme, sign out).
// A sheet from the bottom on a phone (components/Sheet.tsx), a small panel under the button on a wide screen.
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../components/LanguageSwitcher";
import { Sheet } from "../../components/Sheet";
import { ThemeToggle } from "../../components/ThemeToggle";
import { SignOutButton } from "../SignOutButton";
import type { Destination } from "./destinations";
import { NavItem } from "./NavItem";

export function MoreSheet({
  id,
  places,
  signedIn,
  hasLog,
  listingDue,
  onClose,
}: {
  id: string;
  places: Destination[];
  signedIn: boolean;
  hasLog: boolean;
  listingDue: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Sheet id={id} className="more-sheet" title={t("nav.more")} onClose={onClose}>
      {places.length ? (
        <nav aria-label={t("nav.moreLabel")}>
          <ul className="more-list">
            {places.map((place) => (
              <li
                key={place.id}
                className={place.id === "settings" || place.id === "admin" ? undefined : "phone-only"}
              >
                <NavItem place={place} due={place.id === "myListing" && listingDue} onNavigate={onClose} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="more-controls">
        <LanguageSwitcher />
        <ThemeToggle withLabel />
      </div>
      {signedIn ? <SignOutButton hasLog={hasLog} /> : null}
    </Sheet>
  );
}
