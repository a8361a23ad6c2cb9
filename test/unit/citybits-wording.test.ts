import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { instrumentRegistry } from "../../src/content/instruments/registry.js";
import { scoreScreening } from "../../src/domain/screening/score.js";
import { applyRuntimeWording } from "../../src/domain/screening/wording.js";
import { loadConfig } from "../../src/server/config.js";
import { runtimeWordingFiles } from "../../src/server/instrument-wording.js";

// The City BiTS's exact wording is not in the repository: these tests use placeholder words only.
const dir = mkdtempSync(join(tmpdir(), "attune-citybits-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shipped = instruments.citybits;
const wording = () => ({
  source: "Test wording (placeholder)",
  instructions: "Placeholder instructions for the City BiTS",
  items: shipped.item.map((item, i) => ({
    text: `Placeholder question ${i + 1}`,
    options: item.answerOption.map((_, o) => `Answer ${i + 1}.${o + 1}`),
  })),
});
const sheet = (options: number[]) => options.map((option, i) => ({ item: String(i + 1), option }));

describe("City BiTS wording supplied at run time", () => {
  it("is named by ATTUNE_CITYBITS_TEXT in its definition, next to the EPDS's variable", () => {
    expect(shipped.attune.wording.runtimeFileEnv).toBe("ATTUNE_CITYBITS_TEXT");
    expect(runtimeWordingFiles).toEqual([
      { id: "epds", variable: "ATTUNE_EPDS_TEXT" },
      { id: "citybits", variable: "ATTUNE_CITYBITS_TEXT" },
    ]);
    // Shipped without its wording: not offered, and it says how an instance can offer it.
    expect(shipped.attune.available).toBe(false);
    expect(shipped.attune.unavailableReason?.en).toMatch(/not bundled.*ATTUNE_CITYBITS_TEXT/);
    expect(shipped.attune.unavailableReason?.es).toMatch(/ATTUNE_CITYBITS_TEXT/);
    expect(shipped.attune.wording.note).toMatch(/ATTUNE_CITYBITS_TEXT/);
  });

  it("lays the words over the shipped structure and keeps every score, criterion and credit", () => {
    const applied = applyRuntimeWording(shipped, wording(), "citybits.json");
    if (!applied.ok) throw new Error(applied.problems.join("; "));
    const d = applied.definition;
    expect(d.attune.available).toBe(true);
    expect(d.attune.unavailableReason).toBeUndefined();
    expect(d.item).toHaveLength(29);
    expect(d.item[2]?.text).toBe("Placeholder question 3");
    expect(d.attune.intro.text).toBe("Placeholder instructions for the City BiTS");
    expect(d.item.map((i) => i.answerOption.map((o) => o.score))).toEqual(
      shipped.item.map((i) => i.answerOption.map((o) => o.score)),
    );
    expect(d.attune.scoring).toEqual(shipped.attune.scoring);
    // CC BY on condition of credit: the overlay cannot drop it.
    expect(d.copyright).toBe(shipped.copyright);
    expect(d.copyright).toMatch(/City Birth Trauma Scale © Ayers, Wright & Thornton 2018/);
    expect(d.copyright).toContain("City, University of London");
    expect(d.attune.licence).toEqual(shipped.attune.licence);
    expect(d.attune.citation).toBe(shipped.attune.citation);
    expect(d.attune.wording.sources[0]).toMatch(/^Test wording \(placeholder\); loaded from citybits\.json$/);
    // The shipped definition itself is untouched.
    expect(shipped.item[2]?.text).toBe("City BiTS item 3");
  });

  it("scores the overlaid definition exactly as the shipped one (hand-worked sheets)", () => {
    const applied = applyRuntimeWording(shipped, wording(), "citybits.json");
    if (!applied.ok) throw new Error(applied.problems.join("; "));
    // All first options: yes to Q1-Q2 (stressor), nothing else. Symptom total 0, criteria not met.
    const first = sheet(Array(29).fill(0));
    // All last options: no to Q1-Q2, every symptom 5+ times (3 x 20 = 60), Q29 excludes.
    const last = sheet(shipped.item.map((i) => i.answerOption.length - 1));
    for (const answers of [first, last]) {
      expect(scoreScreening(applied.definition, answers)).toEqual(scoreScreening(shipped, answers));
    }
    const low = scoreScreening(applied.definition, first);
    expect(low.ok && low.score.total).toBe(0);
    expect(low.ok && low.score.criteria?.criteriaMet).toBe(false);
    const high = scoreScreening(applied.definition, last);
    expect(high.ok && high.score.total).toBe(60);
    expect(high.ok && high.score.criteria).toMatchObject({ excluded: true, criteriaMet: false });
  });

  it("refuses a file with the wrong number of items or options, saying where", () => {
    const short = { ...wording(), items: wording().items.slice(0, 22) };
    const refused = applyRuntimeWording(shipped, short, "x");
    if (refused.ok) throw new Error("expected a problem");
    expect(refused.problems.join()).toMatch(/needs 29 items in order, found 22/);
    const fourOnQ1 = wording();
    fourOnQ1.items[0] = { text: "Placeholder question 1", options: ["a", "b", "c", "d"] };
    const wrongOptions = applyRuntimeWording(shipped, fourOnQ1, "x");
    if (wrongOptions.ok) throw new Error("expected a problem");
    expect(wrongOptions.problems[0]).toMatch(/item 1 has 2 options, found 4/);
  });

  it("loads at start-up from ATTUNE_CITYBITS_TEXT, and the registry lists it with the offered instruments", () => {
    const file = join(dir, "citybits.json");
    writeFileSync(file, JSON.stringify(wording()));
    const config = loadConfig({ ATTUNE_CITYBITS_TEXT: file });
    expect(Object.keys(config.wording)).toEqual(["citybits"]);
    const registry = instrumentRegistry(config.wording);
    expect(registry.get("citybits")?.attune.available).toBe(true);
    expect(registry.get("citybits")?.item[2]?.text).toBe("Placeholder question 3");
    expect(registry.get("epds")?.attune.available).toBe(false);
    expect(registry.all.findIndex((d) => d.id === "citybits")).toBeLessThan(
      registry.all.findIndex((d) => d.id === "epds"),
    );
  });
});
