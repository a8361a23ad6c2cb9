// The bonding-idea picker on hand-made fixtures: which band a baby is in (by corrected age when preterm), and
// which idea is offered: never a hidden one, unseen first, then least recently seen, steady through a day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AgeBand,
  ageBandOf,
  dailyIdea,
  type Occasion,
  type PickableIdea,
  pickIdea,
} from "../../src/domain/guidance/ideas.js";
import { situationsFromLog } from "../../src/domain/guidance/situation.js";

const idea = (id: string, occasions: Occasion[] = ["any_time"], ageBands: AgeBand[] = ["3-6m"]) => ({
  id,
  ageBands,
  occasions,
});
const none = new Set<string>();
const never = new Map<string, number>();
const NOW = Date.parse("2026-11-22T10:00:00Z");
const DAY = 86_400_000;

describe("ageBandOf", () => {
  it("puts an expected baby in pregnancy, and a baby with no dates nowhere", () => {
    expect(ageBandOf({ dueDate: "2027-02-01" }, "2026-11-22")).toBe("pregnancy");
    expect(ageBandOf({ dueDate: "2026-11-01", birthDate: null }, "2026-11-22")).toBe("pregnancy");
    expect(ageBandOf({}, "2026-11-22")).toBeNull();
    expect(ageBandOf({ birthDate: "2026-12-01" }, "2026-11-22")).toBeNull();
  });

  it("uses the birth date once there is one", () => {
    expect(ageBandOf({ birthDate: "2026-11-10", dueDate: "2026-11-15" }, "2026-11-22")).toBe("0-6w");
  });

  it("places a term baby by age, with bands ending at 6, 13, 26 and 39 weeks", () => {
    const at = (days: number) => ageBandOf({ birthDate: "2026-01-01", gestationalWeeks: 40 }, addDays(days));
    expect(at(0)).toBe("0-6w");
    expect(at(41)).toBe("0-6w");
    expect(at(42)).toBe("6w-3m");
    expect(at(90)).toBe("6w-3m");
    expect(at(91)).toBe("3-6m");
    expect(at(181)).toBe("3-6m");
    expect(at(182)).toBe("6-9m");
    expect(at(272)).toBe("6-9m");
    expect(at(273)).toBe("9-12m");
    expect(at(364)).toBe("9-12m");
  });

  it("keeps the oldest band past the first birthday, so the card never goes empty", () => {
    expect(ageBandOf({ birthDate: "2025-01-01" }, "2026-11-22")).toBe("9-12m");
  });

  it("places a baby born early by corrected age", () => {
    // Born at 32 weeks, 10 weeks ago: 70 days old, 8 weeks early, so 14 days corrected.
    const baby = { birthDate: "2026-09-13", gestationalWeeks: 32 };
    expect(ageBandOf(baby, "2026-11-22")).toBe("0-6w");
    expect(ageBandOf({ birthDate: baby.birthDate }, "2026-11-22")).toBe("6w-3m");
    // Born at 37 weeks or later: no correction.
    expect(ageBandOf({ birthDate: baby.birthDate, gestationalWeeks: 37 }, "2026-11-22")).toBe("6w-3m");
  });

  it("gives newborn ideas, not pregnancy ones, to a baby who is not yet at their due date", () => {
    // Born at 28 weeks, 3 weeks ago: corrected age below zero.
    expect(ageBandOf({ birthDate: "2026-11-01", gestationalWeeks: 28 }, "2026-11-22")).toBe("0-6w");
  });
});

function addDays(days: number): string {
  return new Date(Date.parse("2026-01-01T00:00:00Z") + days * DAY).toISOString().slice(0, 10);
}

