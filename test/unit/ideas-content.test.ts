// The library of bonding ideas: every idea complete in both languages and sourced, enough ideas for every age
// band and every moment of care, a voice that never instructs or grades, and nothing that conflicts with
// infant safety (safe sleep, a hand on the baby in the bath, no solids before six months, no honey, no screens).
import { describe, expect, it } from "vitest";
import { ideas } from "../../src/content/ideas/index.js";
import { sources } from "../../src/content/sources.js";
import { ageBands, occasions } from "../../src/domain/guidance/ideas.js";

const texts = (idea: (typeof ideas)[number]) => [idea.text.en, idea.text.es, idea.why.en, idea.why.es];
const born = (idea: (typeof ideas)[number]) => idea.ageBands.some((band) => band !== "pregnancy");
const youngerThanSixMonths = new Set(["0-6w", "6w-3m", "3-6m"]);

describe("ideas library", () => {
  it("holds at least 120 ideas, each with a unique, stable kebab-case id", () => {
    expect(ideas.length).toBeGreaterThanOrEqual(120);
    const ids = ideas.map((idea) => idea.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every idea known age bands and occasions, without repeats", () => {
    for (const idea of ideas) {
      expect(idea.ageBands.length, idea.id).toBeGreaterThan(0);
      expect(idea.occasions.length, idea.id).toBeGreaterThan(0);
      expect(new Set(idea.ageBands).size, idea.id).toBe(idea.ageBands.length);
      expect(new Set(idea.occasions).size, idea.id).toBe(idea.occasions.length);
      for (const band of idea.ageBands) expect(ageBands, idea.id).toContain(band);
      for (const occasion of idea.occasions) expect(occasions, idea.id).toContain(occasion);
    }
  });

  it("writes every idea and its reason in English and Spanish, briefly", () => {
    for (const idea of ideas) {
      for (const text of texts(idea)) {
        expect(text.trim().length, idea.id).toBeGreaterThan(10);
        expect(text.length, idea.id).toBeLessThanOrEqual(220);
        expect(text, idea.id).toBe(text.trim());
      }
      expect(idea.text.es, idea.id).not.toBe(idea.text.en);
    }
  });

  it("cites a source that is in the registry", () => {
    for (const idea of ideas) expect(Object.hasOwn(sources, idea.source), idea.id).toBe(true);
  });

  it("cites a study of still, gentle touch (not massage) for the gentle hand in the NICU", () => {
    const idea = ideas.find((i) => i.id === "nicu-gentle-hand");
    expect(idea?.source).toBe("harrison2000");
    expect(sources.harrison2000.title).toMatch(/gentle human touch/i);
    // The trial found the babies calmer during the touch, not faster growth.
    expect(idea?.why.en).not.toMatch(/\bgrow/i);
  });

  it("has at least 18 ideas for every age band", () => {
    for (const band of ageBands) {
      const count = ideas.filter((idea) => idea.ageBands.includes(band)).length;
      expect(count, band).toBeGreaterThanOrEqual(18);
    }
  });

  it("has at least 8 ideas for every moment of care", () => {
    for (const occasion of occasions) {
      const count = ideas.filter((idea) => idea.occasions.includes(occasion)).length;
      expect(count, occasion).toBeGreaterThanOrEqual(8);
    }
  });

  it("invites rather than instructs, and never counts minutes", () => {
    const forbidden = [
      /\bshould\b/i,
      /\bmust\b/i,
      /\bhave to\b/i,
      /\bminutes?\b/i,
      /\bdeb(e|es|ería|erías|erían)\b/i,
      /\btienes que\b/i,
      /\bhay que\b/i,
      /\bminutos?\b/i,
      /\bvosotros\b/i,
    ];
    for (const idea of ideas) {
      for (const text of texts(idea)) {
        for (const word of forbidden) expect(text, idea.id).not.toMatch(word);
      }
    }
  });

  it("keeps a hand on the baby in every bath idea after birth", () => {
    for (const idea of ideas.filter((i) => i.occasions.includes("bath") && born(i))) {
      expect(idea.text.en, idea.id).toMatch(/\bhands?\b/i);
      expect(idea.text.es, idea.id).toMatch(/\bmanos?\b/i);
    }
  });

  it("puts babies down on their back whenever an idea mentions laying them down", () => {
    for (const idea of ideas) {
      if (/\blay (your baby|them) down\b/i.test(idea.text.en))
        expect(idea.text.en, idea.id).toMatch(/on their back/);
      if (/\bacuesta\b|\bacostar\b/i.test(idea.text.es)) expect(idea.text.es, idea.id).toMatch(/boca arriba/);
    }
  });

  it("mentions nothing that conflicts with infant safety", () => {
    const unsafe = [
      /\bhoney\b/i,
      /\bmiel\b/i,
      /\bscreens?\b/i,
      /\b(tv|television|tablet|video)\b/i,
      /\bpantallas?\b/i,
      /\b(tele|televisión|tableta|vídeo|video)\b/i,
      /\bpillows?\b/i,
      /\bbumpers?\b/i,
      /\b(almohadas?|cojín|cojines|chichoneras?)\b/i,
      /\bon (their|your baby's) (tummy|front|side) to sleep\b/i,
    ];
    for (const idea of ideas) {
      for (const text of texts(idea)) for (const word of unsafe) expect(text, idea.id).not.toMatch(word);
    }
  });

  it("keeps solid foods for six months and later", () => {
    const solids = [
      /\bsolids?\b/i,
      /\bpur[eé]e\b/i,
      /\bspoon\b/i,
      /\bfinger foods?\b/i,
      /\bsólidos\b/i,
      /\bpapilla\b/i,
      /\bcuchara\b/i,
    ];
    for (const idea of ideas.filter((i) => i.ageBands.some((band) => youngerThanSixMonths.has(band)))) {
      for (const text of [idea.text.en, idea.text.es])
        for (const word of solids) expect(text, idea.id).not.toMatch(word);
    }
  });

  it("keeps tummy time for when the baby is awake", () => {
    for (const idea of ideas.filter((i) => /tummy time|tummy-down/i.test(i.text.en))) {
      expect(`${idea.text.en} ${idea.why.en}`, idea.id).toMatch(/awake/i);
    }
  });
});
