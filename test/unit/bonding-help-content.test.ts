import { describe, expect, it } from "vitest";
import { bondingFeelsHard } from "../../src/content/help/bonding-hard.js";
import { sources } from "../../src/content/sources.js";

const page = bondingFeelsHard;
const words = (lang: "en" | "es") =>
  [
    page.title[lang],
    page.summary[lang],
    ...page.body[lang].flatMap((b) => (b.kind === "list" ? b.items : [b.text])),
  ].join("\n");

describe('"When bonding feels hard"', () => {
  it("says the same things in English and Spanish, section by section", () => {
    const shape = (lang: "en" | "es") =>
      page.body[lang].map((b) => (b.kind === "list" ? `list:${b.items.length}` : b.kind));
    expect(shape("es")).toEqual(shape("en"));
  });

  it("covers what the issue asks: the reasons, that it is common and treatable, what helps, who to talk to", () => {
    const en = words("en");
    for (const reason of [
      "NICU",
      "traumatic|frightening",
      "Hormones",
      "Exhaustion",
      "Depression",
      "anxiety",
      "Pressure",
    ])
      expect(en).toMatch(new RegExp(reason));
    expect(en).toMatch(/not the only one/);
    expect(en).toMatch(/treatable/);
    const headings = page.body.en.filter((b) => b.kind === "h").map((b) => (b.kind === "h" ? b.text : ""));
    expect(headings).toEqual(expect.arrayContaining(["Small things that help", "Who to talk to"]));
    // A way to help now, in both languages.
    expect(en).toMatch(/Need help now\?/);
    expect(words("es")).toMatch(/¿Necesitas ayuda ahora\?/);
  });

  it("cites only sources in the registry, and never says should", () => {
    for (const key of page.sources) expect(sources[key], key).toBeDefined();
    for (const lang of ["en", "es"] as const)
      expect(words(lang)).not.toMatch(/\b(should|shouldn't|must|debes|deberías|deberias|tienes que)\b/i);
  });
});
