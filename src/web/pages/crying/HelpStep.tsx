// Step 4, help for you: a few plain lines for the person holding the crying baby, a way to step away
// safely with a timer, someone to call, and the region's numbers if the worry is about the baby.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HelpRegion } from "../../../content/help/emergency";
import type { CryingGuidanceView } from "../../api/crying";
import { Button } from "../../components/Button";
import { DoctorCall, EmergencyCall } from "./HelpNumbers";
import { RegionSelect } from "./RegionSelect";
import { StepAway } from "./StepAway";

interface HelpStepProps {
  guidance: CryingGuidanceView;
  babyName: string;
  region: HelpRegion;
  onRegion: (region: HelpRegion) => void;
}

export function HelpStep({ guidance, babyName, region, onRegion }: HelpStepProps) {
  const { t } = useTranslation();
  const [steppingAway, setSteppingAway] = useState(false);
  return (
    <>
      <p>{t("crying.help.intro")}</p>
      <ul className="crying-list crying-lines">
        {guidance.forCaregiver.map((line) => (
          <li key={line.key} className={line.key === "never_shake" ? "crying-line is-strong" : "crying-line"}>
            <p>{line.text}</p>
            {line.key === "step_away" ? (
              <Button
                variant="secondary"
                aria-expanded={steppingAway}
                onClick={() => setSteppingAway(!steppingAway)}
              >
                {t("crying.help.stepAway")}
              </Button>
            ) : null}
            {line.key === "step_away" && steppingAway ? <StepAway babyName={babyName} /> : null}
          </li>
        ))}
      </ul>

      <section className="crying-group" aria-labelledby="call-someone">
        <h3 id="call-someone">{t("crying.help.callHeading")}</h3>
        <p>{t("crying.help.callBody")}</p>
      </section>

      <section className="crying-group" aria-labelledby="help-numbers">
        <h3 id="help-numbers">{t("crying.help.numbersHeading", { name: babyName })}</h3>
        <EmergencyCall help={guidance.help} />
        <DoctorCall help={guidance.help} />
        <RegionSelect value={region} onChange={onRegion} />
      </section>
    </>
  );
}
