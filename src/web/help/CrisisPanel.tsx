// The crisis panel: shown the instant an answer raises a safety flag, before any score, and again above the
// result. During a check-in it replaces the question and only an explicit "I'm safe right now, continue"
// moves on: no close button, and Escape does nothing.
//
// A self-harm answer puts the region's crisis line first. A harm-to-baby answer alone (PBQ items 18 and 24,
// MAAS item 12) is met differently: unwanted, frightening thoughts of harm are common after birth and
// treatable (Fairbrother & Woody 2008, src/content/sources.ts), so the panel says so without alarm and
// points to perinatal support and the person's own clinician; but the emergency number and crisis lines
// still sit in the first screen, as one row of buttons, for anyone who fears acting on the thoughts or whose
// baby has been hurt.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SafetyFlagType } from "../../domain/screening/definition";
import { SelectField } from "../components/SelectField";
import { Elsewhere } from "./Elsewhere";
import { HelpLines } from "./HelpLines";
import { type HelpRegion, helpLinesFor, helpRegions } from "./lines";
import { QuickLines } from "./QuickLines";

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
  const thoughtsOnly = harmToBaby && !selfHarm;
  return (
    <section
      className={`crisis-panel${thoughtsOnly ? " is-harm-to-baby" : ""}`}
      role={onContinue ? "alertdialog" : "region"}
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-why`}
    >
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t(thoughtsOnly ? "crisis.harmToBabyHeading" : "crisis.heading")}
      </h2>
      {thoughtsOnly ? (
        <>
          <div id={`${id}-why`}>
            <p>{t("crisis.harmToBabyCommon")}</p>
          </div>
          <p className="crisis-danger">{t("crisis.harmToBabyDanger", { number: emergency })}</p>
          <QuickLines region={region} />
          <p>{t("crisis.harmToBabyTalk")}</p>
          {helpLinesFor(region).some((l) => l.kind === "perinatal" || l.kind === "support") ? (
            <>
              <p>{t("crisis.harmToBabyLines")}</p>
              <HelpLines region={region} kinds={["perinatal", "support"]} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <div id={`${id}-why`}>
            {selfHarm ? <p>{t("crisis.selfHarm")}</p> : null}
            {harmToBaby ? <p>{t("crisis.harmToBaby")}</p> : null}
            <p>{t("crisis.talkNow")}</p>
          </div>
          <HelpLines region={region} />
          <p className="crisis-danger">{t("crisis.danger", { number: emergency })}</p>
        </>
      )}
      <SelectField
        label={t("help.regionLabel")}
        value={region}
        onChange={onRegionChange}
        options={helpRegions.map((r) => ({ value: r, label: t(`help.region.${r}`) }))}
      />
      <Elsewhere />
      <p className="crisis-after">{t("crisis.afterNote")}</p>
      {onContinue ? (
        <button type="button" className="button button-secondary crisis-continue" onClick={onContinue}>
          {t("crisis.safeContinue")}
        </button>
      ) : null}
    </section>
  );
}
