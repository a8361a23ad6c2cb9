import { z } from "zod";
import { type Locale, locales } from "../../domain/account.js";
import {
  audiences,
  type InstrumentDefinition,
  safetyFlagTypes,
  screeningLangs,
} from "../../domain/screening/definition.js";
import { localize } from "./localize.js";

/**
 * How an instrument definition is shown through the API: a summary for the list, and the whole definition
 * for rendering in one language. An instrument's own wording is shown only in a published translation
 * (src/content/instruments/README.md); without one it is shown in English with a note, and only Attune's
 * own words around it (labels, meanings, the note) follow the asked language.
 */
const licenceSchema = z.object({
  kind: z.string(),
  statement: z.string(),
  attribution: z.string().optional(),
  url: z.string().optional(),
});

export const instrumentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  languages: z.array(z.enum(screeningLangs)),
  audience: z.array(z.enum(audiences)),
  period: z.string().nullable().describe("ISO 8601 duration the questions ask about"),
  itemCount: z.number(),
  reflectionOnly: z.boolean().describe("No pass/fail and no cut-offs: shown as reflection and trend"),
  licence: licenceSchema,
  citation: z.string(),
  available: z.boolean(),
  unavailableReason: z.string().optional().describe("Why this server does not offer it"),
});

const bandSchema = z.object({
  key: z.string(),
  min: z.number(),
  max: z.number(),
  label: z.string(),
  meaning: z.string().describe("What the source says a score here indicates. Never a diagnosis"),
  citation: z.string(),
});
const cutoffSchema = z.object({ min: z.number(), meaning: z.string(), citation: z.string() });
const scaleSchema = z.object({
  label: z.string(),
  items: z.array(z.string()),
  range: z.object({ min: z.number(), max: z.number() }),
  bands: z.array(bandSchema),
  alternativeCutoffs: z.array(cutoffSchema).optional(),
  citation: z.string(),
});

export const instrumentDetailSchema = instrumentSummarySchema.extend({
  url: z.string().describe("Canonical URL of the FHIR Questionnaire"),
  version: z.string(),
  language: z.enum(screeningLangs).describe("The language the instrument's own wording is shown in"),
  requestedLanguage: z.enum(locales),
  note: z.string().optional().describe("Present when the asked language has no published translation"),
  copyright: z.string(),
  intro: z.string(),
  items: z.array(
    z.object({
      linkId: z.string(),
      text: z.string(),
      verified: z.boolean().describe("False where the wording could not be checked against a source"),
      options: z.array(
        z.object({
          position: z.number().describe("0-based, the published order: what an answer's option names"),
          code: z.string(),
          text: z.string(),
          score: z.number(),
          notApplicable: z.boolean().optional(),
        }),
      ),
    }),
  ),
  scoring: z.object({
    total: scaleSchema.extend({ code: z.string().optional().describe("LOINC code of the total") }),
    subscales: z.array(scaleSchema.extend({ key: z.string() })),
    criteria: z
      .object({
        label: z.string(),
        note: z.string(),
        rules: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            role: z.enum(["required", "exclusion", "specifier"]),
            items: z.array(z.string()),
            minScore: z.number(),
            minItems: z.number(),
          }),
        ),
      })
      .optional(),
  }),
  safety: z.array(z.object({ type: z.enum(safetyFlagTypes), item: z.string(), rule: z.string() })),
  references: z.array(z.string()),
  wording: z.object({ status: z.enum(["verified", "partial", "placeholder"]), note: z.string().optional() }),
});

const noTranslation: Record<Locale, string> = {
  en: "This questionnaire is shown in English.",
  es: "Este cuestionario no tiene una traducción publicada al español que Attune pueda mostrar, así que aparece en inglés, tal como fue validado. El resto de la aplicación sigue en español.",
};

