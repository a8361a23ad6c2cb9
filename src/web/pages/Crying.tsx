// "My baby is crying": a guided flow, one step per screen, from safety first to help for the caregiver,
// ending with one tap that logs the crying spell. Loaded on demand from Today; works offline from the
// content bundled here (only the likely reasons need the server).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SoothingMethod } from "../../domain/guidance/soothing";
import { isNetworkError } from "../api/client";
import { useCryingGuidance } from "../api/crying";
import type { Locale } from "../api/types";
import { Button } from "../components/Button";
import { Page } from "../components/Page";
import { useRegionChoice } from "../help/useHelpRegion";
import { useLogContext } from "../log/LogContext";
import { bundledGuidance } from "./crying/bundled";
import { FinishButton } from "./crying/FinishButton";
import { HelpStep } from "./crying/HelpStep";
import { type GuidanceStatus, ReasonsStep } from "./crying/ReasonsStep";
import { SafetyStep } from "./crying/SafetyStep";
import { SoothingStep } from "./crying/SoothingStep";
import { useLocalAlerts } from "./crying/useLocalAlerts";
import "../i18n/crying";
import "../styles/crying.css";

const steps = ["safety", "reasons", "soothing", "help"] as const;
const HELP = steps.indexOf("help");

export default function Crying() {
  const { t, i18n } = useTranslation();
  const { baby, family } = useLogContext();
  // The crying spell started about when the helper was opened.
  const [openedAt] = useState(() => Date.now());
  const [step, setStep] = useState(0);
  // The baby's family's region when it has one; a choice made here applies to this visit.
  const [region, chooseRegion] = useRegionChoice(family.region);
  const [tried, setTried] = useState<SoothingMethod[]>([]);
  const lang: Locale = i18n.language === "es" ? "es" : "en";
  const query = useCryingGuidance(baby.id, lang, region);
  const local = useLocalAlerts();

  const status: GuidanceStatus = query.data
    ? "ready"
    : query.isError
      ? isNetworkError(query.error)
        ? "offline"
        : "failed"
      : "loading";
  // Until (or unless) the server answers, the bundled warning signs and help show at once.
  const guidance =
    query.data ?? bundledGuidance({ lang, region, ageDays: local.ageDays, alerts: local.alerts });

  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Each new step is announced by moving focus to its heading ("Step 2 of 4, Likely reasons"); the first
  // is left to the page heading.
  const go = (next: number) => {
    moved.current = true;
    setStep(next);
  };
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  });

  const name = steps[step] ?? "safety";

  return (
    <Page title={t("crying.title")} intro={t("crying.intro")} className="crying-page">
      {step !== HELP ? (
        <p className="crying-jump">
          <Button variant="quiet" onClick={() => go(HELP)}>
            {t("crying.jumpToHelp")}
          </Button>
        </p>
      ) : null}
      <section className="crying-step" aria-labelledby="crying-step-heading">
        <h2 id="crying-step-heading" ref={heading} tabIndex={-1}>
          <span className="crying-progress">
            {t("crying.stepOf", { step: step + 1, total: steps.length })}
          </span>{" "}
          {t(`crying.${name}.heading`)}
        </h2>
        {name === "safety" ? (
          <SafetyStep
            guidance={guidance}
            babyName={baby.name}
            region={region}
            onRegion={chooseRegion}
            onContinue={() => go(step + 1)}
          />
        ) : null}
        {name === "reasons" ? (
          <ReasonsStep
            guidance={guidance}
            status={status}
            babyName={baby.name}
            onRetry={() => void query.refetch()}
          />
        ) : null}
        {name === "soothing" ? (
          <SoothingStep
            guidance={guidance}
            status={status}
            babyName={baby.name}
            tried={tried}
            onTried={setTried}
          />
        ) : null}
        {name === "help" ? (
          <HelpStep guidance={guidance} babyName={baby.name} region={region} onRegion={chooseRegion} />
        ) : null}
        {name === "soothing" || name === "help" ? (
          <FinishButton openedAt={openedAt} tried={tried} primary={name === "help"} />
        ) : null}
        {step > 0 ? (
          <div className="button-row crying-nav">
            <Button variant="secondary" onClick={() => go(step - 1)}>
              {t("crying.back")}
            </Button>
            {step < HELP ? <Button onClick={() => go(step + 1)}>{t("crying.next")}</Button> : null}
          </div>
        ) : null}
      </section>
    </Page>
  );
}
