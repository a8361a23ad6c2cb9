import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InstrumentId, instrumentIds, instruments } from "../../src/content/instruments/index.js";
import {
  type ScreeningAnswer,
  type ScreeningScore,
  safetyFlags,
  scoreScreening,
} from "../../src/domain/screening/score.js";

/*
 * Hand-worked answer sheets. Each sheet lists the chosen option (0-based position in the printed order) for
 * items 1..n, and the expected numbers were worked out by hand from the scores in
 * shared/reference/instruments.md, not by calling the code under test.
 */

const sheet = (options: number[]): ScreeningAnswer[] =>
  options.map((option, i) => ({ item: String(i + 1), option }));
const fill = (n: number, option: number, set: Record<number, number> = {}) =>
  Array.from({ length: n }, (_, i) => set[i + 1] ?? option);

function score(id: InstrumentId, options: number[]): ScreeningScore {
  const outcome = scoreScreening(instruments[id], sheet(options));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.score;
}
const band = (s: ScreeningScore, scale = "total") => s.bands.find((b) => b.scale === scale)?.key;

describe("PHQ-9", () => {
  it("all lowest: 0, minimal, no flag", () => {
    const s = score("phq9", fill(9, 0));
    expect(s).toMatchObject({ total: 0, subscales: {}, flags: [] });
    expect(band(s)).toBe("minimal");
  });

  it("all highest: 27, severe, and item 9 flags self-harm", () => {
    const s = score("phq9", fill(9, 3));
    expect(s.total).toBe(27);
    expect(band(s)).toBe("severe");
    expect(s.flags).toEqual([{ type: "self_harm", item: "9" }]);
  });

  it.each([
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"],
    [[2, 2, 2, 2, 1, 0, 0, 0, 0], 9, "mild"],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, "moderate"],
    [[3, 3, 3, 3, 2, 0, 0, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "moderately_severe"],
    [[3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "moderately_severe"],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"],
  ])("cut-off boundary %j → %i (%s)", (options, total, key) => {
    const s = score("phq9", options);
    expect(s.total).toBe(total);
    expect(band(s)).toBe(key);
    expect(s.flags).toEqual([]);
  });

  it("item 9 = 'several days' with a total of 1 still flags self-harm", () => {
    const s = score("phq9", fill(9, 0, { 9: 1 }));
    expect(s.total).toBe(1);
    expect(band(s)).toBe("minimal");
    expect(s.flags).toEqual([{ type: "self_harm", item: "9" }]);
  });

  it("a high total with item 9 at 'not at all' raises no flag", () => {
    const s = score("phq9", fill(9, 3, { 9: 0 }));
    expect(s.total).toBe(24);
    expect(s.flags).toEqual([]);
  });
});

describe("GAD-7", () => {
  it("all lowest 0 and all highest 21", () => {
    expect(score("gad7", fill(7, 0))).toMatchObject({ total: 0, flags: [] });
    expect(band(score("gad7", fill(7, 0)))).toBe("minimal");
    expect(score("gad7", fill(7, 3)).total).toBe(21);
    expect(band(score("gad7", fill(7, 3)))).toBe("severe");
  });

  it.each([
    [[1, 1, 1, 1, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0], 5, "mild"],
    [[2, 2, 2, 2, 1, 0, 0], 9, "mild"],
    [[2, 2, 2, 2, 2, 0, 0], 10, "moderate"],
    [[3, 3, 3, 3, 2, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 0, 0], 15, "severe"],
  ])("cut-off boundary %j → %i (%s)", (options, total, key) => {
    const s = score("gad7", options);
    expect(s.total).toBe(total);
    expect(band(s)).toBe(key);
  });
});

describe("EPDS", () => {
  // Items 1, 2, 4 score 0,1,2,3 down the options; items 3, 5-10 score 3,2,1,0.
  const lowest = [0, 0, 3, 0, 3, 3, 3, 3, 3, 3];
  const withLowest = (set: Record<number, number>) => lowest.map((o, i) => set[i + 1] ?? o);

  it("all lowest scores: 0, below the cut-off, no flag", () => {
    const s = score("epds", lowest);
    expect(s).toMatchObject({ total: 0, subscales: { epds3a: 0 }, flags: [] });
    expect(band(s)).toBe("below_cutoff");
    expect(band(s, "epds3a")).toBe("below_cutoff");
  });

  it("all highest scores: 30, probable depression, EPDS-3A 9, item 10 flags", () => {
    const s = score("epds", [3, 3, 0, 3, 0, 0, 0, 0, 0, 0]);
    expect(s).toMatchObject({ total: 30, subscales: { epds3a: 9 } });
    expect(band(s)).toBe("probable_depression");
    expect(band(s, "epds3a")).toBe("anxiety_follow_up");
    expect(s.flags).toEqual([{ type: "self_harm", item: "10" }]);
  });

  it("the first printed option everywhere is not the lowest score: 21", () => {
    // Items 1, 2, 4 → 0; items 3, 5, 6, 7, 8, 9, 10 → 3 each.
    const s = score("epds", fill(10, 0));
    expect(s).toMatchObject({ total: 21, subscales: { epds3a: 6 } });
    expect(s.flags).toEqual([{ type: "self_harm", item: "10" }]);
  });

  it.each([3, 5, 6, 7, 8, 9, 10])("reverse-scored item %i alone: its first option scores 3", (n) => {
    const s = score("epds", withLowest({ [n]: 0 }));
    expect(s.total).toBe(3);
    expect(s.subscales.epds3a).toBe(n === 3 || n === 5 ? 3 : 0);
    expect(s.flags).toEqual(n === 10 ? [{ type: "self_harm", item: "10" }] : []);
  });

  it.each([1, 2, 4])("forward item %i alone: its last option scores 3", (n) => {
    expect(score("epds", withLowest({ [n]: 3 })).total).toBe(3);
  });

  it.each([
    // items 1, 2, 4 at 3 = 9; then item 5 one step up (option 2 → 1); then item 5 at 3 (option 0)
    [{ 1: 3, 2: 3, 4: 3 }, 9, "below_cutoff"],
    [{ 1: 3, 2: 3, 4: 3, 5: 2 }, 10, "possible_depression"],
    [{ 1: 3, 2: 3, 4: 3, 5: 1 }, 11, "possible_depression"],
    [{ 1: 3, 2: 3, 4: 3, 5: 0 }, 12, "possible_depression"],
    [{ 1: 3, 2: 3, 4: 3, 5: 0, 6: 2 }, 13, "probable_depression"],
  ])("cut-off boundary %j → %i (%s)", (set, total, key) => {
    const s = score("epds", withLowest(set));
    expect(s.total).toBe(total);
    expect(band(s)).toBe(key);
    expect(s.flags).toEqual([]);
  });

  it("EPDS-3A boundary 3 / 4 (items 3 + 4 + 5)", () => {
    const three = score("epds", withLowest({ 3: 0 }));
    expect(three.subscales.epds3a).toBe(3);
    expect(band(three, "epds3a")).toBe("below_cutoff");
    const four = score("epds", withLowest({ 3: 0, 4: 1 }));
    expect(four.subscales.epds3a).toBe(4);
    expect(band(four, "epds3a")).toBe("anxiety_follow_up");
  });

  it("item 10 above 0 flags whatever the total; at 0 it does not", () => {
    const s = score("epds", withLowest({ 10: 2 }));
    expect(s.total).toBe(1);
    expect(band(s)).toBe("below_cutoff");
    expect(s.flags).toEqual([{ type: "self_harm", item: "10" }]);
    expect(score("epds", withLowest({ 10: 3 })).flags).toEqual([]);
  });
});

describe("PBQ", () => {
  // Positive items 1, 4, 8, 9, 11, 16, 22, 25: Always (0) = 0 … Never (5) = 5; the rest Always = 5 … Never = 0.
  const positive = [1, 4, 8, 9, 11, 16, 22, 25];
  const lowest = Array.from({ length: 25 }, (_, i) => (positive.includes(i + 1) ? 0 : 5));
  const withLowest = (set: Record<number, number>) => lowest.map((o, i) => set[i + 1] ?? o);
  const zero = { impaired_bonding: 0, rejection_anger: 0, infant_anxiety: 0, risk_of_abuse: 0 };

  it("all lowest: 0 everywhere, no flag", () => {
    const s = score("pbq", lowest);
    expect(s).toMatchObject({ total: 0, subscales: zero, flags: [] });
    expect(s.bands.map((b) => `${b.scale}:${b.key}`)).toEqual([
      "impaired_bonding:not_high",
      "rejection_anger:not_high",
      "infant_anxiety:not_high",
      "risk_of_abuse:not_high",
    ]);
  });

  it("all highest: 125, every scale at its maximum and high, items 18 and 24 flag", () => {
    const s = score(
      "pbq",
      lowest.map((o) => 5 - o),
    );
    expect(s).toMatchObject({
      total: 125,
      subscales: { impaired_bonding: 60, rejection_anger: 35, infant_anxiety: 20, risk_of_abuse: 10 },
    });
    expect(s.bands.every((b) => b.key === "high")).toBe(true);
    expect(s.flags).toEqual([
      { type: "harm_to_baby", item: "18" },
      { type: "harm_to_baby", item: "24" },
    ]);
  });

  it("'Always' everywhere: 17 negative items × 5 = 85", () => {
    expect(score("pbq", fill(25, 0)).total).toBe(85);
  });

  it.each([
    [1, "impaired_bonding"],
    [4, "rejection_anger"],
    [8, "impaired_bonding"],
    [9, "impaired_bonding"],
    [11, "rejection_anger"],
    [16, "impaired_bonding"],
    [22, "infant_anxiety"],
    [25, "infant_anxiety"],
  ])("reverse-scored (positive) item %i alone at 'Never' scores 5 on %s", (n, scale) => {
    const s = score("pbq", withLowest({ [n]: 5 }));
    expect(s.total).toBe(5);
    expect(s.subscales).toEqual({ ...zero, [scale]: 5 });
  });

  it.each([
    // impaired bonding, cut-off 12: items 2 and 6 at Always (5 + 5) plus item 7 at Rarely (1) / Sometimes (2)
    ["impaired_bonding", { 2: 0, 6: 0, 7: 4 }, 11, "not_high"],
    ["impaired_bonding", { 2: 0, 6: 0, 7: 3 }, 12, "high"],
    // rejection and anger, cut-off 13: items 3 and 5 at Always (10) plus item 14 at Sometimes (2) / Quite often (3)
    ["rejection_anger", { 3: 0, 5: 0, 14: 3 }, 12, "not_high"],
    ["rejection_anger", { 3: 0, 5: 0, 14: 2 }, 13, "high"],
    // infant-focused anxiety, cut-off 10: item 19 at Always (5) plus item 20 at Very often (4) / Always (5)
    ["infant_anxiety", { 19: 0, 20: 1 }, 9, "not_high"],
    ["infant_anxiety", { 19: 0, 20: 0 }, 10, "high"],
    // risk of abuse, cut-off 2: item 18 at Rarely (1) / Sometimes (2)
    ["risk_of_abuse", { 18: 4 }, 1, "not_high"],
    ["risk_of_abuse", { 18: 3 }, 2, "high"],
  ])("%s cut-off boundary %j → %i (%s)", (scale, set, value, key) => {
    const s = score("pbq", withLowest(set));
    expect(s.subscales[scale]).toBe(value);
    expect(s.total).toBe(value);
    expect(band(s, scale)).toBe(key);
  });

  it("item 18 endorsed even 'rarely' flags harm to baby, below every cut-off of the total", () => {
    const s = score("pbq", withLowest({ 18: 4 }));
    expect(s.total).toBe(1);
    expect(s.flags).toEqual([{ type: "harm_to_baby", item: "18" }]);
  });

  it("item 24 endorsed flags harm to baby", () => {
    const s = score("pbq", withLowest({ 24: 0 }));
    expect(s).toMatchObject({ total: 5, subscales: { ...zero, risk_of_abuse: 5 } });
    expect(s.flags).toEqual([{ type: "harm_to_baby", item: "24" }]);
  });

  it("items 18 and 24 at 'Never' raise no flag, however high the rest", () => {
    const s = score("pbq", withLowest({ 1: 5, 2: 0, 3: 0, 19: 0 }));
    expect(s.total).toBe(20);
    expect(s.flags).toEqual([]);
  });
});

describe("MAAS (reflection only)", () => {
  const reverse = [1, 3, 5, 6, 7, 9, 10, 12, 15, 16, 18];
  // Lowest score (1) is the last printed option on reversed items, the first elsewhere.
  const lowest = Array.from({ length: 19 }, (_, i) => (reverse.includes(i + 1) ? 4 : 0));
  const withLowest = (set: Record<number, number>) => lowest.map((o, i) => set[i + 1] ?? o);

  it("all lowest: 19, quality 10, intensity 8, no bands; item 12 'often' raises the harm-to-baby flag", () => {
    expect(score("maas", lowest)).toMatchObject({
      total: 19,
      subscales: { quality: 10, intensity: 8 },
      bands: [],
      flags: [{ type: "harm_to_baby", item: "12" }],
    });
  });

  // Item 12 prints five answers: two that she never has felt like hurting the baby (scores 5, 4), three that
  // she has (once or twice 3, occasionally 2, often 1). Only the last three raise the panel (decision 19).
  it.each([
    [0, []],
    [1, []],
    [2, [{ type: "harm_to_baby", item: "12" }]],
    [3, [{ type: "harm_to_baby", item: "12" }]],
    [4, [{ type: "harm_to_baby", item: "12" }]],
  ])("item 12 answered with printed option %i → flags %j", (option, flags) => {
    const highest = lowest.map((o) => 4 - o);
    const options = highest.map((o, i) => (i === 11 ? option : o));
    expect(score("maas", options).flags).toEqual(flags);
  });

  it("all highest: 95, quality 50, intensity 40", () => {
    expect(
      score(
        "maas",
        lowest.map((o) => 4 - o),
      ),
    ).toMatchObject({
      total: 95,
      subscales: { quality: 50, intensity: 40 },
      bands: [],
    });
  });

  it.each(reverse)("reverse-scored item %i alone: the first printed option scores 5", (n) => {
    const s = score("maas", withLowest({ [n]: 0 }));
    expect(s.total).toBe(23);
    const quality = [3, 6, 9, 10, 11, 12, 13, 15, 16, 19].includes(n) ? 14 : 10;
    const intensity = [1, 2, 4, 5, 8, 14, 17, 18].includes(n) ? 12 : 8;
    expect(s.subscales).toEqual({ quality, intensity });
  });

  it("item 7 counts only in the global score", () => {
    expect(score("maas", withLowest({ 7: 0 }))).toMatchObject({
      total: 23,
      subscales: { quality: 10, intensity: 8 },
    });
  });
});

describe("PAAS (reflection only)", () => {
  const reverse = [1, 3, 5, 7, 8, 12, 15];
  const lowest = Array.from({ length: 16 }, (_, i) => (reverse.includes(i + 1) ? 4 : 0));
  const withLowest = (set: Record<number, number>) => lowest.map((o, i) => set[i + 1] ?? o);

  it("all lowest 16 (quality 8, intensity 6) and all highest 80 (40, 30)", () => {
    expect(score("paas", lowest)).toMatchObject({
      total: 16,
      subscales: { quality: 8, intensity: 6 },
      bands: [],
    });
    expect(
      score(
        "paas",
        lowest.map((o) => 4 - o),
      ),
    ).toMatchObject({
      total: 80,
      subscales: { quality: 40, intensity: 30 },
      bands: [],
    });
  });

  it.each(reverse)("reverse-scored item %i alone: the first printed option scores 5", (n) => {
    const s = score("paas", withLowest({ [n]: 0 }));
    expect(s.total).toBe(20);
    expect(s.subscales).toEqual({
      quality: [1, 3, 7, 12].includes(n) ? 12 : 8,
      intensity: [5, 8, 15].includes(n) ? 10 : 6,
    });
  });

  it.each([6, 13])("item %i counts only in the global score", (n) => {
    expect(score("paas", withLowest({ [n]: 4 }))).toMatchObject({
      total: 20,
      subscales: { quality: 8, intensity: 6 },
    });
  });
});

describe("KPCS", () => {
  it("all lowest 0 and all highest 45", () => {
    expect(band(score("kpcs", fill(15, 0)))).toBe("low_confidence");
    expect(score("kpcs", fill(15, 0)).total).toBe(0);
    expect(score("kpcs", fill(15, 3)).total).toBe(45);
    expect(band(score("kpcs", fill(15, 3)))).toBe("above_cutoff");
  });

  it("cut-off boundary 39 / 40", () => {
    // Two items at 0 take 6 off 45; one of them at 1 instead takes 5.
    const low = score("kpcs", fill(15, 3, { 14: 0, 15: 0 }));
    expect(low.total).toBe(39);
    expect(band(low)).toBe("low_confidence");
    const ok = score("kpcs", fill(15, 3, { 14: 0, 15: 1 }));
    expect(ok.total).toBe(40);
    expect(band(ok)).toBe("above_cutoff");
  });

  it("'not applicable' on items 1 and 9 scores 2", () => {
    expect(score("kpcs", fill(15, 3, { 1: 4, 9: 4 })).total).toBe(43);
    expect(score("kpcs", fill(15, 0, { 1: 4 })).total).toBe(2);
    expect(score("kpcs", fill(15, 0, { 9: 4 })).total).toBe(2);
  });

  it("other items have no fifth option", () => {
    const outcome = scoreScreening(instruments.kpcs, sheet(fill(15, 0, { 2: 4 })));
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: "option_out_of_range", item: "2", optionCount: 4 },
    });
  });
});