function licenceOf(d: InstrumentDefinition, lang: Locale) {
  const { kind, statement, translations, attribution, url } = d.attune.licence;
  const translated = lang !== "en" ? translations?.[lang] : undefined;
  return {
    kind,
    statement: translated ?? statement,
    ...(attribution ? { attribution } : {}),
    ...(url ? { url } : {}),
  };
}

export function instrumentSummary(
  d: InstrumentDefinition,
  lang: Locale,
): z.infer<typeof instrumentSummarySchema> {
  const a = d.attune;
  return {
    id: d.id,
    name: a.shortName,
    title: d.title,
    languages: [...a.languages],
    audience: [...a.audience],
    period: a.period,
    itemCount: d.item.length,
    reflectionOnly: a.reflectionOnly,
    licence: licenceOf(d, lang),
    citation: a.citation,
    available: a.available,
    ...(a.unavailableReason ? { unavailableReason: localize(a.unavailableReason, lang) } : {}),
  };
}

export function instrumentDetail(
  d: InstrumentDefinition,
  lang: Locale,
): z.infer<typeof instrumentDetailSchema> {
  const a = d.attune;
  // The instrument's own words: the published translation when the file has one, else the English source.
  const language = (a.languages as readonly string[]).includes(lang) ? lang : "en";
  const own = (english: string, translations?: { es?: string }) =>
    language === "en" ? english : (translations?.[language] ?? english);
  const bands = (list: (typeof a.scoring.total)["bands"]) =>
    list.map((b) => ({
      key: b.key,
      min: b.min,
      max: b.max,
      label: localize(b.label, lang),
      meaning: localize(b.meaning, lang),
      citation: b.citation,
    }));
  const cutoffs = (list: (typeof a.scoring.total)["alternativeCutoffs"]) =>
    list ? { alternativeCutoffs: list.map((c) => ({ ...c, meaning: localize(c.meaning, lang) })) } : {};
  const allItems = d.item.map((i) => i.linkId);
  const { total, subscales, criteria } = a.scoring;
  return {
    ...instrumentSummary(d, lang),
    // The notice as printed on the form in the language it is shown in.
    licence: licenceOf(d, language),
    url: d.url,
    version: d.version,
    language,
    requestedLanguage: lang,
    ...(language !== lang ? { note: noTranslation[lang] } : {}),
    copyright: d.copyright,
    intro: own(a.intro.text, a.intro.translations),
    items: d.item.map((item) => ({
      linkId: item.linkId,
      text: own(item.text, item.translations),
      verified: item.verified,
      options: item.answerOption.map((o, position) => ({
        position,
        code: o.valueCoding.code,
        text: own(o.valueCoding.display, o.translations),
        score: o.score,
        ...(o.notApplicable ? { notApplicable: true } : {}),
      })),
    })),
    scoring: {
      total: {
        label: localize(total.label, lang),
        items: total.items ?? allItems,
        range: total.range,
        bands: bands(total.bands),
        ...cutoffs(total.alternativeCutoffs),
        citation: total.citation,
        ...(total.code ? { code: total.code.code } : {}),
      },
      subscales: subscales.map((s) => ({
        key: s.key,
        label: localize(s.label, lang),
        items: s.items,
        range: s.range,
        bands: bands(s.bands),
        ...cutoffs(s.alternativeCutoffs),
        citation: s.citation,
      })),
      ...(criteria
        ? {
            criteria: {
              label: localize(criteria.label, lang),
              note: localize(criteria.note, lang),
              rules: criteria.rules.map((r) => ({
                key: r.key,
                label: localize(r.label, lang),
                role: r.role,
                items: r.items,
                minScore: r.minScore,
                minItems: r.minItems,
              })),
            },
          }
        : {}),
    },
    safety: a.safety.map((s) => ({ type: s.type, item: s.item, rule: s.rule })),
    references: [...(a.references ?? [])],
    wording: { status: a.wording.status, ...(a.wording.note ? { note: a.wording.note } : {}) },
  };
}
