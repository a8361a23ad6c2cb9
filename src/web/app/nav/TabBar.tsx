// The main navigation. On a phone, a bar fixed to the bottom of the screen, in reach of a thumb: up to four
// tabs and "More". On a wide screen the same list sits in the header's one row, joined by the places that
// have no tab on a phone (the account's settings stay in More).
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { MoreSheet } from "./MoreSheet";
import { NavIcon } from "./NavIcon";
import { NavItem } from "./NavItem";
import { useNavPlan } from "./useNavPlan";

const accountPlaces = new Set(["settings", "admin"]);

export function TabBar() {
  const { t } = useTranslation();
  const plan = useNavPlan();
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const moreButton = useRef<HTMLButtonElement>(null);
  // The sheet gives focus back to More itself when it closes (components/Sheet.tsx does the same).
  const close = () => setOpen(false);
  // Going somewhere (a link in the sheet, signing out) closes the sheet, so it never covers the next page.
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to the path changing
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav className="tab-bar" aria-label={t("nav.label")}>
      <ul>
        {plan.tabs.map((place) => (
          <li key={place.id}>
            <NavItem place={place} due={place.id === "myListing" && plan.listingDue} />
          </li>
        ))}
        {plan.more
          .filter((place) => !accountPlaces.has(place.id))
          .map((place) => (
            <li key={place.id} className="wide-only">
              <NavItem place={place} due={place.id === "myListing" && plan.listingDue} />
            </li>
          ))}
        <li>
          <button
            ref={moreButton}
            type="button"
            className="nav-item"
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls={open ? sheetId : undefined}
            onClick={() => setOpen(!open)}
          >
            <NavIcon name="more" />
            <span className="nav-word">{t("nav.more")}</span>
            {plan.listingDue && !plan.tabs.some((p) => p.id === "myListing") ? (
              <span className="badge nav-badge" aria-hidden="true">
                !
              </span>
            ) : null}
          </button>
        </li>
      </ul>
      {open ? (
        <MoreSheet
          id={sheetId}
          places={plan.more}
          signedIn={plan.signedIn}
          hasLog={plan.hasLog}
          listingDue={plan.listingDue}
          onClose={close}
        />
      ) : null}
    </nav>
  );
}