describe("pickIdea", () => {
  const base = { band: "3-6m" as AgeBand, hidden: none, seenAt: never, now: NOW, seed: "s" };

  it("offers only ideas for the baby's band", () => {
    const ideas = [idea("older", ["any_time"], ["6-9m"]), idea("right", ["any_time"], ["3-6m", "6-9m"])];
    expect(pickIdea(ideas, base)?.id).toBe("right");
    expect(pickIdea(ideas, { ...base, band: "pregnancy" })).toBeNull();
  });

  it("never offers a hidden idea", () => {
    const ideas = [idea("a"), idea("b"), idea("c")];
    const hidden = new Set(["a", "c"]);
    expect(pickIdea(ideas, { ...base, hidden })?.id).toBe("b");
    expect(pickIdea(ideas, { ...base, hidden: new Set(["a", "b", "c"]) })).toBeNull();
  });

  it("never offers a hidden idea, whatever was seen when (property)", () => {
    const ids = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: NOW })),
        fc.string(),
        (hiddenIds, seen, seed) => {
          const picked = pickIdea(
            ids.map((id) => idea(id)),
            {
              ...base,
              hidden: new Set(hiddenIds),
              seenAt: new Map(Object.entries(seen)),
              seed,
            },
          );
          if (hiddenIds.length === ids.length) expect(picked).toBeNull();
          else expect(hiddenIds).not.toContain(picked?.id);
        },
      ),
    );
  });

  it("prefers an idea never shown", () => {
    const ideas = [idea("seen-long-ago"), idea("fresh"), idea("seen-yesterday")];
    const seenAt = new Map([
      ["seen-long-ago", NOW - 300 * DAY],
      ["seen-yesterday", NOW - DAY],
    ]);
    expect(pickIdea(ideas, { ...base, seenAt })?.id).toBe("fresh");
  });

  it("then the one shown longest ago", () => {
    const ideas = [idea("a"), idea("b"), idea("c")];
    const seenAt = new Map([
      ["a", NOW - 2 * DAY],
      ["b", NOW - 9 * DAY],
      ["c", NOW - DAY],
    ]);
    expect(pickIdea(ideas, { ...base, seenAt })?.id).toBe("b");
    expect(pickIdea(ideas, { ...base, seenAt, hidden: new Set(["b"]) })?.id).toBe("a");
  });

  it("offers an idea tagged with the occasion before an any-time one", () => {
    const ideas = [idea("anytime-1"), idea("bath", ["bath"]), idea("anytime-2"), idea("walk", ["walk"])];
    for (const seed of ["x", "y", "z", "2026-11-22|baby"]) {
      expect(pickIdea(ideas, { ...base, seed, occasion: "bath" })?.id).toBe("bath");
    }
  });

  it("falls back to any-time ideas when none is tagged with the occasion", () => {
    const ideas = [idea("walk", ["walk"]), idea("anytime"), idea("diaper", ["diaper"])];
    expect(pickIdea(ideas, { ...base, occasion: "bath" })?.id).toBe("anytime");
    // Also when the tagged one is hidden.
    const withBath = [...ideas, idea("bath", ["bath"])];
    expect(pickIdea(withBath, { ...base, occasion: "bath", hidden: new Set(["bath"]) })?.id).toBe("anytime");
    // Nothing for the moment and no any-time idea: nothing.
    expect(pickIdea([idea("walk", ["walk"])], { ...base, occasion: "bath" })).toBeNull();
  });

  it("moves on to any-time ideas never shown before repeating the moment's own idea", () => {
    const ideas = [idea("bath", ["bath"]), idea("anytime")];
    const seenAt = new Map([["bath", NOW - DAY]]);
    expect(pickIdea(ideas, { ...base, occasion: "bath", seenAt })?.id).toBe("anytime");
  });

  it("is deterministic: same inputs, same idea, whatever the order of the library", () => {
    const ideas = "abcdefghij".split("").map((id) => idea(id));
    const first = pickIdea(ideas, base)?.id;
    expect(pickIdea(ideas, base)?.id).toBe(first);
    expect(pickIdea([...ideas].reverse(), base)?.id).toBe(first);
  });

  it("lets the seed choose among equals, so different days bring different ideas", () => {
    const ideas = "abcdefghij".split("").map((id) => idea(id));
    const picks = new Set(
      Array.from({ length: 30 }, (_, day) => pickIdea(ideas, { ...base, seed: `${addDays(day)}|baby` })?.id),
    );
    expect(picks.size).toBeGreaterThan(3);
  });

  it("treats a sighting stamped in the future (another device's clock) as now", () => {
    const ideas = [idea("a"), idea("b")];
    const seenAt = new Map([
      ["a", NOW + 5 * DAY],
      ["b", NOW - DAY],
    ]);
    expect(pickIdea(ideas, { ...base, seenAt })?.id).toBe("b");
  });
});