describe("City Birth Trauma Scale", () => {
  // Items 1-2: option 0 = yes (1), option 1 = no (0). Items 3-29: option = score.
  const none = [1, 1, ...Array.from({ length: 27 }, () => 0)];
  const withNone = (set: Record<number, number>) => none.map((o, i) => set[i + 1] ?? o);
  const meetsAll = { 1: 0, 3: 1, 8: 1, 10: 1, 11: 1, 17: 1, 18: 1, 26: 1, 27: 1 };

  it("all lowest: symptom total 0, no criterion met", () => {
    const s = score("citybits", none);
    expect(s.total).toBe(0);
    expect(s.criteria?.criteriaMet).toBe(false);
    expect(Object.values(s.criteria?.met ?? {}).some(Boolean)).toBe(false);
    expect(s.bands).toEqual([]);
  });

  it("all highest: symptom total 60 (Q3-Q22), criteria met but excluded by Q29, with both specifiers", () => {
    const s = score("citybits", [0, 0, ...Array.from({ length: 22 }, () => 3), 2, 2, 2, 2, 2]);
    expect(s.total).toBe(60);
    expect(s.criteria).toMatchObject({ allRequiredMet: true, excluded: true, criteriaMet: false });
    expect(s.criteria?.specifiers).toEqual(["dissociative", "delayed_onset"]);
  });

  it("Q23 and Q24 are not in the symptom total", () => {
    expect(score("citybits", withNone({ 23: 3, 24: 3 })).total).toBe(0);
  });

  it("meets every required criterion with the fewest symptoms", () => {
    const s = score("citybits", withNone(meetsAll));
    expect(s.total).toBe(6);
    expect(s.criteria).toEqual({
      met: {
        stressor: true,
        re_experiencing: true,
        avoidance: true,
        negative_mood: true,
        hyperarousal: true,
        duration: true,
        distress_impairment: true,
        other_cause: false,
        dissociative: false,
        delayed_onset: false,
      },
      allRequiredMet: true,
      excluded: false,
      criteriaMet: true,
      specifiers: [],
    });
  });

  it.each([
    ["stressor", { 1: 1 }],
    ["negative_mood", { 11: 0 }],
    ["hyperarousal", { 18: 0 }],
    ["duration", { 26: 0 }],
    ["distress_impairment", { 27: 0 }],
  ])("without %s the criteria are not met", (key, change) => {
    const s = score("citybits", withNone({ ...meetsAll, ...change }));
    expect(s.criteria?.met[key]).toBe(false);
    expect(s.criteria?.criteriaMet).toBe(false);
  });

  it("Q2 alone meets the stressor criterion; Q28 alone meets distress", () => {
    const s = score("citybits", withNone({ ...meetsAll, 1: 1, 2: 0, 27: 0, 28: 1 }));
    expect(s.criteria?.criteriaMet).toBe(true);
  });

  it("1 or more on Q29 excludes; 2 on Q25 marks delayed onset, 1 does not", () => {
    expect(score("citybits", withNone({ ...meetsAll, 29: 1 })).criteria).toMatchObject({
      excluded: true,
      criteriaMet: false,
    });
    expect(score("citybits", withNone({ ...meetsAll, 25: 2 })).criteria?.specifiers).toEqual([
      "delayed_onset",
    ]);
    expect(score("citybits", withNone({ ...meetsAll, 25: 1 })).criteria?.specifiers).toEqual([]);
  });
});

