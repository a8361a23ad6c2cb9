import { z } from "zod";

/**
 * The shape of a screening instrument's definition: a FHIR R4 / SDC Questionnaire with Attune's own fields
 * for what FHIR does not say (scoring, safety, licence, audience). One file per instrument lives in
 * src/content/instruments/ (its README explains the fields); this schema is what every one of them must pass,
 * at start-up and in the test run, because a wrong score or a missed safety item is a safety defect.
 *
 * The facts the files carry (items, scores, reverse items, subscales, cut-offs, safety rules, licences) come
 * from shared/reference/instruments.md and the sources each file names.
 */

/** FHIR's extension for an answer option's numeric value (http://hl7.org/fhir/extensions). */
export const ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

export const screeningLangs = ["en", "es"] as const;
export type ScreeningLang = (typeof screeningLangs)[number];

/** Who an instrument was written and validated for; the app offers it to them. */
export const audiences = ["birthing_parent", "any_parent", "pregnancy", "partner_in_pregnancy"] as const;
export type Audience = (typeof audiences)[number];

export const safetyFlagTypes = ["self_harm", "harm_to_baby"] as const;
export type SafetyFlagType = (typeof safetyFlagTypes)[number];

/** The variables that may name a wording file for an instrument (src/server/instrument-wording.ts). */
export const runtimeFileEnvs = ["ATTUNE_EPDS_TEXT", "ATTUNE_CITYBITS_TEXT"] as const;
export type RuntimeFileEnv = (typeof runtimeFileEnvs)[number];

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "keys are snake_case");
const nonEmpty = z.string().trim().min(1);

/** Attune's own words in each app language. Spanish is optional only where the file has no Spanish at all. */
const localized = z.object({ en: nonEmpty, es: nonEmpty.optional() }).strict();
export type LocalizedText = z.infer<typeof localized>;

/** A published translation of an instrument's own wording, keyed by language (English is the FHIR text). */
const translations = z.object({ es: nonEmpty }).partial().strict();

const coding = z
  .object({ system: nonEmpty.optional(), code: nonEmpty, display: nonEmpty.optional() })
  .strict();

const ordinalValue = z.object({ url: z.literal(ORDINAL_VALUE_URL), valueDecimal: z.number() }).strict();

const answerOption = z
  .object({
    valueCoding: z.object({ system: nonEmpty.optional(), code: nonEmpty, display: nonEmpty }).strict(),
    /** FHIR's ordinalValue, for other FHIR tools; always equal to `score`. */
    extension: z.array(ordinalValue).length(1),
    /** The option's score, stated explicitly: never derived from its position (instruments reverse). */
    score: z.number().int(),
    translations: translations.optional(),
    /** An answer the instrument allows when the item does not apply (KPCS items 1 and 9). */
    notApplicable: z.boolean().optional(),
  })
  .strict();

const item = z
  .object({
    linkId: nonEmpty,
    type: z.literal("choice"),
    required: z.boolean(),
    text: nonEmpty,
    code: z.array(coding).optional(),
    translations: translations.optional(),
    /** False where the wording could not be checked against a source (the note says why). */
    verified: z.boolean(),
    note: nonEmpty.optional(),
    answerOption: z.array(answerOption).min(2),
  })
  .strict();

const band = z
  .object({
    key,
    min: z.number().int(),
    max: z.number().int(),
    label: localized,
    /** What the published source says a score in this band indicates. Never a diagnosis. */
    meaning: localized,
    citation: nonEmpty,
  })
  .strict();

/** Another published cut-off, shown as context; the bands above are the ones results are sorted into. */
const alternativeCutoff = z
  .object({ min: z.number().int(), meaning: localized, citation: nonEmpty })
  .strict();

const range = z.object({ min: z.number().int(), max: z.number().int() }).strict();

const totalScale = z
  .object({
    label: localized,
    /** The items summed; all of them when absent. */
    items: z.array(nonEmpty).min(1).optional(),
    range,
    bands: z.array(band),
    alternativeCutoffs: z.array(alternativeCutoff).optional(),
    code: coding.optional(),
    citation: nonEmpty,
  })
  .strict();

