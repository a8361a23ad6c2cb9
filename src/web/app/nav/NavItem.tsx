// One destination as a link: icon and word, marked when it is the page in view.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { Destination } from "./destinations";
import { NavIcon } from "./NavIcon";

export function NavItem({
  place,
  due = false,
  onNavigate,
}: {
  place: Destination;
  /** For "My listing": its availability needs confirming, said in words and marked. */
  due?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const label = place.id === "myListing" && due ? t("nav.myListingDue") : t(`nav.${place.id}`);
  return (
    <NavLink to={place.to} end={place.end} className="nav-item" onClick={onNavigate}>
      <NavIcon name={place.id} />
      <span className="nav-word">{label}</span>
      {due ? (
        <span className="badge nav-badge" aria-hidden="true">
          !
        </span>
      ) : null}
    </NavLink>
  );
}
