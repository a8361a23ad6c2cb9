import { describe, expect, it } from "vitest";
import { cueGroups, cueSectionId, guideCues } from "../../src/content/cues/index.js";
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
