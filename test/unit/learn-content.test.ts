import { describe, expect, it } from "vitest";
import {
  cueGroupIds,
  cueGroups,
  cueGuideIntro,
  cueGuideSources,
  cueSectionId,
  cuesForChip,
  guideCues,
  icons,
} from "../../src/content/cues/index.js";
import { articles, topics } from "../../src/content/learn/index.js";
import type { Block, Lang, Localized } from "../../src/content/learn/types.js";
import { sources } from "../../src/content/sources.js";
import { cues as chipKeys } from "../../src/domain/entries/vocabulary.js";

const langs: readonly Lang[] = ["en", "es"];
const blockText = (b: Block): string[] => (b.kind === "list" ? [...b.items] : [b.text]);
const words = (blocks: readonly Block[]): number =>
  blocks
    .flatMap(blockText)
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** No "should", in either language: suggestions are invitations. */
const pressure = /\b(should|shouldn't|debes|deberías|deberias)\b/i;
const markup = /<[a-z/][^>]*>|\*\*|__|^#+\s|\[[^\]]*\]\(/im;

const allText = (l: Localized): string[] => [l.en, l.es];

describe("learn articles", () => {
  it("has at least the eight core articles, with unique slugs", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const slugs = articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s is complete in English and Spanish", (_, a) => {
    expect(topics).toContain(a.topic);
    expect(a.minutes).toBe(2);
    for (const lang of langs) {
      expect(a.title[lang].trim()).not.toBe("");
      expect(a.summary[lang].trim()).not.toBe("");
      expect(a.body[lang].length).toBeGreaterThan(0);
      for (const block of a.body[lang]) {
        for (const text of blockText(block)) {
          expect(text.trim()).not.toBe("");
          expect(text).not.toMatch(markup);
        }
      }
    }
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s is a two-minute read in both languages", (_, a) => {
    for (const lang of langs) {
      const n = words(a.body[lang]);
      expect(n, `${a.slug} (${lang}) has ${n} words`).toBeGreaterThanOrEqual(200);
      expect(n, `${a.slug} (${lang}) has ${n} words`).toBeLessThanOrEqual(550);
    }
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s cites sources that are in the registry", (_, a) => {
    expect(a.sources.length).toBeGreaterThan(0);
    for (const key of a.sources) expect(Object.keys(sources)).toContain(key);
  });

  it("never says should", () => {
    for (const a of articles) {
      const texts = [
        ...allText(a.title),
        ...allText(a.summary),
        ...a.body.en.flatMap(blockText),
        ...a.body.es.flatMap(blockText),
      ];
      for (const text of texts) expect(text, a.slug).not.toMatch(pressure);
    }
  });

  it("keeps phone numbers out of articles: help lines are shown per region elsewhere", () => {
    for (const a of articles) {
      for (const text of [...a.body.en.flatMap(blockText), ...a.body.es.flatMap(blockText)]) {
        expect(text, a.slug).not.toMatch(/\d{3}[-\s.]?\d{3,4}|\b\d{3}\b/);
      }
    }
  });

  it("says sensitivity is one important part of attachment, a moderate link, not that it beats hours", () => {
    const a = articles.find((x) => x.slug === "attachment-quality-of-care");
    const en = a?.body.en.flatMap(blockText).join(" ") ?? "";
    const es = a?.body.es.flatMap(blockText).join(" ") ?? "";
    expect(en).toMatch(/one important part/);
    expect(en).toMatch(/moderate/);
    expect(en).not.toMatch(/matters more[^.]*than the number of hours/);
    expect(es).toMatch(/una parte importante/);
    expect(es).toMatch(/moderada/);
    expect(es).not.toMatch(/pesa más[^.]*que el número de horas/);
    expect(a?.sources).toContain("deWolffVanIjzendoorn1997");
  });

  it("covers the topics the guidance issue asks for", () => {
    const slugs = articles.map((a) => a.slug);
    for (const slug of [
      "attachment-quality-of-care",
      "co-regulation",
      "everyday-care-together",
      "bonding-takes-time",
      "good-enough-parenting",
      "bonding-for-every-caregiver",
      "asking-for-help",
      "understanding-crying",
    ]) {
      expect(slugs).toContain(slug);
    }
  });
});

