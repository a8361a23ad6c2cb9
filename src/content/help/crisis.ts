import { type HelpRegion, helpRegions } from "./emergency.js";
import { australia } from "./lines/au.js";
import { canada } from "./lines/ca.js";
import { spain } from "./lines/es.js";
import { unitedKingdom } from "./lines/gb.js";
import { ireland } from "./lines/ie.js";
import { mexico } from "./lines/mx.js";
import type { HelpLine, LineKind } from "./lines/types.js";
import { unitedStates } from "./lines/us.js";

/**
 * Crisis and support lines per region, as data: what a self-harm or harm-to-baby answer shows at once, and
 * what the public "Need help now?" page lists. Each region's file (./lines) names the operator's page each
 * line was checked against and when. Every region has a free crisis line first: nothing in Attune may send
 * a person in crisis to an emergency number alone where a free 24/7 line exists.
 */
export type { HelpLine, LineKind, TextOption } from "./lines/types.js";

export const crisisLines: Readonly<Record<HelpRegion, readonly HelpLine[]>> = {
  US: unitedStates,
  GB: unitedKingdom,
  IE: ireland,
  ES: spain,
  MX: mexico,
  CA: canada,
  AU: australia,
};

/**
 * For a region Attune has no numbers for: no number to guess, only where to turn (112 is certain only in the
 * EU), and Find A Helpline, which lists vetted free lines by country.
 */
const unknownRegion: HelpLine = {
  key: "local_emergency",
  name: "Your local emergency number",
  kind: "emergency",
  url: "https://findahelpline.com/",
  hours: "24/7",
  languages: [],
  note: {
    en: "If you or your baby are in danger, call your local emergency number (112 anywhere in the European Union). Attune has no help lines for this region yet: findahelpline.com lists free, confidential crisis lines by country, and your doctor, midwife or health visitor can tell you about local help.",
    es: "Si tú o tu bebé están en peligro, llama al número de emergencias local (112 en toda la Unión Europea). Attune todavía no tiene líneas de ayuda para esta región: findahelpline.com reúne líneas de crisis gratuitas y confidenciales por país, y tu médico, tu partera o matrona, o tu enfermera pueden indicarte ayuda local.",
  },
  source: "findAHelpline",
  checked: "2026-12-07",
};

/** "UK" is what people type; Attune's data (ISO 3166) says GB. */
export function normalizeRegion(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === "UK" ? "GB" : upper;
}

export const isHelpRegion = (code: string): code is HelpRegion =>
  (helpRegions as readonly string[]).includes(code);

const kindOrder: Record<LineKind, number> = { crisis: 0, emergency: 1, perinatal: 2, support: 3 };

/**
 * The lines for a region in the order a person at risk must see them: crisis lines first, then the
 * emergency number, then perinatal and other support lines. Sorting here, not trusting the data's order,
 * keeps the rule "never a non-crisis helpline first" true even if someone edits a list carelessly.
 */
export function crisisLinesFor(region: string): { region: string; known: boolean; lines: HelpLine[] } {
  const code = normalizeRegion(region);
  if (!isHelpRegion(code)) return { region: code, known: false, lines: [unknownRegion] };
  const lines = [...crisisLines[code]].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  return { region: code, known: true, lines };
}
