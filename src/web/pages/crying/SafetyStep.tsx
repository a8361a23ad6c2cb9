// Step 1, safety first: anything the log itself raises (a logged fever) in an alert at the top, then the
// warning signs grouped by whom to call, each group with its number one tap away.
import { useTranslation } from "react-i18next";
import type { HelpRegion } from "../../../content/help/emergency";
import type { CryingGuidanceView, RedFlagView } from "../../api/crying";
import { Button } from "../../components/Button";
import { CallLink } from "./CallLink";
import { DoctorCall, EmergencyCall } from "./HelpNumbers";
import { RegionSelect } from "./RegionSelect";
import { useWhy } from "./useWhy";

interface SafetyStepProps {
  guidance: CryingGuidanceView;
  babyName: string;
  region: HelpRegion;
  onRegion: (region: HelpRegion) => void;
  onContinue: () => void;
}

export function SafetyStep({ guidance, babyName, region, onRegion, onContinue }: SafetyStepProps) {
  const { t } = useTranslation();
  const urgent = guidance.redFlags.filter((f) => f.urgent);
  const emergency = guidance.redFlags.filter((f) => !f.urgent && f.action === "emergency");
  const doctor = guidance.redFlags.filter((f) => !f.urgent && f.action === "call_doctor");
  const { help } = guidance;

  return (
    <>
      {urgent.length ? (
        <div className="alert crying-urgent" role="alert">
          <h3>{t("crying.safety.urgentHeading", { name: babyName })}</h3>
          <p>{t("crying.safety.urgentIntro")}</p>
          <ul className="crying-flags">
            {urgent.map((flag) => (
              <UrgentFlag key={flag.key} flag={flag} guidance={guidance} />
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("crying.safety.checkIntro")}</p>
      )}

      <section className="crying-group" aria-labelledby="emergency-signs">
        <h3 id="emergency-signs">{t("crying.safety.emergencyHeading", { number: help.emergency })}</h3>
        <ul className="crying-flags">
          {emergency.map((flag) => (
            <li key={flag.key} className="crying-flag">
              {flag.text}
            </li>
          ))}
        </ul>
        <EmergencyCall help={help} />
      </section>

      <section className="crying-group" aria-labelledby="doctor-signs">
        <h3 id="doctor-signs">{t("crying.safety.doctorHeading")}</h3>
        <ul className="crying-flags">
          {doctor.map((flag) => (
            <li key={flag.key} className="crying-flag">
              {flag.text}
            </li>
          ))}
        </ul>
        <DoctorCall help={help} />
      </section>

      <RegionSelect value={region} onChange={onRegion} />
      <div className="button-row crying-nav">
        <Button onClick={onContinue}>{t("crying.safety.none")}</Button>
      </div>
    </>
  );
}

function UrgentFlag({ flag, guidance }: { flag: RedFlagView; guidance: CryingGuidanceView }) {
  const { t } = useTranslation();
  const phrase = useWhy(guidance.age.correctedDays !== guidance.age.days);
  const line = guidance.help.nonUrgentMedical;
  return (
    <li className="crying-flag is-urgent">
      <p>
        <strong>{flag.text}</strong>
      </p>
      {flag.why ? <p>{phrase(flag.why, flag.whyText)}</p> : null}
      {flag.action === "emergency" ? (
        <EmergencyCall help={guidance.help} />
      ) : flag.phone ? (
        <CallLink number={flag.phone}>
          {line && line.number === flag.phone
            ? t("crying.call.line", { name: line.name, number: flag.phone })
            : t("crying.call.emergency", { number: flag.phone })}
        </CallLink>
      ) : (
        <p>{t("crying.call.yourDoctor")}</p>
      )}
    </li>
  );
}
