// The parts of the crying helper's reply that are content in one language: the words for the caregiver and
// the region's numbers. Built here once, for the server's reply and for the web's offline fallback alike.
import type { Locale } from "../domain/account.js";
import { forCaregiver } from "./crying.js";
import { emergencyNumbers, type HelpRegion } from "./help/emergency.js";

export function caregiverLines(lang: Locale) {
  return forCaregiver.map((line) => ({ key: line.key, text: line.text[lang], sources: [...line.sources] }));
}

export function regionHelp(region: HelpRegion, lang: Locale) {
  const help = emergencyNumbers[region];
  return {
    region,
    emergency: help.emergency,
    alsoEmergency: [...(help.alsoEmergency ?? [])],
    nonUrgentMedical: help.nonUrgentMedical
      ? {
          number: help.nonUrgentMedical.number,
          name: help.nonUrgentMedical.name,
          note: help.nonUrgentMedical.note?.[lang] ?? null,
        }
      : null,
    sources: [...help.sources],
  };
}