describe("answers that cannot be scored", () => {
  const phq9 = instruments.phq9;
  const all = sheet(fill(9, 0));

  it.each([
    ["missing", all.filter((a) => a.item !== "4"), { kind: "missing", item: "4" }],
    ["duplicate", [...all, { item: "2", option: 1 }], { kind: "duplicate", item: "2" }],
    ["unknown", [...all, { item: "10", option: 0 }], { kind: "unknown_item", item: "10" }],
    [
      "too high",
      all.map((a) => (a.item === "3" ? { item: "3", option: 4 } : a)),
      { kind: "option_out_of_range", item: "3", optionCount: 4 },
    ],
    [
      "negative",
      all.map((a) => (a.item === "3" ? { item: "3", option: -1 } : a)),
      { kind: "option_out_of_range", item: "3" },
    ],
    [
      "fractional",
      all.map((a) => (a.item === "3" ? { item: "3", option: 1.5 } : a)),
      { kind: "option_out_of_range", item: "3" },
    ],
    [
      "not a number",
      all.map((a) => (a.item === "3" ? ({ item: "3", option: "2" } as never) : a)),
      { kind: "option_out_of_range", item: "3" },
    ],
  ])("%s answer: an error naming the item", (_, answers, error) => {
    const outcome = scoreScreening(phq9, answers);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject(error);
    expect(outcome.error.message).toContain(`item ${outcome.error.item}`);
  });

  it("still returns the safety flag when the rest cannot be scored", () => {
    const outcome = scoreScreening(phq9, [{ item: "9", option: 2 }]);
    expect(outcome).toEqual({
      ok: false,
      error: { kind: "missing", item: "1", message: "item 1 is not answered" },
      flags: [{ type: "self_harm", item: "9" }],
    });
  });
});

