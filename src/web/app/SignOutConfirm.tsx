// Asked only when signing out would lose entries that never reached the family (logged offline), or
// check-ins finished offline and not sent yet. Staying is the default: Escape, or the first button, keeps
// everything.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../components/Button";

/**
 * `count` is how many entries are waiting, or "unknown" when this phone could not check; `checkIns` how
 * many check-ins are waiting to be sent.
 */
export function SignOutConfirm({
  count,
  checkIns = 0,
  onStay,
  onSignOut,
}: {
  count: number | "unknown";
  checkIns?: number;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Modal, so the rest of the page is out of reach (and out of the screen reader's way) until answered.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId}>{count === 0 ? t("session.unsentCheckInsTitle") : t("session.unsavedTitle")}</h2>
      <p id={bodyId}>
        {count === "unknown"
          ? t("session.unsavedUnknown")
          : count > 0
            ? t("session.unsaved", { count })
            : null}
        {checkIns > 0 ? ` ${t("session.unsentCheckIns", { count: checkIns })}` : null}{" "}
        {t("session.unsavedHint")}
      </p>
      <div className="button-row">
        {/* Staying is the safe choice, so it is the one Enter picks. */}
        <Button autoFocus onClick={onStay}>
          {t("session.stay")}
        </Button>
        <Button variant="danger" onClick={onSignOut}>
          {t("session.signOutAnyway")}
        </Button>
      </div>
    </dialog>
  );
}
