// The setup notes for check-in questionnaires, for the instance's admin: which ones families can take,
// how far each one's wording was checked, and for one that is not offered what (if anything) this server
// can do about it. Families never see these notes: their Check-ins page only lists what is offered.
import { useTranslation } from "react-i18next";
import { getInstrument } from "../../../content/instruments";
import { type InstrumentSummary, useInstruments } from "../../api/wellbeing";
import { currentLocale } from "../../i18n";
import { localized } from "../wellbeing/text";
import "../../i18n/wellbeing";

export function CheckInSetup() {
  const { t } = useTranslation();
  const instruments = useInstruments().data ?? [];
  if (!instruments.length) return null;
  return (
    <section aria-labelledby="checkin-setup">
      <h2 id="checkin-setup">{t("checkInSetup.heading")}</h2>
      <p>{t("checkInSetup.intro")}</p>
      <ul className="user-list">
        {instruments.map((i) => (
          <SetupNote key={i.id} instrument={i} />
        ))}
      </ul>
    </section>
  );
}

function SetupNote({ instrument: i }: { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const bundled = getInstrument(i.id);
  // The variable naming this server's wording file, for the questionnaires Attune ships without words.
  const variable = bundled?.attune.wording.runtimeFileEnv;
  // Offered by the server but not as shipped: its wording came from the file the variable names.
  const loaded = i.available && bundled?.attune.available === false;
  const status = bundled?.attune.wording.status;
  return (
    <li className="card">
      <h3>{i.name}</h3>
      <p>
        <strong>{i.available ? t("checkInSetup.offered") : t("checkInSetup.notOffered")}</strong>
      </p>
      {i.available ? (
        <p>
          {loaded && variable
            ? t("checkInSetup.wording.loaded", { variable })
            : status === "partial"
              ? t("checkInSetup.wording.partial")
              : t("checkInSetup.wording.verified")}
        </p>
      ) : (
        <>
          <p>{localized(i.unavailableReason, lang)}</p>
          <p>{variable ? t("checkInSetup.howToOffer", { variable }) : t("checkInSetup.nothingToSet")}</p>
        </>
      )}
    </li>
  );
}
