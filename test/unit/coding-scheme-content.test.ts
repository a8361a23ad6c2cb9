import { describe, expect, it } from "vitest";
import { defaultScheme } from "../../src/content/coding/default-scheme.js";
import { sources } from "../../src/content/sources.js";
import { schemeCodesSchema } from "../../src/contract/coding-scheme.js";

describe("the default coding scheme", () => {
  it("is a valid scheme: ids and keys each used once, every field filled in both languages", () => {
    expect(schemeCodesSchema.safeParse(defaultScheme.codes).error?.issues).toBeUndefined();
  });

  it("has the codes the issue lists, for the baby, the caregiver and the states", () => {
    const by = (subject: string, kind: string) =>
      defaultScheme.codes.filter((c) => c.subject === subject && c.kind === kind).map((c) => c.id);
    expect(by("infant", "point")).toEqual(["gaze", "smile", "vocalise", "reach", "fuss", "avert", "yawn"]);
    expect(by("caregiver", "point")).toEqual(["mirror", "vocal", "touch", "pause", "redirect", "takeover"]);
    expect(defaultScheme.codes.filter((c) => c.kind === "state").map((c) => c.id)).toEqual([
      "mutual-gaze",
      "held",
      "feeding",
      "soothing",
    ]);
  });

  it("says something different in Spanish than in English for every code", () => {
    for (const code of defaultScheme.codes) {
      expect(code.name.es, code.id).not.toBe(code.name.en);
      expect(code.description.es, code.id).not.toBe(code.description.en);
    }
  });

  it("cites sources the registry holds", () => {
    expect(defaultScheme.sources.length).toBeGreaterThan(0);
    for (const key of defaultScheme.sources) expect(sources[key]?.title).toBeTruthy();
  });
});
