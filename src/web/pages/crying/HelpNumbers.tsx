// The region's numbers for worries about the baby: the emergency number, and the advice line where there is
// one (else "your baby's doctor", since a tel: link with no number would only open an empty dialer).
import { useTranslation } from "react-i18next";
import type { HelpNumbers as Numbers } from "../../api/crying";
import { CallLink } from "./CallLink";

export function EmergencyCall({ help }: { help: Numbers }) {
  const { t } = useTranslation();
  return (
    <div className="call-row">
      <CallLink number={help.emergency}>{t("crying.call.emergency", { number: help.emergency })}</CallLink>
      {help.alsoEmergency.length ? (
        <p className="field-hint">
          {t("crying.call.alsoEmergency", { numbers: help.alsoEmergency.join(", ") })}
        </p>
      ) : null}
    </div>
  );
}

export function DoctorCall({ help }: { help: Numbers }) {
  const { t } = useTranslation();
  const line = help.nonUrgentMedical;
  if (!line) return <p className="call-row">{t("crying.call.yourDoctor")}</p>;
  return (
    <div className="call-row">
      <CallLink number={line.number}>
        {t("crying.call.line", { name: line.name, number: line.number })}
      </CallLink>
      {line.note ? (
        <p className="field-hint">{t("crying.call.lineNote", { name: line.name, note: line.note })}</p>
      ) : null}
    </div>
  );
}