const subscale = z
  .object({
    key,
    label: localized,
    items: z.array(nonEmpty).min(1),
    range,
    bands: z.array(band),
    alternativeCutoffs: z.array(alternativeCutoff).optional(),
    citation: nonEmpty,
  })
  .strict();

/**
 * A counted rule over item scores ("1 or more on 2 of Q10–Q16"): met when at least `minItems` of `items`
 * score `minScore` or more. City BiTS maps its items to DSM-5 criteria this way.
 */
const criterionRule = z
  .object({
    key,
    label: localized,
    role: z.enum(["required", "exclusion", "specifier"]),
    items: z.array(nonEmpty).min(1),
    minScore: z.number().int(),
    minItems: z.number().int().min(1),
    citation: nonEmpty,
  })
  .strict();

const criteria = z
  .object({ label: localized, note: localized, rules: z.array(criterionRule).min(1) })
  .strict();

const safetyRule = z
  .object({
    type: z.enum(safetyFlagTypes),
    item: nonEmpty,
    /** Flag when the chosen option scores this much or more. */
    minScore: z.number().int().optional(),
    /**
     * Flag when the chosen option scores this much or less: for scales where a low score is the concern
     * (MAAS scores 5 for the strongest attachment).
     */
    maxScore: z.number().int().optional(),
    rule: nonEmpty,
    citation: nonEmpty,
  })
  .strict()
  .refine((r) => (r.minScore === undefined) !== (r.maxScore === undefined), {
    message: "a safety rule needs exactly one of minScore or maxScore",
  });

/** Whether an option's score meets a safety rule (one bound, see safetyRule). */
export function meetsSafetyRule(rule: { minScore?: number; maxScore?: number }, score: number): boolean {
  if (rule.minScore !== undefined) return score >= rule.minScore;
  if (rule.maxScore !== undefined) return score <= rule.maxScore;
  return false;
}

const licence = z
  .object({
    kind: z.enum([
      "public_domain",
      "free_no_licence",
      "free_if_unaltered",
      "cc_by_3_0_au",
      "cc_by",
      "permission_required",
    ]),
    statement: nonEmpty,
    /** The statement as printed on a published translation of the form. */
    translations: translations.optional(),
    /** Attribution the licence requires wherever the instrument is shown. */
    attribution: nonEmpty.optional(),
    url: nonEmpty.optional(),
  })
  .strict();

const wording = z
  .object({
    /**
     * verified: every item checked against a source; partial: some items could not be (each says so);
     * placeholder: the file holds stand-in text, and the real wording is not shipped.
     */
    status: z.enum(["verified", "partial", "placeholder"]),
    sources: z.array(nonEmpty),
    note: nonEmpty.optional(),
    /**
     * For wording Attune does not ship but a deployment may load at start (the EPDS with the College's
     * permission; the City BiTS from City, University of London): the variable naming its file.
     */
    runtimeFileEnv: z.enum(runtimeFileEnvs).optional(),
  })
  .strict();

const intro = z
  .object({ text: nonEmpty, translations: translations.optional(), verified: z.boolean() })
  .strict();

const attune = z
  .object({
    shortName: nonEmpty,
    languages: z.array(z.enum(screeningLangs)).min(1),
    audience: z.array(z.enum(audiences)).min(1),
    /** The period the questions ask about, as an ISO 8601 duration; null where the instrument names none. */
    period: z
      .string()
      .regex(/^P\d+[DW]$/)
      .nullable(),
    /** Reflection and trend only: no pass/fail, no bands (MAAS, PAAS: no validated cut-offs). */
    reflectionOnly: z.boolean(),
    available: z.boolean(),
    unavailableReason: localized.optional(),
    licence,
    citation: nonEmpty,
    references: z.array(nonEmpty).optional(),
    wording,
    intro,
    scoring: z
      .object({ total: totalScale, subscales: z.array(subscale), criteria: criteria.optional() })
      .strict(),
    safety: z.array(safetyRule),
  })
  .strict();

