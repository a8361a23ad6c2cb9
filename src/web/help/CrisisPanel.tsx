// The crisis panel: shown the instant an answer raises a safety flag, before any score, and again above the
// result. The region's crisis line comes first. During a check-in it replaces the question and only an
// explicit "I'm safe right now, continue" moves on: no close button, and Escape does nothing.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SafetyFlagType } from "../../domain/screening/definition";
import { SelectField } from "../components/SelectField";
import { HelpLines } from "./HelpLines";
import { type HelpRegion, helpLinesFor, helpRegions } from "./lines";

interface CrisisPanelProps {
  flags: readonly { type: SafetyFlagType }[];
  region: HelpRegion;
  onRegionChange: (region: HelpRegion) => void;
  /** During a check-in: the explicit way on. Absent on the result page, where the score follows below. */
  onContinue?: () => void;
}

export function CrisisPanel({ flags, region, onRegionChange, onContinue }: CrisisPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After the page's own focus move (a parent's effect runs after this one), so the panel wins.
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const emergency = helpLinesFor(region).find((l) => l.kind === "emergency")?.call ?? "";
  const selfHarm = flags.some((f) => f.type === "self_harm");
  const harmToBaby = flags.some((f) => f.type === "harm_to_baby");
  return (
    <section
      className="crisis-panel"
      role={onContinue ? "alertdialog" : "region"}
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-why`}
    >
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("crisis.heading")}
      </h2>
      <div id={`${id}-why`}>
        {selfHarm ? <p>{t("crisis.selfHarm")}</p> : null}
        {harmToBaby ? <p>{t("crisis.harmToBaby")}</p> : null}
        <p>{t("crisis.talkNow")}</p>
      </div>
      <HelpLines region={region} />
      <p className="crisis-danger">{t("crisis.danger", { number: emergency })}</p>
      <SelectField
        label={t("help.regionLabel")}
        value={region}
        onChange={onRegionChange}
        options={helpRegions.map((r) => ({ value: r, label: t(`help.region.${r}`) }))}
      />
      <p className="crisis-after">{t("crisis.afterNote")}</p>
      {onContinue ? (
        <button type="button" className="button button-secondary crisis-continue" onClick={onContinue}>
          {t("crisis.safeContinue")}
        </button>
      ) : null}
    </section>
  );
}
