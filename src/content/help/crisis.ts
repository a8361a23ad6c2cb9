import type { Locale } from "../../domain/account.js";
import type { SourceKey } from "../sources.js";
import { emergencyNumbers, type HelpRegion, helpRegions } from "./emergency.js";

/**
 * Crisis lines per region, as data: what a self-harm or harm-to-baby answer shows at once, and what the
 * public "Need help now?" page lists. Facts come from shared/reference/instruments.md ("Help and crisis
 * lines"); each line names the source that publishes it. A region without a crisis line Attune has checked
 * shows its emergency number in that place and says so — never a non-crisis helpline alone.
 */
export type LineKind = "crisis" | "emergency" | "perinatal";

export interface HelpLine {
  readonly key: string;
  readonly name: string;
  /** crisis: answers people at risk now; emergency: police/ambulance; perinatal: support, not for crises. */
  readonly kind: LineKind;
  /** A number to call, as dialled in the region (the web builds tel: links from it). */
  readonly call?: string;
  /** A number to text, and the word to send where the service asks for one. */
  readonly text?: { readonly number: string; readonly body?: string };
  readonly url?: string;
  /** "24/7", or "limited" when it is not answered around the clock (the note says more). A code, translated by the web. */
  readonly hours: "24/7" | "limited";
  /** Languages the line answers in (ISO 639-1). */
  readonly languages: readonly string[];
  readonly note: Readonly<Record<Locale, string>>;
  readonly source: SourceKey;
  /** When this entry was last compared with the reference and its source (YYYY-MM-DD). */
  readonly checked: string;
}

const CHECKED = "2026-11-22";

const us: HelpLine[] = [
  {
    key: "us_988",
    name: "988 Suicide & Crisis Lifeline",
    kind: "crisis",
    call: "988",
    text: { number: "988" },
    url: "https://988lifeline.org/",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "Free and confidential, for anyone in distress or with thoughts of suicide. For Spanish, press 2.",
      es: "Gratis y confidencial, para cualquier persona angustiada o con pensamientos de suicidio. Para español, marca 2.",
    },
    source: "lifeline988",
    checked: CHECKED,
  },
  {
    key: "us_911",
    name: "911",
    kind: "emergency",
    call: "911",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "If you or your baby are in immediate danger.",
      es: "Si tú o tu bebé están en peligro inmediato.",
    },
    source: "us911",
    checked: CHECKED,
  },
  {
    key: "us_mmh_hotline",
    name: "National Maternal Mental Health Hotline",
    kind: "perinatal",
    call: "1-833-852-6262",
    text: { number: "1-833-852-6262" },
    url: "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
    hours: "24/7",
    languages: ["en", "es"],
    note: {
      en: "1-833-TLC-MAMA. Support for pregnant people and new parents, call or text. It is not a crisis line: in a crisis call 988 or 911.",
      es: "1-833-TLC-MAMA. Apoyo para embarazadas y madres y padres recientes, por llamada o texto. No es una línea de crisis: en una crisis llama al 988 o al 911.",
    },
    source: "hrsaMaternalMentalHealthHotline",
    checked: CHECKED,
  },
  {
    key: "us_psi_helpline",
    name: "Postpartum Support International HelpLine",
    kind: "perinatal",
    call: "1-800-944-4773",
    text: { number: "800-944-4773" },
    url: "https://postpartum.net/",
    hours: "limited",
    languages: ["en", "es"],
    note: {
      en: "Information, support and local resources from trained volunteers; texts in English to 800-944-4773. Not for emergencies.",
      es: "Información, apoyo y recursos locales de voluntarios capacitados; por llamada marca 1 para español. No es para emergencias.",
    },
    source: "postpartumSupportInternational",
    checked: CHECKED,
  },
  {
    key: "us_psi_text_es",
    name: "Postpartum Support International — texto en español",
    kind: "perinatal",
    text: { number: "971-203-7773" },
    url: "https://postpartum.net/",
    hours: "limited",
    languages: ["es"],
    note: {
      en: "Text support in Spanish from Postpartum Support International. Not for emergencies.",
      es: "Apoyo por mensaje de texto en español de Postpartum Support International. No es para emergencias.",
    },
    source: "postpartumSupportInternational",
    checked: CHECKED,
  },
];

