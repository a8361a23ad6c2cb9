// "Sleep started · Undo", "Diaper deleted · Undo": what a tap just did, with its undo, pinned above the bars
// at the bottom of the screen so it is in view wherever the page is scrolled. It leaves on its own after a
// while, but never while the person is on it (pointer or keyboard focus inside).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";

const SHOWN_MS = 10_000;

export function SavedToast({
  message,
  onUndo,
  onDone,
}: {
  message: string;
  onUndo: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (held) return;
    const id = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(id);
  }, [held, onDone]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer and focus only hold the toast; they act on nothing
    <div
      ref={ref}
      className="saved-toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <p role="status">{message}</p>
      <Button variant="secondary" onClick={onUndo}>
        {t("timeline.undo")}
      </Button>
      <Button variant="quiet" onClick={onDone} aria-label={t("saved.dismiss")}>
        ×
      </Button>
    </div>
  );
}
