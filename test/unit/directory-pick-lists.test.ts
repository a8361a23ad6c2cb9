import { describe, expect, it } from "vitest";
import { languageCode, telehealthRegion } from "../../src/domain/directory/taxonomy.js";
import {
  findOptions,
  languageCodes,
  languageOptions,
  regionOptions,
} from "../../src/web/pages/directory/pickLists.js";
import { telehealthRegions } from "../../src/web/pages/directory/searchParams.js";

describe("the lists a provider picks languages and video regions from", () => {
  it("holds only codes the server accepts", () => {
    for (const code of languageCodes) expect(code).toMatch(languageCode);
    for (const code of telehealthRegions) expect(code).toMatch(telehealthRegion);
  });

  it("names languages in the person's language, and finds them by that name, in English, their own, or code", () => {
    const spanish = languageOptions("es");
    expect(spanish.find((o) => o.code === "en")?.name).toBe("inglés");
    const names = (query: string) => findOptions(spanish, query, 5).shown.map((o) => o.code);
    expect(names("ingl")[0]).toBe("en");
    expect(names("English")[0]).toBe("en");
    expect(names("polski")).toContain("pl");
    expect(names("espanol")[0]).toBe("es");
    expect(names("yue")).toContain("yue");
    expect(findOptions(spanish, "   ", 5)).toEqual({ shown: [], total: 0 });
  });

  it("shows names that start with the search first, and says how many there are beyond the limit", () => {
    const english = languageOptions("en");
    const found = findOptions(english, "ar", 3);
    expect(found.shown[0]?.name).toBe("Arabic");
    for (const o of found.shown) expect(o.name).toMatch(/^Ar/);
    expect(found.total).toBeGreaterThan(3);
  });

  it("keeps each country before its states or nations, which are in alphabetical order", () => {
    const names: Record<string, string> = { US: "United States", "US-CA": "California", "US-AL": "Alabama" };
    const options = regionOptions(["US", "US-CA", "US-AL", "GB"], (c) => names[c] ?? c, "en");
    expect(options.map((o) => o.code)).toEqual(["US", "US-AL", "US-CA", "GB"]);
    expect(findOptions(options, "calif", 5).shown.map((o) => o.code)).toEqual(["US-CA"]);
    expect(findOptions(options, "ca", 5).shown[0]?.code).toBe("US-CA");
  });
});
