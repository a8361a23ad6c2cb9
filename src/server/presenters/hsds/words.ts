import { bilingual } from "../../../content/bilingual.js";
import type { HsdsLanguage } from "../../hsds/vocabulary.js";

/**
 * The few sentences the HSDS feed writes itself, in English and Spanish (informal, as everywhere in
 * Attune), one row a phrase: [English, Spanish]. Everything else it publishes is the provider's own words or
 * the vocabulary's.
 */
const words = bilingual({
  notAccepting: ["Not taking new clients at the moment.", "Por ahora no acepta clientes nuevos."],
  slidingScale: ["Sliding scale", "Escala móvil"],
  slidingScaleDetail: ["Fees adjusted to what you can pay.", "Tarifas ajustadas a lo que puedes pagar."],
  newClientsUnit: ["Openings for new clients", "Plazas para clientes nuevos"],
  accepting: ["Taking new clients.", "Acepta clientes nuevos."],
  telehealthIn: ["Telehealth (video) in", "Telesalud (videollamada) en"],
  telehealthDetail: [
    "Sessions by video for clients who live in",
    "Sesiones por videollamada para clientes que viven en",
  ],
});

export type HsdsWord = keyof typeof words;

export const say = (word: HsdsWord, lang: HsdsLanguage) => words[word][lang];

/** A language's name in the reply's language ("es" → "Spanish" / "español"); the code if unknown. */
export function languageName(code: string, lang: HsdsLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "US-CA" → "US-CA (United States)"; "GB" → "United Kingdom". */
export function regionName(code: string, lang: HsdsLanguage): string {
  const [country = code, subdivision] = code.split("-");
  let countryName = country;
  try {
    countryName = new Intl.DisplayNames([lang], { type: "region", fallback: "code" }).of(country) ?? country;
  } catch {
    // An unknown country code stays as written.
  }
  return subdivision ? `${code} (${countryName})` : countryName;
}