describe("safety flags on their own", () => {
  it("a partial PHQ-9 with item 9 above 0 flags", () => {
    expect(safetyFlags(instruments.phq9, [{ item: "9", option: 1 }])).toEqual([
      { type: "self_harm", item: "9" },
    ]);
    expect(safetyFlags(instruments.phq9, [{ item: "9", option: 0 }])).toEqual([]);
  });

  it("reads EPDS item 10 by its reversed scores, not its position", () => {
    expect(safetyFlags(instruments.epds, [{ item: "10", option: 0 }])).toEqual([
      { type: "self_harm", item: "10" },
    ]);
    expect(safetyFlags(instruments.epds, [{ item: "10", option: 2 }])).toEqual([
      { type: "self_harm", item: "10" },
    ]);
    expect(safetyFlags(instruments.epds, [{ item: "10", option: 3 }])).toEqual([]);
  });

  it("flags PBQ items 18 and 24 on any answer but 'Never'", () => {
    for (let option = 0; option < 5; option++) {
      expect(safetyFlags(instruments.pbq, [{ item: "24", option }])).toEqual([
        { type: "harm_to_baby", item: "24" },
      ]);
    }
    expect(safetyFlags(instruments.pbq, [{ item: "18", option: 5 }])).toEqual([]);
  });

  it("flags when any of several answers to the item meets the rule, and ignores unusable answers", () => {
    const answers = [
      { item: "9", option: 0 },
      { item: "9", option: 2 },
      { item: "9", option: 9 },
      { item: "12", option: 3 },
    ];
    expect(safetyFlags(instruments.phq9, answers)).toEqual([{ type: "self_harm", item: "9" }]);
    expect(safetyFlags(instruments.phq9, [{ item: "9", option: 7 }])).toEqual([]);
    expect(safetyFlags(instruments.gad7, sheet(fill(7, 3)))).toEqual([]);
  });
});

