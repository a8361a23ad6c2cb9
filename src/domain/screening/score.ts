import {
  type InstrumentDefinition,
  type LocalizedText,
  meetsSafetyRule,
  type SafetyFlagType,
} from "./definition.js";

/**
 * One generic, pure scoring function for every instrument, shared by server and client so that a check-in
 * done offline scores exactly as it does on the server. Everything instrument-specific (reverse items,
 * subscales, cut-offs, "not applicable" answers, DSM-5 criteria) is data in the definition.
 */

/** One answer: the item's linkId and the 0-based position of the chosen option in its published order. */
export interface ScreeningAnswer {
  item: string;
  option: number;
}

export interface SafetyFlag {
  type: SafetyFlagType;
  item: string;
}

export interface BandResult {
  /** "total" or a subscale's key. */
  scale: string;
  key: string;
  label: LocalizedText;
  meaning: LocalizedText;
  citation: string;
}

/** Which counted criteria the answers meet. A description of the answers, not a diagnosis. */
export interface CriteriaResult {
  met: Record<string, boolean>;
  allRequiredMet: boolean;
  excluded: boolean;
  /** Every required criterion met and no exclusion: the pattern the instrument's authors describe. */
  criteriaMet: boolean;
  specifiers: string[];
}

export interface ScreeningScore {
  total: number;
  subscales: Record<string, number>;
  bands: BandResult[];
  flags: SafetyFlag[];
  criteria?: CriteriaResult;
}

export type ScreeningAnswerError =
  | { kind: "unknown_item"; item: string; message: string }
  | { kind: "duplicate"; item: string; message: string }
  | { kind: "option_out_of_range"; item: string; option: unknown; optionCount: number; message: string }
  | { kind: "missing"; item: string; message: string };

/**
 * Either the score, or the first problem with the answers (naming its item). Safety flags come back either
 * way: a screening that cannot be scored may still hold an answer that needs the crisis panel.
 */
export type ScreeningOutcome =
  | { ok: true; score: ScreeningScore }
  | { ok: false; error: ScreeningAnswerError; flags: SafetyFlag[] };

/** The score of one answer, or undefined if the item or option does not exist. */
export function optionScore(definition: InstrumentDefinition, item: string, option: unknown) {
  const found = definition.item.find((i) => i.linkId === item);
  if (!found || typeof option !== "number" || !Number.isInteger(option)) return undefined;
  return found.answerOption[option]?.score;
}

/**
 * The safety rules, checked first and on their own: straight from the answers, before and apart from any
 * total or band, and without needing the rest of the screening to be complete or valid (a partial
 * screening with PHQ-9 item 9 answered above "not at all" must still flag). If an item was answered twice,
 * any answer meeting the rule flags it: a safety check errs towards asking.
 */
export function safetyFlags(
  definition: InstrumentDefinition,
  answers: readonly ScreeningAnswer[],
): SafetyFlag[] {
  const flags: SafetyFlag[] = [];
  for (const rule of definition.attune.safety) {
    const hit = answers.some((a) => {
      if (!a || a.item !== rule.item) return false;
      const score = optionScore(definition, a.item, a.option);
      return score !== undefined && meetsSafetyRule(rule, score);
    });
    if (hit && !flags.some((f) => f.type === rule.type && f.item === rule.item)) {
      flags.push({ type: rule.type, item: rule.item });
    }
  }
  return flags;
}

/** Checks the answers name each item once, with an option that exists, and leave no required item out. */
function checkAnswers(
  definition: InstrumentDefinition,
  answers: readonly ScreeningAnswer[],
): { ok: true; scores: Map<string, number> } | { ok: false; error: ScreeningAnswerError } {
  const scores = new Map<string, number>();
  for (const a of answers) {
    const item = String(a?.item);
    const found = definition.item.find((i) => i.linkId === item);
    if (!found)
      return { ok: false, error: { kind: "unknown_item", item, message: `item ${item} does not exist` } };
    if (scores.has(item)) {
      return { ok: false, error: { kind: "duplicate", item, message: `item ${item} is answered twice` } };
    }
    const option =
      found.answerOption[typeof a.option === "number" && Number.isInteger(a.option) ? a.option : -1];
    if (!option) {
      const optionCount = found.answerOption.length;
      const message = `item ${item} has options 0–${optionCount - 1}; ${String(a.option)} is not one of them`;
      return {
        ok: false,
        error: { kind: "option_out_of_range", item, option: a.option, optionCount, message },
      };
    }
    scores.set(item, option.score);
  }
  const missing = definition.item.find((i) => i.required && !scores.has(i.linkId));
  if (missing) {
    const error = {
      kind: "missing",
      item: missing.linkId,
      message: `item ${missing.linkId} is not answered`,
    };
    return { ok: false, error: error as ScreeningAnswerError };
  }
  return { ok: true, scores };
}

const sum = (scores: Map<string, number>, items: readonly string[]) =>
  items.reduce((acc, id) => acc + (scores.get(id) ?? 0), 0);

function evaluateCriteria(definition: InstrumentDefinition, scores: Map<string, number>) {
  const criteria = definition.attune.scoring.criteria;
  if (!criteria) return undefined;
  const met: Record<string, boolean> = {};
  for (const rule of criteria.rules) {
    const count = rule.items.filter(
      (id) => (scores.get(id) ?? Number.NEGATIVE_INFINITY) >= rule.minScore,
    ).length;
    met[rule.key] = count >= rule.minItems;
  }
  const byRole = (role: string) => criteria.rules.filter((r) => r.role === role);
  const allRequiredMet = byRole("required").every((r) => met[r.key]);
  const excluded = byRole("exclusion").some((r) => met[r.key]);
  const specifiers = byRole("specifier")
    .filter((r) => met[r.key])
    .map((r) => r.key);
  return { met, allRequiredMet, excluded, criteriaMet: allRequiredMet && !excluded, specifiers };
}

/** Scores a complete set of answers: total, subscales, the band each falls in, and the safety flags. */
export function scoreScreening(
  definition: InstrumentDefinition,
  answers: readonly ScreeningAnswer[],
): ScreeningOutcome {
  // Safety first, from the raw answers, so nothing below (an invalid answer, a band) can hide it.
  const flags = safetyFlags(definition, answers);
  const checked = checkAnswers(definition, answers);
  if (!checked.ok) return { ok: false, error: checked.error, flags };
  const { scores } = checked;
  const { total: totalScale, subscales: scales } = definition.attune.scoring;

  const total = sum(scores, totalScale.items ?? definition.item.map((i) => i.linkId));
  const subscales: Record<string, number> = {};
  for (const s of scales) subscales[s.key] = sum(scores, s.items);

  const bands: BandResult[] = [];
  const place = (scale: string, value: number, list: typeof totalScale.bands) => {
    const b = list.find((x) => value >= x.min && value <= x.max);
    if (b) bands.push({ scale, key: b.key, label: b.label, meaning: b.meaning, citation: b.citation });
  };
  place("total", total, totalScale.bands);
  for (const s of scales) place(s.key, subscales[s.key] ?? 0, s.bands);

  const criteria = evaluateCriteria(definition, scores);
  return { ok: true, score: { total, subscales, bands, flags, ...(criteria ? { criteria } : {}) } };
}
