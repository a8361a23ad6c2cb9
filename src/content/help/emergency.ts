import type { Locale } from "../../domain/account.js";
import { type HelpRegion, helpRegions } from "../../domain/region.js";
import type { SourceKey } from "../sources.js";

/**
 * Emergency and medical-advice numbers per region, as data. Only numbers checked against the source named
 * beside them; a region without a national non-urgent medical line simply has none (your own doctor is the
 * call). The web builds tel: links from these strings.
 */
export { type HelpRegion, helpRegions };

export interface EmergencyNumbers {
  readonly region: HelpRegion;
  /** The number to call when a life may be at risk. */
  readonly emergency: string;
  /** Other numbers that reach the same emergency services. */
  readonly alsoEmergency?: readonly string[];
  /** A nurse or doctor advice line for when it is urgent but not life-threatening. */
  readonly nonUrgentMedical?: {
    readonly number: string;
    readonly name: string;
    /** Where it works, when that is not the whole region. */
    readonly note?: Readonly<Record<Locale, string>>;
  };
  readonly sources: readonly SourceKey[];
}

export const emergencyNumbers: Readonly<Record<HelpRegion, EmergencyNumbers>> = {
  US: { region: "US", emergency: "911", sources: ["us911"] },
  GB: {
    region: "GB",
    emergency: "999",
    alsoEmergency: ["112"],
    nonUrgentMedical: {
      number: "111",
      name: "NHS 111",
      note: {
        en: "England, Scotland and Wales",
        es: "Inglaterra, Escocia y Gales",
      },
    },
    sources: ["nhs999", "nhs111"],
  },
  IE: { region: "IE", emergency: "112", alsoEmergency: ["999"], sources: ["hseEmergency"] },
  ES: { region: "ES", emergency: "112", sources: ["eu112"] },
  MX: { region: "MX", emergency: "911", sources: ["mx911"] },
  CA: {
    region: "CA",
    emergency: "911",
    nonUrgentMedical: {
      number: "811",
      name: "811",
      note: {
        en: "Most provinces and territories, under local names such as HealthLink BC, Health811 or Info-Santé",
        es: "La mayoría de provincias y territorios, con nombres locales como HealthLink BC, Health811 o Info-Santé",
      },
    },
    sources: ["crtc911", "healthLinkBc811"],
  },
  AU: {
    region: "AU",
    emergency: "000",
    nonUrgentMedical: { number: "1800 022 222", name: "healthdirect" },
    sources: ["healthdirectCare"],
  },
};
