// "When bonding feels hard" as data: both languages say the same things in the same order, every claim's
// source is in the registry, the voice never tells a parent what they "should" do, and every link goes
// somewhere real (a path the app routes, or an https address).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bondingFeelsHard } from "../../src/content/help/bonding-hard.js";
import { helpResources } from "../../src/content/help/resources.js";
import { isInstrumentId } from "../../src/content/instruments/index.js";
import { articleBySlug } from "../../src/content/learn/index.js";
import { sources } from "../../src/content/sources.js";

const page = bondingFeelsHard;
const langs = ["en", "es"] as const;
const allResources = Object.values(helpResources).flat();

/** Every word the page shows in one language: its own text, its links and the organisations it lists. */
const words = (lang: "en" | "es") =>
  [
    page.title[lang],
    page.summary[lang],
    ...page.body[lang].flatMap((b) => (b.kind === "list" ? b.items : [b.text])),
    ...page.related.map((link) => link.label[lang]),
    ...allResources.map((r) => r.description[lang]),
  ].join("\n");

const headings = (lang: "en" | "es") => page.body[lang].flatMap((b) => (b.kind === "h" ? [b.text] : []));

/** The paths App.tsx routes, as patterns (":slug" matches one segment). */
function routedPaths(): RegExp[] {
  const app = readFileSync(new URL("../../src/web/app/App.tsx", import.meta.url), "utf8");
  const paths = [...app.matchAll(/\bpath="([^"]+)"/g)].map((m) => m[1] ?? "").filter((p) => p !== "*");
  expect(paths).toContain("help/bonding");
  return ["", ...paths].map((p) => new RegExp(`^/${p.replace(/:\w+/g, "[^/]+")}$`));
}

// Directive wording in either language, whole words only (the "u" flag makes accented letters count as letters).
const directive =
  /(?<!\p{L})(should|shouldn't|ought to|must|debes|deber[ií]as?|deber[ií]an|tienes que|hay que)(?!\p{L})/iu;

describe('"When bonding feels hard"', () => {
  it("says the same things in English and Spanish, section by section", () => {
    const shape = (lang: "en" | "es") =>
      page.body[lang].map((b) => (b.kind === "list" ? `list:${b.items.length}` : b.kind));
    expect(shape("es")).toEqual(shape("en"));
    expect(headings("en")).toHaveLength(5);
    expect(headings("es")).toHaveLength(headings("en").length);
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
    expect(en).toMatch(/not your fault/);
    expect(words("es")).toMatch(/culpa tuya/);
    expect(en).toMatch(/treatable/);
    expect(en).toMatch(/at any point/);
    expect(headings("en")).toEqual(
      expect.arrayContaining(["Why it can happen", "Small things that help", "Who to talk to"]),
    );
    expect(headings("es")).toEqual(
      expect.arrayContaining(["Por qué puede pasar", "Pequeñas cosas que ayudan", "Con quién hablar"]),
    );
    // A way to help now, in both languages.
    expect(en).toMatch(/Need help now\?/);
    expect(words("es")).toMatch(/¿Necesitas ayuda ahora\?/);
  });

  it("cites only sources in the registry, its own and its organisations'", () => {
    expect(page.sources.length).toBeGreaterThan(0);
    for (const key of [...page.sources, ...allResources.map((r) => r.source)])
      expect(sources[key], key).toBeDefined();
  });

  it('never says "should", in either language, and speaks to the reader as tú', () => {
    for (const lang of langs) expect(words(lang)).not.toMatch(directive);
    expect(words("es")).not.toMatch(/(?<!\p{L})usted(es)?(?!\p{L})/iu);
  });

  it("links only to paths the app routes, and to organisations over https", () => {
    const routes = routedPaths();
    for (const { to } of page.related)
      expect(
        routes.some((r) => r.test(to)),
        to,
      ).toBe(true);
    const paths = page.related.map((link) => link.to);
    // Attune's own cue guide and the Guide, where the ideas are.
    expect(paths).toEqual(expect.arrayContaining(["/guide/cues", "/guide"]));
    // A route with a parameter exists only if what it names does.
    for (const to of paths) {
      const slug = /^\/guide\/learn\/([^/]+)$/.exec(to)?.[1];
      if (slug) expect(articleBySlug(slug), to).toBeDefined();
      const instrument = /^\/wellbeing\/([^/]+)$/.exec(to)?.[1];
      if (instrument) expect(isInstrumentId(instrument), to).toBe(true);
    }
    for (const r of allResources) expect(new URL(r.url).protocol, r.url).toBe("https:");
  });

  it("reuses the help organisations: peer support in the US and the UK is listed once, in resources.ts", () => {
    expect(helpResources.US.map((r) => r.name)).toContain("Postpartum Support International");
    expect(helpResources.GB.map((r) => r.name)).toEqual(
      expect.arrayContaining(["PANDAS Foundation", "Association for Post Natal Illness"]),
    );
    const keys = allResources.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
