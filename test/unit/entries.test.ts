import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEntry, entryInputSchema } from "../../src/domain/entries/entry.js";
import { overlaps, timingProblems } from "../../src/domain/entries/rules.js";
import { entryTypes } from "../../src/domain/entries/vocabulary.js";

const now = Date.parse("2026-11-22T12:00:00Z");
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const check = (raw: unknown) => checkEntry(entryInputSchema.parse(raw), now);

describe("entry details by type", () => {
  const good: Record<string, unknown> = {
    feed: { method: "breast", leftSeconds: 600, rightSeconds: 420, lastSide: "right" },
    sleep: { where: "crib", fellAsleep: "rocking" },
    diaper: { kind: "both", color: "yellow" },
    bath: {},
    dressing: {},
    play: { kinds: ["tummy_time", "face_to_face"] },
    reading: { title: "Goodnight Moon" },
    skin_to_skin: {},
    massage: {},
    holding: { babywearing: true },
    walk: {},
    soothing: { helped: ["shushing", "rocking"] },
    appointment: { kind: "lactation", with: "IBCLC" },
    pumping: { leftMl: 60, rightMl: 45 },
    growth: { weightKg: 4.2 },
    temperature: { celsius: 37.1, method: "armpit" },
    medication: { name: "Vitamin D", dose: "400 IU" },
    note: {},
    custom: { label: "Sunlight by the window" },
  };
  const bad: Record<string, unknown> = {
    feed: { method: "breast", leftSeconds: -1 },
    sleep: { where: "ceiling" },
    diaper: {},
    bath: { temperature: 37 },
    dressing: { layers: 3 },
    play: { kinds: ["skydiving"] },
    reading: { title: 42 },
    skin_to_skin: { minutes: 10 },
    massage: { oil: "x" },
    holding: { babywearing: "yes" },
    walk: { km: 2 },
    soothing: { helped: ["shaking"] },
    appointment: { kind: "astrology" },
    pumping: { leftMl: -5 },
    growth: {},
    temperature: { celsius: 52 },
    medication: { name: "" },
    note: { text: "use the note field" },
    custom: {},
  };

  it.each(entryTypes)("accepts good %s details and refuses bad ones, naming the field", (type) => {
    const ok = check({ type, startedAt: at(30), details: good[type] });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    const no = check({ type, startedAt: at(30), details: bad[type] });
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.problems.join(" ")).toMatch(/^details/);
  });

  it("knows bottle and solids feeds too", () => {
    expect(
      check({ type: "feed", startedAt: at(5), details: { method: "bottle", amountMl: 90, milk: "formula" } })
        .ok,
    ).toBe(true);
    expect(
      check({
        type: "feed",
        startedAt: at(5),
        details: { method: "solids", foods: ["avocado"], reaction: "liked" },
      }).ok,
    ).toBe(true);
    expect(check({ type: "feed", startedAt: at(5), details: { method: "bottle", amountMl: 5000 } }).ok).toBe(
      false,
    );
  });

  it("keeps each moment and cue once, and trims an empty note away", () => {
    const r = check({
      type: "bath",
      startedAt: at(20),
      endedAt: at(10),
      moments: ["singing", "eye_contact", "singing"],
      cues: ["calm", "calm"],
      note: "   ",
    });
    expect(r.ok && r.entry).toMatchObject({
      moments: ["singing", "eye_contact"],
      cues: ["calm"],
      note: null,
    });
  });

  it("refuses unknown moments, cues and fields at the schema", () => {
    expect(
      entryInputSchema.safeParse({ type: "bath", startedAt: at(1), moments: ["hugging_tree"] }).success,
    ).toBe(false);
    expect(entryInputSchema.safeParse({ type: "bath", startedAt: at(1), mood: "great" }).success).toBe(false);
    expect(entryInputSchema.safeParse({ type: "bath", startedAt: "yesterday" }).success).toBe(false);
    expect(entryInputSchema.safeParse({ type: "bath", startedAt: at(1), feeling: 6 }).success).toBe(false);
  });
});

describe("timing rules", () => {
  it("refuses a start in the future but forgives a small clock difference", () => {
    expect(timingProblems({ type: "diaper", startedAt: now + 60 * 60_000, endedAt: null }, now)).toHaveLength(
      1,
    );
    expect(timingProblems({ type: "diaper", startedAt: now + 30_000, endedAt: null }, now)).toEqual([]);
  });

  it("takes an end equal to the start as care of no recorded length", () => {
    expect(timingProblems({ type: "feed", startedAt: now - 1000, endedAt: now - 1000 }, now)).toEqual([]);
    const point = { type: "feed" as const, startedAt: now - 60_000, endedAt: now - 60_000 };
    expect(overlaps(point, { type: "feed", startedAt: now - 120_000, endedAt: null }, now)).toBe(false);
  });

  it("wants an end after the start, under 24 hours, and only on types that last", () => {
    expect(timingProblems({ type: "sleep", startedAt: now - 1000, endedAt: now - 2000 }, now)).toEqual([
      "endedAt must not be before startedAt",
    ]);
    expect(timingProblems({ type: "sleep", startedAt: now - 25 * 3600_000, endedAt: now }, now)).toEqual([
      "an entry must last less than 24 hours",
    ]);
    expect(timingProblems({ type: "diaper", startedAt: now - 2000, endedAt: now - 1000 }, now)[0]).toMatch(
      /takes no endedAt/,
    );
  });

  it("finds overlaps only between entries of the same type, with running ones reaching to now", () => {
    const sleep = (from: number, to: number | null) => ({
      type: "sleep" as const,
      startedAt: now - from * 60_000,
      endedAt: to === null ? null : now - to * 60_000,
    });
    expect(overlaps(sleep(120, 60), sleep(90, 30), now)).toBe(true);
    expect(overlaps(sleep(120, 60), sleep(60, 30), now)).toBe(false); // one ends as the next begins
    expect(overlaps(sleep(120, null), sleep(10, 5), now)).toBe(true);
    expect(overlaps(sleep(120, 60), { ...sleep(90, 30), type: "feed" }, now)).toBe(false);
  });

  it("is symmetric", () => {
    const timing = fc.record({
      type: fc.constantFrom("sleep" as const, "feed" as const),
      startedAt: fc.integer({ min: now - 10 * 3600_000, max: now }),
      length: fc.option(fc.integer({ min: 1, max: 5 * 3600_000 }), { nil: null }),
    });
    fc.assert(
      fc.property(timing, timing, (a, b) => {
        const ta = {
          type: a.type,
          startedAt: a.startedAt,
          endedAt: a.length === null ? null : a.startedAt + a.length,
        };
        const tb = {
          type: b.type,
          startedAt: b.startedAt,
          endedAt: b.length === null ? null : b.startedAt + b.length,
        };
        expect(overlaps(ta, tb, now)).toBe(overlaps(tb, ta, now));
      }),
    );
  });
});