describe.each(instrumentIds)("properties of %s", (id) => {
  const d = instruments[id];
  const counts = d.item.map((i) => i.answerOption.length);
  const answersArb = fc.tuple(...counts.map((n) => fc.integer({ min: 0, max: n - 1 })));

  it("every total and subscale lies in its published range", () => {
    fc.assert(
      fc.property(answersArb, (options) => {
        const s = score(id, options);
        const { total, subscales } = d.attune.scoring;
        expect(s.total).toBeGreaterThanOrEqual(total.range.min);
        expect(s.total).toBeLessThanOrEqual(total.range.max);
        for (const scale of subscales) {
          expect(s.subscales[scale.key]).toBeGreaterThanOrEqual(scale.range.min);
          expect(s.subscales[scale.key]).toBeLessThanOrEqual(scale.range.max);
        }
      }),
    );
  });

  it("raising one answer's score never lowers the total", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), fc.nat(), (options, at, to) => {
        const i = at % options.length;
        const next = [...options];
        next[i] = to % (counts[i] ?? 1);
        const scores = d.item[i]?.answerOption.map((o) => o.score) ?? [];
        const before = scores[options[i] ?? 0] ?? 0;
        const after = scores[next[i] ?? 0] ?? 0;
        if (after >= before) expect(score(id, next).total).toBeGreaterThanOrEqual(score(id, options).total);
        else expect(score(id, next).total).toBeLessThanOrEqual(score(id, options).total);
      }),
    );
  });

  it("raises a safety flag exactly when a safety item's answer meets its rule", () => {
    fc.assert(
      fc.property(answersArb, (options) => {
        const expected = d.attune.safety
          .filter((r) => {
            const i = Number(r.item) - 1;
            const chosen = d.item[i]?.answerOption[options[i] ?? 0]?.score ?? 0;
            return r.minScore !== undefined ? chosen >= r.minScore : chosen <= (r.maxScore ?? -1);
          })
          .map((r) => ({ type: r.type, item: r.item }));
        expect(score(id, options).flags).toEqual(expected);
        expect(safetyFlags(d, sheet(options))).toEqual(expected);
      }),
    );
  });
});