const gb: HelpLine[] = [
  {
    key: "gb_samaritans",
    name: "Samaritans",
    kind: "crisis",
    call: "116 123",
    url: "https://www.samaritans.org/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Free, any time, to talk about whatever you are going through.",
      es: "Gratis y a cualquier hora, para hablar de lo que esté viviendo.",
    },
    source: "samaritans",
    checked: CHECKED,
  },
  {
    key: "gb_nhs_111_mental_health",
    name: "NHS 111, mental health option",
    kind: "crisis",
    call: "111",
    url: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "In England, call 111 and choose the mental health option (option 2) for urgent mental health help.",
      es: "En Inglaterra, llama al 111 y elige la opción de salud mental (opción 2) para ayuda urgente de salud mental.",
    },
    source: "nhsUrgentMentalHealth",
    checked: CHECKED,
  },
  {
    key: "gb_999",
    name: "999",
    kind: "emergency",
    call: "999",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "If you or your baby are in immediate danger, call 999 or go to A&E.",
      es: "Si tú o tu bebé están en peligro inmediato, llama al 999 o ve a urgencias (A&E).",
    },
    source: "nhs999",
    checked: CHECKED,
  },
  {
    key: "gb_pandas_text",
    name: "PANDAS Foundation text service",
    kind: "perinatal",
    text: { number: "85258", body: "PANDAS" },
    url: "https://pandasfoundation.org.uk/",
    hours: "24/7",
    languages: ["en"],
    note: {
      en: "Text PANDAS to 85258 for free, confidential support with perinatal mental health.",
      es: "Envía PANDAS por mensaje al 85258 para apoyo gratuito y confidencial en salud mental perinatal.",
    },
    source: "pandasFoundation",
    checked: CHECKED,
  },
];

/** Regions with no crisis line checked yet: the emergency number stands in its place, and says so. */
function emergencyOnly(region: HelpRegion): HelpLine[] {
  const numbers = emergencyNumbers[region];
  const source = numbers.sources[0];
  if (!source) throw new Error(`emergency numbers for ${region} cite no source`);
  return [
    {
      key: `${region.toLowerCase()}_emergency`,
      name: numbers.emergency,
      kind: "emergency",
      call: numbers.emergency,
      hours: "24/7",
      languages: [],
      note: {
        en: `If you or your baby are in danger, call ${numbers.emergency}. Attune does not list a crisis line for this region yet: your doctor, midwife or health visitor can tell you about local help.`,
        es: `Si tú o tu bebé están en peligro, llama al ${numbers.emergency}. Attune todavía no tiene una línea de crisis para esta región: tu médico, matrona o enfermera pueden indicarte ayuda local.`,
      },
      source,
      checked: CHECKED,
    },
  ];
}

export const crisisLines: Readonly<Record<HelpRegion, readonly HelpLine[]>> = {
  US: us,
  GB: gb,
  IE: emergencyOnly("IE"),
  ES: emergencyOnly("ES"),
  MX: emergencyOnly("MX"),
  CA: emergencyOnly("CA"),
  AU: emergencyOnly("AU"),
};

/** For a region Attune has no numbers for: no number to guess, only where to turn (112 is certain only in the EU). */
const unknownRegion: HelpLine = {
  key: "local_emergency",
  name: "Your local emergency number",
  kind: "emergency",
  hours: "24/7",
  languages: [],
  note: {
    en: "If you or your baby are in danger, call your local emergency number (112 anywhere in the European Union). Attune has no help lines for this region yet: your doctor, midwife or health visitor can tell you about local help.",
    es: "Si tú o tu bebé están en peligro, llama al número de emergencias local (112 en toda la Unión Europea). Attune todavía no tiene líneas de ayuda para esta región: tu médico, matrona o enfermera pueden indicarte ayuda local.",
  },
  source: "eu112",
  checked: CHECKED,
};

/** "UK" is what people type; Attune's data (ISO 3166) says GB. */
export function normalizeRegion(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === "UK" ? "GB" : upper;
}

export const isHelpRegion = (code: string): code is HelpRegion =>
  (helpRegions as readonly string[]).includes(code);

const kindOrder: Record<LineKind, number> = { crisis: 0, emergency: 1, perinatal: 2 };

/**
 * The lines for a region in the order a person at risk must see them: crisis lines first, then the
 * emergency number, then perinatal helplines. Sorting here, not trusting the data's order, keeps the rule
 * "never a non-crisis helpline first" true even if someone edits a list carelessly.
 */
export function crisisLinesFor(region: string): { region: string; known: boolean; lines: HelpLine[] } {
  const code = normalizeRegion(region);
  if (!isHelpRegion(code)) return { region: code, known: false, lines: [unknownRegion] };
  const lines = [...crisisLines[code]].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  return { region: code, known: true, lines };
}