describe("dailyIdea", () => {
  const ideas: PickableIdea[] = "abcdefghijkl".split("").map((id) => idea(id));
  const timeZone = "Europe/Madrid";
  const options = { band: "3-6m" as AgeBand, hidden: none, timeZone, babyId: "baby-1" };

  it("keeps the same idea through the day, even after its sighting is recorded", () => {
    const morning = dailyIdea(ideas, { ...options, seenAt: never, now: NOW });
    expect(morning).not.toBeNull();
    const seenAt = new Map([[morning!.id, NOW]]);
    expect(dailyIdea(ideas, { ...options, seenAt, now: NOW + 3_600_000 })?.id).toBe(morning!.id);
    // 23:30 in Madrid (UTC+1 in November) is still the same day.
    const lateEvening = Date.parse("2026-11-22T22:30:00Z");
    expect(dailyIdea(ideas, { ...options, seenAt, now: lateEvening })?.id).toBe(morning!.id);
  });

  it("offers another idea the next day, once today's counts as seen", () => {
    const today = dailyIdea(ideas, { ...options, seenAt: never, now: NOW })!;
    const seenAt = new Map([[today.id, NOW]]);
    // 00:30 in Madrid on the 23rd.
    const tomorrow = dailyIdea(ideas, { ...options, seenAt, now: Date.parse("2026-11-22T23:30:00Z") });
    expect(tomorrow?.id).not.toBe(today.id);
  });

  it("replaces an idea as soon as it is hidden", () => {
    const today = dailyIdea(ideas, { ...options, seenAt: never, now: NOW })!;
    const again = dailyIdea(ideas, { ...options, seenAt: never, now: NOW, hidden: new Set([today.id]) });
    expect(again?.id).not.toBe(today.id);
  });

  it("can give twins different ideas on the same day", () => {
    const days = Array.from({ length: 10 }, (_, i) => NOW + i * DAY);
    const differs = days.some(
      (now) =>
        dailyIdea(ideas, { ...options, seenAt: never, now })?.id !==
        dailyIdea(ideas, { ...options, seenAt: never, now, babyId: "baby-2" })?.id,
    );
    expect(differs).toBe(true);
  });
});

describe("ideas for a situation (a baby in the NICU)", () => {
  const nicu: PickableIdea = {
    id: "nicu-voice",
    ageBands: ["3-6m"],
    occasions: ["any_time"],
    situation: "nicu",
  };
  const home = idea("home-song");

  it("never offers a NICU idea to a family whose log says nothing of the NICU", () => {
    const seen = new Map([["home-song", NOW - DAY]]);
    // The NICU idea is unseen and would win on order alone; it is left out instead.
    expect(pickIdea([nicu, home], { band: "3-6m", hidden: none, seenAt: seen, now: NOW })?.id).toBe(
      "home-song",
    );
    expect(pickIdea([nicu], { band: "3-6m", hidden: none, seenAt: never, now: NOW })).toBeNull();
  });

  it("offers it while the log mentions the NICU, in English or Spanish", () => {
    for (const note of ["Visited her in the NICU", "Día 3 en la UCI neonatal", "still in the incubator"]) {
      const situations = situationsFromLog([{ note: "fed well" }, { note }]);
      expect(situations.has("nicu")).toBe(true);
      expect(
        pickIdea([nicu, home], { band: "3-6m", hidden: none, seenAt: never, now: NOW, situations })?.id,
      ).toBeDefined();
      expect(pickIdea([nicu], { band: "3-6m", hidden: none, seenAt: never, now: NOW, situations })?.id).toBe(
        "nicu-voice",
      );
    }
    expect(situationsFromLog([{ details: { place: "NICU, level 3" } }]).has("nicu")).toBe(true);
    expect(situationsFromLog([{ note: "unicorn blanket" }, { note: null }]).size).toBe(0);
  });
});
