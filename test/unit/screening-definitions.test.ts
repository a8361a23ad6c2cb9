import { describe, expect, it } from "vitest";
import {
  type InstrumentId,
  instrumentIds,
  instruments,
  rawInstruments,
} from "../../src/content/instruments/index.js";
import {
  instrumentDefinitionSchema,
  ORDINAL_VALUE_URL,
  parseInstrumentDefinition,
} from "../../src/domain/screening/definition.js";

// Facts below are from shared/reference/instruments.md; each test names what it holds the files to.

const itemCounts: Record<InstrumentId, number> = {
  phq9: 9,
  gad7: 7,
  epds: 10,
  pbq: 25,
  maas: 19,
  paas: 16,
  kpcs: 15,
  citybits: 29,
};

const clone = <T>(v: T): T => structuredClone(v);
const scoresOf = (id: InstrumentId, item: number) =>
  instruments[id].item[item - 1]?.answerOption.map((o) => o.score);
const problems = (raw: unknown) => {
  const parsed = instrumentDefinitionSchema.safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("every instrument definition", () => {
  it.each(instrumentIds)("%s passes the schema", (id) => {
    expect(problems(rawInstruments[id])).toEqual([]);
  });

  it.each(instrumentIds)("%s has the published number of items, linked 1..n in order", (id) => {
    const d = instruments[id];
    expect(d.id).toBe(id);
    expect(d.item).toHaveLength(itemCounts[id]);
    expect(d.item.map((i) => i.linkId)).toEqual(
      Array.from({ length: itemCounts[id] }, (_, i) => String(i + 1)),
    );
  });

  it.each(instrumentIds)("%s gives every option an explicit score equal to its ordinalValue", (id) => {
    for (const item of instruments[id].item) {
      for (const o of item.answerOption) {
        expect(Number.isInteger(o.score)).toBe(true);
        expect(o.extension).toEqual([{ url: ORDINAL_VALUE_URL, valueDecimal: o.score }]);
      }
    }
  });

  it.each(instrumentIds)("%s carries exactly the languages it declares", (id) => {
    const d = instruments[id];
    const hasEs = d.attune.languages.includes("es");
    const texts = [d.attune.intro, ...d.item, ...d.item.flatMap((i) => i.answerOption)];
    for (const t of texts) expect(t.translations?.es !== undefined).toBe(hasEs);
  });

  it.each(instrumentIds)("%s names its licence and citation", (id) => {
    const { licence, citation } = instruments[id].attune;
    expect(licence.statement.length).toBeGreaterThan(20);
    expect(citation.length).toBeGreaterThan(20);
  });
});

describe("languages, availability and codes as declared", () => {
  it("offers Spanish only for PHQ-9 and GAD-7, the public-domain published translations", () => {
    const withEs = instrumentIds.filter((id) => instruments[id].attune.languages.includes("es"));
    expect(withEs).toEqual(["phq9", "gad7"]);
    for (const id of instrumentIds) expect(instruments[id].attune.languages).toContain("en");
  });

  it("offers the instruments whose wording is checked, and says why the rest are unavailable", () => {
    const offered = instrumentIds.filter((id) => instruments[id].attune.available);
    expect(offered).toEqual(["phq9", "gad7", "pbq", "maas"]);
    for (const id of ["epds", "paas", "kpcs", "citybits"] as const) {
      const a = instruments[id].attune;
      expect(a.wording.status).toBe("placeholder");
      expect(a.unavailableReason?.en).toBeTruthy();
      expect(a.unavailableReason?.es).toBeTruthy();
    }
  });

  it("ships no EPDS wording and points to the runtime file", () => {
    const d = instruments.epds;
    expect(d.attune.wording.runtimeFileEnv).toBe("ATTUNE_EPDS_TEXT");
    d.item.forEach((item, i) => {
      expect(item.text).toBe(`EPDS item ${i + 1}`);
      expect(item.verified).toBe(false);
      item.answerOption.forEach((o, j) => {
        expect(o.valueCoding.display).toBe(`EPDS item ${i + 1}, option ${j + 1}`);
      });
    });
  });

  it("marks PBQ items whose wording differs between sources as unverified", () => {
    const unverified = instruments.pbq.item.filter((i) => !i.verified).map((i) => i.linkId);
    expect(unverified).toEqual(["6", "19", "22"]);
    expect(instruments.pbq.attune.wording.status).toBe("partial");
  });

  it("uses the LOINC codes the reference gives", () => {
    expect(instruments.phq9.code?.[0]?.code).toBe("44249-1");
    expect(instruments.phq9.attune.scoring.total.code?.code).toBe("44261-6");
    expect(instruments.phq9.item[8]?.code?.[0]?.code).toBe("44260-8");
    expect(instruments.gad7.code?.[0]?.code).toBe("69737-5");
    expect(instruments.gad7.attune.scoring.total.code?.code).toBe("70274-6");
    expect(instruments.epds.code?.[0]?.code).toBe("71354-5");
  });

  it("states who each instrument is for and the period it asks about", () => {
    expect(instruments.maas.attune.audience).toEqual(["pregnancy"]);
    expect(instruments.paas.attune.audience).toEqual(["partner_in_pregnancy"]);
    expect(instruments.pbq.attune.audience).toEqual(["birthing_parent"]);
    expect(instruments.phq9.attune.audience).toEqual(["any_parent"]);
    expect(instruments.phq9.attune.period).toBe("P2W");
    expect(instruments.epds.attune.period).toBe("P7D");
    expect(instruments.citybits.attune.period).toBe("P1W");
  });
});

describe("scores, reverse items and scales follow the reference", () => {
  it("PHQ-9 and GAD-7 score 0-3 down the options", () => {
    for (let n = 1; n <= 9; n++) expect(scoresOf("phq9", n)).toEqual([0, 1, 2, 3]);
    for (let n = 1; n <= 7; n++) expect(scoresOf("gad7", n)).toEqual([0, 1, 2, 3]);
  });

  it("EPDS items 1, 2, 4 score 0-3 down the options and the rest reverse", () => {
    for (let n = 1; n <= 10; n++) {
      expect(scoresOf("epds", n)).toEqual([1, 2, 4].includes(n) ? [0, 1, 2, 3] : [3, 2, 1, 0]);
    }
    expect(instruments.epds.attune.scoring.subscales).toMatchObject([
      { key: "epds3a", items: ["3", "4", "5"] },
    ]);
  });

  it("PBQ positive items score Always=0..Never=5 and all others Always=5..Never=0", () => {
    const positive = [1, 4, 8, 9, 11, 16, 22, 25];
    for (let n = 1; n <= 25; n++) {
      expect(scoresOf("pbq", n)).toEqual(positive.includes(n) ? [0, 1, 2, 3, 4, 5] : [5, 4, 3, 2, 1, 0]);
      expect(instruments.pbq.item[n - 1]?.answerOption.map((o) => o.valueCoding.display)).toEqual([
        "Always",
        "Very often",
        "Quite often",
        "Sometimes",
        "Rarely",
        "Never",
      ]);
    }
  });

  it("PBQ has the four 2006 scales with their cut-offs", () => {
    const scales = instruments.pbq.attune.scoring.subscales.map((s) => ({
      key: s.key,
      items: s.items.map(Number),
      range: [s.range.min, s.range.max],
      high: s.bands.find((b) => b.key === "high")?.min,
    }));
    expect(scales).toEqual([
      {
        key: "impaired_bonding",
        items: [1, 2, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17],
        range: [0, 60],
        high: 12,
      },
      { key: "rejection_anger", items: [3, 4, 5, 11, 14, 21, 23], range: [0, 35], high: 13 },
      { key: "infant_anxiety", items: [19, 20, 22, 25], range: [0, 20], high: 10 },
      { key: "risk_of_abuse", items: [18, 24], range: [0, 10], high: 2 },
    ]);
  });

  it("MAAS reverse items print the high option first, and it has no cut-offs", () => {
    const reverse = [1, 3, 5, 6, 7, 9, 10, 12, 15, 16, 18];
    for (let n = 1; n <= 19; n++) {
      expect(scoresOf("maas", n)).toEqual(reverse.includes(n) ? [5, 4, 3, 2, 1] : [1, 2, 3, 4, 5]);
    }
    const { total, subscales } = instruments.maas.attune.scoring;
    expect(instruments.maas.attune.reflectionOnly).toBe(true);
    expect([total, ...subscales].every((s) => s.bands.length === 0)).toBe(true);
    expect(subscales.map((s) => [s.key, s.items.map(Number)])).toEqual([
      ["quality", [3, 6, 9, 10, 11, 12, 13, 15, 16, 19]],
      ["intensity", [1, 2, 4, 5, 8, 14, 17, 18]],
    ]);
  });

  it("PAAS reverses 1, 3, 5, 7, 8, 12, 15, and items 6 and 13 count only in the global score", () => {
    const reverse = [1, 3, 5, 7, 8, 12, 15];
    for (let n = 1; n <= 16; n++) {
      expect(scoresOf("paas", n)).toEqual(reverse.includes(n) ? [5, 4, 3, 2, 1] : [1, 2, 3, 4, 5]);
    }
    const inScales = instruments.paas.attune.scoring.subscales.flatMap((s) => s.items);
    expect(inScales).not.toContain("6");
    expect(inScales).not.toContain("13");
    expect(instruments.paas.attune.reflectionOnly).toBe(true);
  });

  it("KPCS scores 0-3 from the first option, with 'not applicable' = 2 on items 1 and 9 only", () => {
    for (let n = 1; n <= 15; n++) {
      expect(scoresOf("kpcs", n)).toEqual(n === 1 || n === 9 ? [0, 1, 2, 3, 2] : [0, 1, 2, 3]);
      const na = instruments.kpcs.item[n - 1]?.answerOption.filter((o) => o.notApplicable) ?? [];
      expect(na.map((o) => o.score)).toEqual(n === 1 || n === 9 ? [2] : []);
    }
  });

  it("City BiTS totals Q3-Q22 and maps the DSM-5 criteria", () => {
    const { total, criteria } = instruments.citybits.attune.scoring;
    expect(total.items).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 3)));
    expect([total.range.min, total.range.max]).toEqual([0, 60]);
    expect(criteria?.rules.map((r) => [r.key, r.role, r.items.length, r.minScore, r.minItems])).toEqual([
      ["stressor", "required", 2, 1, 1],
      ["re_experiencing", "required", 5, 1, 1],
      ["avoidance", "required", 2, 1, 1],
      ["negative_mood", "required", 7, 1, 2],
      ["hyperarousal", "required", 6, 1, 2],
      ["duration", "required", 1, 1, 1],
      ["distress_impairment", "required", 2, 1, 1],
      ["other_cause", "exclusion", 1, 1, 1],
      ["dissociative", "specifier", 2, 1, 1],
      ["delayed_onset", "specifier", 1, 2, 1],
    ]);
  });

  it("has the safety rules of the issue, and no others", () => {
    const rules = instrumentIds.flatMap((id) =>
      instruments[id].attune.safety.map(
        (s) =>
          `${id}:${s.item}:${s.type}:${s.minScore !== undefined ? `>=${s.minScore}` : `<=${s.maxScore}`}`,
      ),
    );
    expect(rules).toEqual([
      "phq9:9:self_harm:>=1",
      "epds:10:self_harm:>=1",
      "pbq:18:harm_to_baby:>=1",
      "pbq:24:harm_to_baby:>=1",
      // Decision 19: MAAS scores 5 for the strongest attachment, so the concern is a low score.
      "maas:12:harm_to_baby:<=3",
    ]);
  });
});