const questionnaire = z
  .object({
    resourceType: z.literal("Questionnaire"),
    id: z.string().regex(/^[a-z0-9]+$/),
    url: nonEmpty,
    version: nonEmpty,
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    title: nonEmpty,
    status: z.enum(["draft", "active"]),
    language: z.literal("en"),
    code: z.array(coding).optional(),
    copyright: nonEmpty,
    item: z.array(item).min(1),
    attune,
  })
  .strict();

type Questionnaire = z.infer<typeof questionnaire>;
type Ctx = z.RefinementCtx;

const problem = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: "custom", path, message });

function checkItems(q: Questionnaire, ctx: Ctx) {
  const extra = q.attune.languages.filter((l) => l !== "en");
  if (!q.attune.languages.includes("en"))
    problem(ctx, ["attune", "languages"], "English is every source text");
  const declared = (t: { es?: string } | undefined, path: (string | number)[]) => {
    for (const lang of screeningLangs) {
      if (lang === "en") continue;
      const has = t?.[lang] !== undefined;
      if (extra.includes(lang) && !has) problem(ctx, path, `missing the ${lang} wording the file declares`);
      if (!extra.includes(lang) && has) problem(ctx, path, `has ${lang} wording the file does not declare`);
    }
  };
  declared(q.attune.intro.translations, ["attune", "intro"]);
  q.item.forEach((it, i) => {
    if (it.linkId !== String(i + 1)) problem(ctx, ["item", i, "linkId"], `linkId must be "${i + 1}"`);
    declared(it.translations, ["item", i]);
    const codes = new Set<string>();
    it.answerOption.forEach((o, j) => {
      const path = ["item", i, "answerOption", j];
      if (o.extension[0]?.valueDecimal !== o.score) problem(ctx, path, "ordinalValue must equal score");
      if (codes.has(o.valueCoding.code)) problem(ctx, path, "option codes must be unique within an item");
      codes.add(o.valueCoding.code);
      declared(o.translations, path);
    });
  });
}

const itemScores = (q: Questionnaire, linkId: string) =>
  q.item.find((i) => i.linkId === linkId)?.answerOption.map((o) => o.score) ?? [];

/** Every listed item exists and appears once. */
function checkItemList(q: Questionnaire, ctx: Ctx, items: string[], path: (string | number)[]) {
  const seen = new Set<string>();
  items.forEach((id, i) => {
    if (!q.item.some((it) => it.linkId === id)) problem(ctx, [...path, i], `no item "${id}"`);
    if (seen.has(id)) problem(ctx, [...path, i], `item "${id}" listed twice`);
    seen.add(id);
  });
}

/**
 * The declared range must be exactly what the options allow, so a typo in a score or an item list shows up
 * as a range mismatch; bands must be ordered, non-overlapping and inside it.
 */
