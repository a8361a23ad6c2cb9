// "More": the kinds of care logged now and then (appointments, medicine, a temperature…) and the family's
// own kinds, kept out of the big buttons so those stay few. It opens in a sheet (QuickLog), which gives it
// its heading and close button; opening it moves focus inside, and Escape gives focus back to More.
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EntryType } from "../../../domain/entries/vocabulary";
import { useLogContext } from "../../log/LogContext";
import type { LocalEntry } from "../../log/types";
import { type MoreChoice, MoreForm } from "./MoreForm";
import { QuickButton } from "./QuickButton";

export const moreTypes: EntryType[] = [
  "soothing",
  "appointment",
  "medication",
  "temperature",
  "growth",
  "pumping",
  "dressing",
  "note",
];

export function MorePanel({
  earlier,
  onLogged,
  onClose,
}: {
  earlier: string;
  onLogged: (entry: LocalEntry) => void;
  /** Close the panel; focus goes back to the More button. */
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { family } = useLogContext();
  const [choice, setChoice] = useState<MoreChoice | null>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const customTypes = family.customTypes ?? [];

  useEffect(() => {
    if (!choice) firstRef.current?.focus();
  }, [choice]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught here for every control inside
    <div className="more-panel" onKeyDown={onKeyDown}>
      {choice ? (
        <MoreForm
          key={`${choice.type}:${choice.label ?? ""}`}
          choice={choice}
          earlier={earlier}
          onLogged={onLogged}
          onCancel={onClose}
        />
      ) : (
        <>
          <div className="quick-grid">
            {moreTypes.map((type, i) => (
              <QuickButton
                key={type}
                ref={i === 0 ? firstRef : undefined}
                data-autofocus={i === 0 ? true : undefined}
                onClick={() => setChoice({ type })}
              >
                {t(`entryType.${type}`)}
              </QuickButton>
            ))}
            <QuickButton onClick={() => setChoice({ type: "custom" })}>{t("more.somethingElse")}</QuickButton>
          </div>
          {customTypes.length ? (
            <>
              <h3 className="more-heading">{t("more.familyTypes")}</h3>
              <div className="quick-grid">
                {customTypes.map((label) => (
                  <QuickButton key={label} onClick={() => setChoice({ type: "custom", label })}>
                    {label}
                  </QuickButton>
                ))}
              </div>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
