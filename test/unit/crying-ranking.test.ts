import { describe, expect, it } from "vitest";
import {
  type GuidanceBaby,
  type GuidanceEntry,
  guidanceAge,
  rankCryingReasons,
  usualFeedInterval,
} from "../../src/domain/guidance/crying.js";
import { duration } from "../../src/domain/guidance/crying-why.js";
import { addCalendarDays, zonedTime } from "../../src/domain/time.js";

const zone = "America/New_York";
const today = "2026-11-20";
const at = (hour: number, minute = 0, date = today) => zonedTime(date, hour, minute, zone);
const MIN = 60_000;

/** A baby born `weeks` weeks before today (at term unless told otherwise). */
const bornWeeksAgo = (weeks: number, extra: Partial<GuidanceBaby> = {}): GuidanceBaby => ({
  birthDate: addCalendarDays(today, -7 * weeks),
  dueDate: null,
  gestationalWeeks: null,
  ...extra,
});
const entry = (
  type: string,
  startedAt: number,
  endedAt: number | null = null,
  details: Record<string, unknown> = {},
): GuidanceEntry => ({ type, startedAt, endedAt, details });

function rank(baby: GuidanceBaby, now: number, entries: GuidanceEntry[], timeZone = zone) {
  return rankCryingReasons({ baby, now, timeZone, entries });
}
const keys = (g: ReturnType<typeof rank>) => g.reasons.map((r) => r.key);
const reason = (g: ReturnType<typeof rank>, key: string) => g.reasons.find((r) => r.key === key);