describe("the schema rejects a broken definition", () => {
  const base = () => clone(rawInstruments.phq9) as any;
  const cases: [string, (d: any) => void, RegExp][] = [
    [
      "linkIds out of order",
      (d) => ([d.item[0].linkId, d.item[1].linkId] = ["2", "1"]),
      /linkId must be "1"/,
    ],
    [
      "an option without a score",
      (d) => delete d.item[2].answerOption[1].score,
      /item\.2\.answerOption\.1\.score/,
    ],
    [
      "a score that disagrees with its ordinalValue",
      (d) => (d.item[2].answerOption[1].score = 2),
      /ordinalValue/,
    ],
    [
      "a range the options cannot produce",
      (d) => (d.attune.scoring.total.range.max = 28),
      /range must be 0–27/,
    ],
    ["overlapping bands", (d) => (d.attune.scoring.total.bands[1].min = 4), /ordered and must not overlap/],
    ["a band outside the range", (d) => (d.attune.scoring.total.bands[4].max = 30), /outside the range/],
    [
      "a subscale naming an item that does not exist",
      (d) =>
        d.attune.scoring.subscales.push({
          ...clone(d.attune.scoring.total),
          key: "extra",
          items: ["1", "12"],
          bands: [],
        }),
      /no item "12"/,
    ],
    ["a safety rule on a missing item", (d) => (d.attune.safety[0].item = "10"), /no item "10"/],
    ["a safety rule no answer can raise", (d) => (d.attune.safety[0].minScore = 4), /no option can raise/],
    [
      "a safety rule every answer raises",
      (d) => (d.attune.safety[0].minScore = 0),
      /every option would raise/,
    ],
    ["an empty licence", (d) => (d.attune.licence.statement = " "), /licence\.statement/],
    ["no citation", (d) => delete d.attune.citation, /citation/],
    ["Spanish missing where declared", (d) => delete d.item[4].translations, /missing the es wording/],
    ["Spanish present where not declared", (d) => (d.attune.languages = ["en"]), /does not declare/],
    ["cut-offs on a reflection-only instrument", (d) => (d.attune.reflectionOnly = true), /reflection-only/],
    [
      "placeholder wording offered",
      (d) => {
        d.attune.wording.status = "placeholder";
        d.item[0].verified = false;
      },
      /placeholder wording cannot be offered/,
    ],
    ["an unverified item under 'verified'", (d) => (d.item[3].verified = false), /some wording is not/],
    ["an unknown field", (d) => (d.item[0].score = 1), /item\.0/],
  ];

  it.each(cases)("%s", (_, mutate, expected) => {
    const d = base();
    mutate(d);
    expect(problems(d).join("\n")).toMatch(expected);
    expect(() => parseInstrumentDefinition(d)).toThrow(/instrument definition "phq9" is invalid/);
  });
});