describe("sources registry", () => {
  it("has a title, an author and a year for every source, with https links", () => {
    for (const [key, s] of Object.entries(sources)) {
      expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(s.title.trim(), key).not.toBe("");
      expect(s.author.trim(), key).not.toBe("");
      expect(typeof s.year === "number" || s.year === "n.d.", key).toBe(true);
      if ("url" in s && s.url !== undefined) expect(s.url, key).toMatch(/^https:\/\//);
    }
  });
});

describe("cue guide", () => {
  const cueIds = guideCues.map((c) => c.id);
  const sectionIds = cueGroups.flatMap((g) => [
    cueSectionId(g.id),
    ...g.sections.map((s) => cueSectionId(g.id, s.level)),
  ]);

  it("has every group, with an intro in both languages", () => {
    expect(cueGroups.map((g) => g.id)).toEqual([...cueGroupIds]);
    for (const g of cueGroups) {
      for (const lang of langs) {
        expect(g.title[lang].trim()).not.toBe("");
        expect(g.intro[lang].trim()).not.toBe("");
        for (const s of g.sections) expect(s.title[lang].trim()).not.toBe("");
      }
    }
    for (const lang of langs) expect(cueGuideIntro[lang].trim()).not.toBe("");
  });

  it("has cues at every level of every group", () => {
    const expected: Record<string, readonly (string | undefined)[]> = {
      engagement: ["obvious", "subtle"],
      disengagement: ["obvious", "subtle"],
      hunger: ["early", "mid", "late"],
      tired: [undefined],
    };
    for (const [group, levels] of Object.entries(expected)) {
      const declared = cueGroups.find((g) => g.id === group)?.sections.map((s) => s.level) ?? [];
      expect(declared).toEqual(levels.filter((l) => l !== undefined));
      for (const level of levels) {
        const found = guideCues.filter((c) => c.group === group && c.level === level);
        expect(found.length, `${group} ${level ?? ""}`).toBeGreaterThan(0);
      }
    }
    // Every cue sits at a level its group declares (or none, for a group without levels).
    for (const c of guideCues) {
      const group = cueGroups.find((g) => g.id === c.group);
      expect(group, c.id).toBeDefined();
      if (group?.sections.length) expect(group.sections.map((s) => s.level)).toContain(c.level);
      else expect(c.level, c.id).toBeUndefined();
    }
  });

  it("says calm first, then feed, for late hunger", () => {
    const late = cueGroups.find((g) => g.id === "hunger")?.sections.find((s) => s.level === "late");
    expect(late?.note?.en).toMatch(/calm first, then feed/i);
    expect(late?.note?.es).toMatch(/primero calma/i);
    for (const c of guideCues.filter((c) => c.group === "hunger" && c.level === "late")) {
      expect(c.asks.en, c.id).toMatch(/calm me first/i);
      expect(c.asks.es, c.id).toMatch(/primero cálmame/i);
    }
  });

  it("notes that reddening is harder to see on darker skin", () => {
    const red = guideCues.find((c) => c.id === "reddening");
    expect(red?.visibilityNote?.en).toMatch(/darker skin/);
    expect(red?.visibilityNote?.es).toMatch(/piel más oscura/);
  });

  it("gives every cue a unique kebab-case id, both languages and a known icon", () => {
    expect(new Set(cueIds).size).toBe(cueIds.length);
    for (const id of cueIds) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(sectionIds, `cue id ${id} clashes with a section id`).not.toContain(id);
    }
    for (const c of guideCues) {
      for (const field of [c.name, c.looksLike, c.asks, ...(c.visibilityNote ? [c.visibilityNote] : [])]) {
        for (const lang of langs) {
          expect(field[lang].trim(), c.id).not.toBe("");
          expect(field[lang], c.id).not.toMatch(pressure);
        }
      }
      expect(Object.keys(icons), c.id).toContain(c.icon);
    }
  });

  it("links every log cue chip to existing sections or cues", () => {
    const known = new Set([...cueIds, ...sectionIds]);
    expect(Object.keys(cuesForChip).sort()).toEqual([...chipKeys].sort());
    for (const chip of chipKeys) {
      const targets = cuesForChip[chip];
      expect(targets.length, chip).toBeGreaterThan(0);
      for (const id of targets) expect(known.has(id), `${chip} -> ${id}`).toBe(true);
    }
  });

  it("cites sources that are in the registry", () => {
    expect(cueGuideSources.length).toBeGreaterThan(0);
    for (const key of cueGuideSources) expect(Object.keys(sources)).toContain(key);
  });
});

describe("cue icons", () => {
  it("are stroke-only paths on a 48 x 48 grid", () => {
    for (const [key, icon] of Object.entries(icons)) {
      expect(icon.viewBox, key).toBe("0 0 48 48");
      expect(icon.paths.length, key).toBeGreaterThan(0);
      for (const d of icon.paths) {
        expect(d, key).toMatch(/^M[\d.\s-]/);
        expect(d, key).toMatch(/^[MmLlHhVvCcSsQqTtAaZz\d.,\s-]+$/);
        // Every coordinate stays on the grid, give or take the stroke.
        const absolute = [...d.matchAll(/M(-?[\d.]+)[\s,](-?[\d.]+)/g)];
        for (const [, x, y] of absolute) {
          expect(Number(x), key).toBeGreaterThanOrEqual(0);
          expect(Number(x), key).toBeLessThanOrEqual(48);
          expect(Number(y), key).toBeGreaterThanOrEqual(0);
          expect(Number(y), key).toBeLessThanOrEqual(48);
        }
      }
    }
  });
});