describe("ranking why a baby may be crying", () => {
  it("ranks hunger first for a 5-week-old last fed 3.5 h ago, and says how long ago", () => {
    const now = at(10);
    const g = rank(bornWeeksAgo(5), now, [
      entry("feed", at(6, 30), at(6, 50), { method: "breast", leftSeconds: 600 }),
      entry("diaper", at(7), null, { kind: "wet" }),
      entry("sleep", at(7, 10), at(9)),
    ]);
    expect(g.reasons[0]?.key).toBe("hunger");
    expect(g.reasons[0]?.rank).toBe(1);
    expect(g.reasons[0]?.why).toEqual({
      code: "last_feed",
      values: { minutes: 210, usualFromMinutes: 120, usualToMinutes: 180 },
    });
    expect(g.reasons[0]?.whyText).toBe("last feed 3 h 30 min ago; at this age feeds often come every 2–3 h");
    expect(reason(g, "diaper")?.why).toEqual({ code: "last_diaper", values: { minutes: 180 } });
    expect(reason(g, "tired")?.why.values.minutes).toBe(60);
    expect(g.alerts).toEqual([]);
  });

  it("ranks tired first for a fed, changed baby who has been awake for 2.5 h", () => {
    const now = at(14);
    const g = rank(bornWeeksAgo(5), now, [
      entry("sleep", at(10), at(11, 30)),
      entry("feed", at(13, 20), at(13, 40), { method: "bottle", amountMl: 90, milk: "breast_milk" }),
      entry("diaper", at(13, 45), null, { kind: "dirty" }),
    ]);
    expect(g.reasons[0]?.key).toBe("tired");
    expect(g.reasons[0]?.why).toMatchObject({ code: "awake_for", values: { minutes: 150 } });
    expect(g.reasons[0]?.whyText).toContain("awake for 2 h 30 min");
    expect(g.reasons[0]?.whyText).toContain("loose guide");
    expect(keys(g).indexOf("hunger")).toBeGreaterThan(2);
  });

  it("ranks the crying peak first for a 6-week-old at 6 p.m. in the family's zone with needs met", () => {
    const now = at(18);
    const metNeeds = [
      entry("sleep", at(15, 30), at(17, 10)),
      entry("feed", at(17, 15), at(17, 30), { method: "breast" }),
      entry("diaper", at(17, 35), null, { kind: "wet" }),
    ];
    const g = rank(bornWeeksAgo(6), now, metNeeds);
    expect(g.reasons[0]?.key).toBe("crying_peak");
    expect(g.reasons[0]?.why).toEqual({ code: "crying_peak_age", values: { weeks: 6, evening: 1 } });
    expect(g.reasons[0]?.whyText).toContain("evening");
    // The same instant is 8 a.m. in Tokyo: not the evening there, and the peak loses its evening weight.
    const morning = rank(bornWeeksAgo(6), now, metNeeds, "Asia/Tokyo");
    expect(reason(morning, "crying_peak")?.why.values.evening).toBe(0);
    expect(reason(morning, "crying_peak")!.score).toBeLessThan(g.reasons[0]!.score);
  });

  it("leaves the crying peak out for a 6-month-old at 6 p.m.", () => {
    const now = at(18);
    const g = rank(bornWeeksAgo(26), now, [
      entry("sleep", at(15, 30), at(17, 10)),
      entry("feed", at(17, 15), at(17, 30), { method: "breast" }),
      entry("diaper", at(17, 35), null, { kind: "wet" }),
    ]);
    expect(keys(g)).not.toContain("crying_peak");
    expect(g.reasons[0]?.key).not.toBe("crying_peak");
    expect(g.reasons).toHaveLength(6);
  });

  it("uses corrected age for a baby born early: born at 30 weeks and 10 weeks old is a newborn", () => {
    const now = at(18);
    const fed = [entry("feed", now - 150 * MIN, now - 130 * MIN, { method: "breast" })];
    const preterm = rank(bornWeeksAgo(10, { gestationalWeeks: 30 }), now, fed);
    expect(preterm.age).toEqual({ days: 70, correctedDays: 0, estimated: false });
    // Not yet in the crying peak, and fed as often as a newborn.
    expect(keys(preterm)).not.toContain("crying_peak");
    expect(reason(preterm, "hunger")?.why.values).toMatchObject({
      usualFromMinutes: 120,
      usualToMinutes: 180,
    });
    expect(preterm.reasons[0]?.key).toBe("hunger");

    const term = rank(bornWeeksAgo(10), now, fed);
    expect(keys(term)).toContain("crying_peak");
    expect(reason(term, "hunger")?.why.values).toMatchObject({ usualFromMinutes: 180, usualToMinutes: 240 });
    expect(reason(term, "hunger")!.score).toBeLessThan(reason(preterm, "hunger")!.score);
  });

  it("reads the weeks born early from the due date when gestational weeks are missing", () => {
    const birthDate = addCalendarDays(today, -70);
    const age = guidanceAge(
      { birthDate, dueDate: addCalendarDays(birthDate, 70), gestationalWeeks: null },
      today,
    );
    expect(age).toEqual({ days: 70, correctedDays: 0, estimated: false });
    // Born a week early is term: no correction.
    const term = guidanceAge(
      { birthDate, dueDate: addCalendarDays(birthDate, 7), gestationalWeeks: null },
      today,
    );
    expect(term.correctedDays).toBe(70);
  });

  it("still answers with nothing logged: hunger unknown first, closeness offered, no crash", () => {
    const g = rank(bornWeeksAgo(5), at(19), []);
    expect(g.reasons[0]).toMatchObject({ key: "hunger", why: { code: "no_feed_logged" } });
    expect(keys(g)).toContain("wants_closeness");
    expect(reason(g, "wants_closeness")?.whyText).toContain("holding them is always OK");
    // With nothing known, a feed comes before "it is just the evening peak".
    expect(keys(g).indexOf("hunger")).toBeLessThan(keys(g).indexOf("crying_peak"));
    expect(g.reasons.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("works for a baby with no birth date yet, planning for a newborn", () => {
    const g = rank(
      { birthDate: null, dueDate: addCalendarDays(today, 3), gestationalWeeks: null },
      at(9),
      [],
    );
    expect(g.age).toEqual({ days: 0, correctedDays: 0, estimated: true });
    expect(g.reasons.length).toBeGreaterThan(0);
  });

  it("puts a logged fever first as an urgent alert, never as a reason", () => {
    const now = at(11);
    const g = rank(bornWeeksAgo(5), now, [
      entry("feed", at(10), at(10, 20), { method: "breast" }),
      entry("temperature", now - 30 * MIN, null, { celsius: 38.2, method: "armpit" }),
    ]);
    expect(g.alerts).toEqual([
      {
        key: "fever",
        urgent: true,
        why: { code: "temperature", values: { celsius: 38.2, minutes: 30 } },
        whyText: "a temperature of 38.2 °C was logged 30 min ago",
      },
    ]);
    expect(keys(g)).not.toContain("fever");
  });

  it("flags a fever in an older baby too, and ignores a normal or a day-old reading", () => {
    const now = at(11);
    const older = rank(bornWeeksAgo(20), now, [
      entry("temperature", now - 60 * MIN, null, { celsius: 38.5 }),
    ]);
    expect(older.alerts[0]).toMatchObject({ key: "fever_older", urgent: true });
    const normal = rank(bornWeeksAgo(5), now, [
      entry("temperature", now - 60 * MIN, null, { celsius: 37.4 }),
    ]);
    expect(normal.alerts).toEqual([]);
    const old = rank(bornWeeksAgo(5), now, [
      entry("temperature", now - 30 * 60 * MIN, null, { celsius: 38.6 }),
    ]);
    expect(old.alerts).toEqual([]);
  });

  it("raises the 3-to-6-months flag for 39 °C or more from 3 to 6 months (corrected), and only then", () => {
    const now = at(11);
    const reading = (celsius: number, minutesAgo = 30) =>
      entry("temperature", now - minutesAgo * MIN, null, { celsius });
    const alert = (baby: GuidanceBaby, ...entries: GuidanceEntry[]) => rank(baby, now, entries).alerts[0];
    // 17 weeks old, 39.2 °C: the 3–6 months flag, with the reading in the why.
    expect(alert(bornWeeksAgo(17), reading(39.2))).toMatchObject({
      key: "fever_3_to_6_months",
      urgent: true,
      why: { code: "temperature", values: { celsius: 39.2, minutes: 30 } },
    });
    // Below 39 °C at the same age, an older baby's fever; under 3 months, the young baby's fever.
    expect(alert(bornWeeksAgo(17), reading(38.6))?.key).toBe("fever_older");
    expect(alert(bornWeeksAgo(9), reading(39.2))?.key).toBe("fever");
    // From exactly 13 weeks, and up to 6 months; past 6 months, an older baby's fever again.
    expect(alert(bornWeeksAgo(13), reading(39))?.key).toBe("fever_3_to_6_months");
    expect(alert(bornWeeksAgo(30), reading(39.5))?.key).toBe("fever_older");
    // Born 10 weeks early: 30 weeks old, 20 weeks corrected, still in the 3–6 months band.
    expect(alert(bornWeeksAgo(30, { gestationalWeeks: 30 }), reading(39.5))?.key).toBe("fever_3_to_6_months");
  });

  it("keeps the 3-to-6-months flag when a later reading is lower, and shows the high one", () => {
    const now = at(11);
    const g = rank(bornWeeksAgo(18), now, [
      entry("temperature", now - 180 * MIN, null, { celsius: 39.4 }),
      entry("temperature", now - 20 * MIN, null, { celsius: 38.3 }),
    ]);
    expect(g.alerts).toHaveLength(1);
    expect(g.alerts[0]).toMatchObject({
      key: "fever_3_to_6_months",
      why: { values: { celsius: 39.4, minutes: 180 } },
    });
  });

  it("treats a feed that is still going as hunger being met", () => {
    const now = at(9);
    const g = rank(bornWeeksAgo(3), now, [entry("feed", now - 10 * MIN, null, { method: "breast" })]);
    expect(reason(g, "hunger")?.why.code).toBe("feeding_now");
    expect(g.reasons[0]?.key).not.toBe("hunger");
  });

  it("uses the longer formula interval for a newborn fed formula", () => {
    expect(usualFeedInterval(20, true)).toEqual({ from: 180, to: 240 });
    expect(usualFeedInterval(20, false)).toEqual({ from: 120, to: 180 });
    expect(usualFeedInterval(200, false)).toEqual({ from: 180, to: 300 });
  });

  it("ranks overstimulation up after a long play and a bath, with the minutes in the why", () => {
    const now = at(17);
    const g = rank(bornWeeksAgo(12), now, [
      entry("feed", at(16), at(16, 15), { method: "breast" }),
      entry("play", at(15, 30), at(16, 30), { kinds: ["toys"] }),
      entry("bath", at(16, 35), at(16, 50)),
    ]);
    expect(reason(g, "overstimulated")?.why).toEqual({
      code: "busy_time",
      values: { minutes: 75, hours: 2 },
    });
    expect(keys(g).indexOf("overstimulated")).toBeLessThan(keys(g).indexOf("wants_closeness"));
  });

  it("notes less sleep than the usual range when the log covers the whole day", () => {
    const now = at(12);
    const yesterday = addCalendarDays(today, -1);
    const g = rank(bornWeeksAgo(8), now, [
      entry("feed", at(8, 0, yesterday), at(8, 20, yesterday), { method: "breast" }),
      entry("sleep", at(13, 0, yesterday), at(15, 0, yesterday)),
      entry("sleep", at(9), at(10, 30)),
    ]);
    const tired = reason(g, "tired");
    expect(tired?.why.values).toMatchObject({ minutes: 90, sleptMinutes: 210, usualLowHours: 14 });
    expect(tired?.whyText).toContain("3 h 30 min of sleep logged in the last 24 h");
  });

  it("formats durations the way people say them", () => {
    expect(duration(45)).toBe("45 min");
    expect(duration(180)).toBe("3 h");
    expect(duration(220)).toBe("3 h 40 min");
  });
});
