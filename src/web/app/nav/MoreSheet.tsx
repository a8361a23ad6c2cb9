// "More": the places that did not earn a tab, and the account's controls (language, night theme, sign out).
// A modal sheet from the bottom on a phone, a small panel under the button on a wide screen.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { LanguageSwitcher } from "../../components/LanguageSwitcher";
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
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Whoever opened the sheet gets focus back when it closes (the page behind is inert until then).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control (Close); a sheet may name a better start with data-autofocus.
    dialog?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      dialog?.close();
      if (opener?.isConnected) setTimeout(() => opener.focus(), 0);
    };
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is on the backdrop; the keyboard closes with Escape
    <dialog
      ref={ref}
      id={id}
      className="more-sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A tap on the dimmed page around the sheet closes it, as on every phone.
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="more-sheet-head">
        <h2 id={titleId}>{t("nav.more")}</h2>
        <Button variant="quiet" onClick={onClose}>
          {t("nav.close")}
        </Button>
      </div>
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
    </dialog>
  );
}
