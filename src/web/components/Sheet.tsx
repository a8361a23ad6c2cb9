// A sheet that rises from the bottom of a phone's screen (a centred panel on a wide one): the follow-up
// choices of a tap, in reach of the thumb that made it. Modal, so focus stays inside until it is closed;
// Escape, the close button or a tap on the dimmed page closes it.
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button";

export function Sheet({
  title,
  onClose,
  children,
  closeLabel,
  id,
  className,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** The close button's words ("Close", "Skip", "Done"). */
  closeLabel?: string;
  id?: string;
  className?: string;
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
      className={["sheet", className].filter(Boolean).join(" ")}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="sheet-head">
        <h2 id={titleId}>{title}</h2>
        <Button variant="quiet" onClick={onClose}>
          {closeLabel ?? t("nav.close")}
        </Button>
      </div>
      {children}
    </dialog>
  );
}
