import { describe, expect, it } from "vitest";
import { redFlags } from "../../src/content/crying.js";
import { cueGroups, cueGuideSources, cueSectionId, guideCues } from "../../src/content/cues/index.js";
import { sources } from "../../src/content/sources.js";
import { cues } from "../../src/domain/entries/vocabulary.js";
import { cueGuideHref } from "../../src/web/pages/guide/cueLinks.js";
import { matchesCue } from "../../src/web/pages/guide/cueSearch.js";

// Every id the cue guide page gives an element: groups, levels inside them, and single signs.
const guideIds = new Set([
  ...cueGroups.flatMap((g) => [cueSectionId(g.id), ...g.sections.map((s) => cueSectionId(g.id, s.level))]),
  ...guideCues.map((c) => c.id),
]);

describe("links from the log's cue chips to the cue guide", () => {
  it("leads every chip to a place that exists on the guide page", () => {
    for (const chip of cues) {
      const href = cueGuideHref(chip);
      expect(href, chip).toMatch(/^\/guide\/cues#/);
      expect(guideIds.has(href.split("#")[1] ?? ""), href).toBe(true);
    }
  });

  it("takes the best match first", () => {
    expect(cueGuideHref("hungry")).toBe("/guide/cues#hunger");
    expect(cueGuideHref("sleepy")).toBe("/guide/cues#tired");
  });
});

describe("searching the cue guide", () => {
  const ids = (query: string, lang: "en" | "es") =>
    guideCues.filter((c) => matchesCue(c, query, lang)).map((c) => c.id);

  it("finds signs by name, look or meaning, ignoring case", () => {
    expect(ids("YAWN", "en")).toEqual(["yawning", "tired-yawning"]);
    expect(ids("", "en")).toHaveLength(guideCues.length);
  });

  it("needs every word, in any order, and ignores accents", () => {
    expect(ids("feed calm", "en")).toEqual(ids("calm feed", "en"));
    expect(ids("bostezo", "es")).toEqual(ids("bostezó", "es"));
    expect(ids("cálmame", "es").length).toBeGreaterThan(0);
    expect(ids("calmame", "es")).toEqual(ids("cálmame", "es"));
  });
});

describe("links from the cue guide to the crying helper's red flags", () => {
  it("steps only up to emergency red flags that exist", () => {
    const stepping = guideCues.filter((c) => c.stepsUpTo);
    expect(stepping.length).toBeGreaterThan(0);
    for (const cue of stepping) {
      expect(cue.stepsUpTo?.length, cue.id).toBeGreaterThan(0);
      for (const key of cue.stepsUpTo ?? []) {
        const flag = redFlags.find((f) => f.key === key);
        expect(flag, `${cue.id} -> ${key}`).toBeDefined();
        expect(flag?.action, `${cue.id} -> ${key}`).toBe("emergency");
      }
    }
  });

  it("says when coughing or choking is an emergency, in both languages", () => {
    const cue = guideCues.find((c) => c.id === "coughing-choking");
    expect(cue?.stepsUpTo).toEqual(["trouble_breathing", "blue_or_grey"]);
    expect(cue?.asks.en).toMatch(/cannot breathe, cry or cough, or turns blue/);
    expect(cue?.asks.en).toMatch(/emergency/);
    expect(cue?.asks.es).toMatch(/no puede respirar, llorar ni toser, o se pone azul/);
    expect(cue?.asks.es).toMatch(/emergencia/);
    expect(cue?.sources).toContain("nhsChoking");
  });
});

describe("what the cue guide cites", () => {
  it("cites Queensland Health for the stages of hunger, and every source once", () => {
    expect(cueGroups.find((g) => g.id === "hunger")?.sources).toContain("queenslandHealthFeedingCues");
    expect(cueGuideSources).toContain("queenslandHealthFeedingCues");
    expect(new Set(cueGuideSources).size).toBe(cueGuideSources.length);
    const cited = [
      ...cueGroups.flatMap((g) => g.sources ?? []),
      ...guideCues.flatMap((c) => c.sources ?? []),
    ];
    for (const key of cited) expect(cueGuideSources).toContain(key);
    for (const key of cueGuideSources) expect(Object.hasOwn(sources, key), key).toBe(true);
  });

  it("lists open hands among the subtle engagement signs, with its source", () => {
    const open = guideCues.find((c) => c.id === "open-hands");
    expect(open).toMatchObject({ group: "engagement", level: "subtle" });
    expect(open?.name.en).toMatch(/open/i);
    expect(open?.name.es).toMatch(/abiertas/);
    expect(open?.sources?.length).toBeGreaterThan(0);
  });
});
