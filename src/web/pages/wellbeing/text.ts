// Which words to show: the instrument's published translation when it has one, else its English wording
// (marked lang="en" so screen readers pronounce it right). The app's own words around it are translated.
import type { InstrumentDefinition, LocalizedText } from "../../../domain/screening/definition";
import type { Locale } from "../../api/types";

export function isTranslated(definition: InstrumentDefinition, lang: Locale): boolean {
  return lang === "en" || (definition.attune.languages as readonly string[]).includes(lang);
}

/** The wording and the language it is in. */
export function wording(
  text: string,
  translations: { es?: string } | undefined,
  definition: InstrumentDefinition,
  lang: Locale,
): { text: string; lang: Locale } {
  if (lang !== "en" && isTranslated(definition, lang) && translations?.[lang])
    return { text: translations[lang] as string, lang };
  return { text, lang: "en" };
}

export const localized = (text: LocalizedText | string | null | undefined, lang: Locale): string =>
  !text ? "" : typeof text === "string" ? text : (text[lang] ?? text.en);

/** Instruments asked about one baby (subject { babyId }). */
export const aboutABaby = (instrumentId: string) => instrumentId === "pbq";

/**
 * Instruments where a higher score is the reassuring end: on the KPCS a higher total means more confidence
 * in caring for the baby (Črnčec et al. 2008), the reverse of every other banded instrument Attune ships.
 */
export const higherIsBetter = (instrumentId: string) => instrumentId === "kpcs";