function checkScale(
  q: Questionnaire,
  ctx: Ctx,
  scale: { items?: string[]; range: { min: number; max: number }; bands: z.infer<typeof band>[] },
  path: (string | number)[],
) {
  const items = scale.items ?? q.item.map((i) => i.linkId);
  checkItemList(q, ctx, items, [...path, "items"]);
  let min = 0;
  let max = 0;
  for (const id of items) {
    const scores = itemScores(q, id);
    if (!scores.length) continue;
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  if (scale.range.min !== min || scale.range.max !== max) {
    problem(ctx, [...path, "range"], `range must be ${min}–${max}, what the options allow`);
  }
  const keys = new Set<string>();
  scale.bands.forEach((b, i) => {
    const at = [...path, "bands", i];
    if (b.min > b.max) problem(ctx, at, "band min is above its max");
    if (b.min < scale.range.min || b.max > scale.range.max) problem(ctx, at, "band lies outside the range");
    const prev = scale.bands[i - 1];
    if (prev && b.min <= prev.max) problem(ctx, at, "bands must be ordered and must not overlap");
    if (keys.has(b.key)) problem(ctx, at, `band key "${b.key}" repeats`);
    keys.add(b.key);
  });
}

function checkScoring(q: Questionnaire, ctx: Ctx) {
  const { scoring, reflectionOnly } = q.attune;
  checkScale(q, ctx, scoring.total, ["attune", "scoring", "total"]);
  const keys = new Set<string>(["total"]);
  scoring.subscales.forEach((s, i) => {
    const path = ["attune", "scoring", "subscales", i];
    if (keys.has(s.key)) problem(ctx, [...path, "key"], `scale key "${s.key}" repeats or is reserved`);
    keys.add(s.key);
    checkScale(q, ctx, s, path);
  });
  if (reflectionOnly) {
    const banded = [scoring.total, ...scoring.subscales].some((s) => s.bands.length || s.alternativeCutoffs);
    if (banded) problem(ctx, ["attune", "scoring"], "a reflection-only instrument has no cut-offs");
  }
  scoring.criteria?.rules.forEach((r, i) => {
    const path = ["attune", "scoring", "criteria", "rules", i];
    checkItemList(q, ctx, r.items, [...path, "items"]);
    if (r.minItems > r.items.length) problem(ctx, path, "needs more items than the rule lists");
    if (!r.items.some((id) => itemScores(q, id).some((s) => s >= r.minScore))) {
      problem(ctx, path, "no option can reach minScore");
    }
  });
}

function checkSafety(q: Questionnaire, ctx: Ctx) {
  q.attune.safety.forEach((s, i) => {
    const path = ["attune", "safety", i];
    const scores = itemScores(q, s.item);
    if (!scores.length) {
      problem(ctx, [...path, "item"], `no item "${s.item}"`);
      return;
    }
    // A rule that every answer or no answer meets is a typo, not a safety check.
    if (!scores.some((x) => meetsSafetyRule(s, x))) problem(ctx, path, "no option can raise this flag");
    if (scores.every((x) => meetsSafetyRule(s, x))) problem(ctx, path, "every option would raise this flag");
  });
}

function checkStatus(q: Questionnaire, ctx: Ctx) {
  const { attune: a } = q;
  if (q.url !== `urn:attune:instrument:${q.id}`)
    problem(ctx, ["url"], `url must be urn:attune:instrument:${q.id}`);
  if (!a.available && !a.unavailableReason) problem(ctx, ["attune"], "an unavailable instrument says why");
  if (a.available && a.unavailableReason) problem(ctx, ["attune"], "an available instrument has no reason");
  if (a.available && a.wording.status === "placeholder") {
    problem(ctx, ["attune", "available"], "placeholder wording cannot be offered");
  }
  const unverified = q.item.filter((i) => !i.verified).length + (a.intro.verified ? 0 : 1);
  if (a.wording.status === "verified" && unverified) {
    problem(ctx, ["attune", "wording"], "status says verified but some wording is not");
  }
  if (a.wording.status === "partial" && !unverified)
    problem(ctx, ["attune", "wording"], "nothing is unverified");
  if (a.wording.status !== "placeholder" && !a.wording.sources.length) {
    problem(ctx, ["attune", "wording", "sources"], "verified wording names where it came from");
  }
  if (a.wording.status === "placeholder" && q.item.some((i) => i.verified)) {
    problem(ctx, ["item"], "placeholder text cannot be marked verified");
  }
}

export const instrumentDefinitionSchema = questionnaire.superRefine((q, ctx) => {
  checkItems(q, ctx);
  checkScoring(q, ctx);
  checkSafety(q, ctx);
  checkStatus(q, ctx);
});

export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
export type InstrumentItem = InstrumentDefinition["item"][number];
export type AnswerOption = InstrumentItem["answerOption"][number];
export type Band = z.infer<typeof band>;
export type CriterionRule = z.infer<typeof criterionRule>;
export type SafetyRule = z.infer<typeof safetyRule>;

/** Parses a definition, failing with every problem listed and the instrument named. */
export function parseInstrumentDefinition(raw: unknown): InstrumentDefinition {
  const parsed = instrumentDefinitionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const id = typeof raw === "object" && raw && "id" in raw ? String(raw.id) : "?";
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`instrument definition "${id}" is invalid: ${problems}`);
}
