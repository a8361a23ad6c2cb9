// The log's days and clock times follow the family's time zone, whatever zone the phone (or this test
// machine) is in. Each case names instants in UTC so the answer cannot depend on where the test runs.
import { describe, expect, it } from "vitest";
import { dayBounds, startOfDay as domainStartOfDay, zonedTime } from "../../src/domain/time.js";
import { REFRESH_EVERY_MS, refreshDue } from "../../src/web/api/session.js";
import { weekDays, weekRows } from "../../src/web/log/rhythm.js";
import { addDays, atTime, pastAt, sameClock, startOfDay, toTimeInput } from "../../src/web/log/time.js";
import { knownZones, matching, zoneChoices, zoneName } from "../../src/web/pages/family/timeZones.js";

const NY = "America/New_York";
const AKL = "Pacific/Auckland";
const iso = (at: Date | number) => new Date(at).toISOString();
const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe("a wall-clock time in a zone", () => {
  it("is found on an ordinary day, also in zones with odd offsets", () => {
    expect(iso(zonedTime("2026-06-01", 5, 45, "Asia/Kathmandu"))).toBe("2026-06-01T00:00:00.000Z");
    expect(iso(zonedTime("2026-06-01", 9, 30, "America/St_Johns"))).toBe("2026-06-01T12:00:00.000Z");
  });

  it("moves a time the spring-forward gap skipped on by the gap, and takes the first of a repeated hour", () => {
    // New York, 8 March 2026: 02:00 jumps to 03:00. 1 November 2026: 02:00 goes back to 01:00.
    expect(iso(zonedTime("2026-03-08", 2, 30, NY))).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(iso(zonedTime("2026-11-01", 1, 30, NY))).toBe("2026-11-01T05:30:00.000Z"); // the first 01:30, EDT
  });

  it("starts a day whose midnight was skipped at the first minute it has", () => {
    // Santiago, 6 September 2026: clocks go from 24:00 straight to 01:00.
    expect(iso(domainStartOfDay("2026-09-06", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("the log's day helpers in the family's zone", () => {
  it("finds the start of the family's day, not the phone's", () => {
    // 10:00 UTC on 22 Nov is already 23:00 in Auckland (UTC+13) and still 05:00 in New York.
    const at = new Date("2026-11-22T10:00:00Z");
    expect(iso(startOfDay(at, AKL))).toBe("2026-11-21T11:00:00.000Z");
    expect(iso(startOfDay(at, NY))).toBe("2026-11-22T05:00:00.000Z");
    // An hour later it is the next day in Auckland.
    expect(iso(startOfDay(new Date("2026-11-22T11:00:00Z"), AKL))).toBe("2026-11-22T11:00:00.000Z");
  });

  it("has a 23-hour day when New York springs forward, and a 25-hour one when it falls back", () => {
    const march8 = startOfDay(new Date("2026-03-08T15:00:00Z"), NY);
    expect(iso(march8)).toBe("2026-03-08T05:00:00.000Z");
    expect(hours(march8, addDays(march8, 1, NY))).toBe(23);
    const nov1 = startOfDay(new Date("2026-11-01T15:00:00Z"), NY);
    expect(hours(nov1, addDays(nov1, 1, NY))).toBe(25);
    const [start, end] = dayBounds("2026-03-08", NY);
    expect((end - start) / 3_600_000).toBe(23);
  });

  it("keeps Auckland's daylight-saving days (25 h on 5 April, 23 h on 27 September 2026)", () => {
    const april5 = startOfDay(new Date("2026-04-05T00:00:00Z"), AKL);
    expect(iso(april5)).toBe("2026-04-04T11:00:00.000Z");
    expect(hours(april5, addDays(april5, 1, AKL))).toBe(25);
    const sept27 = startOfDay(new Date("2026-09-27T00:00:00Z"), AKL);
    expect(hours(sept27, addDays(sept27, 1, AKL))).toBe(23);
  });

  it("adds calendar days at the same clock time across a change", () => {
    // 09:15 on 7 March in New York (EST) is 09:15 on 8 March (EDT): 23 hours later, not 24.
    const before = new Date("2026-03-07T14:15:00Z");
    const after = addDays(before, 1, NY);
    expect(iso(after)).toBe("2026-03-08T13:15:00.000Z");
    expect(iso(addDays(after, -1, NY))).toBe(iso(before));
  });

  it("reads and writes the time fields on the family's clock", () => {
    const fed = "2026-11-22T02:10:00.000Z";
    expect(toTimeInput(fed, AKL)).toBe("15:10");
    expect(toTimeInput(fed, "America/Los_Angeles")).toBe("18:10");
    const day = startOfDay(new Date(fed), AKL);
    expect(iso(atTime(day, "15:10", AKL))).toBe(fed);
    expect(iso(atTime(new Date(fed), "06:00", NY))).toBe("2026-11-21T11:00:00.000Z");
  });

  it("back-dates to today's time, or yesterday's when that is still to come, in the family's day", () => {
    const now = new Date("2026-11-22T11:30:00Z"); // 00:30 on 23 Nov in Auckland
    expect(iso(pastAt("00:10", AKL, now))).toBe("2026-11-22T11:10:00.000Z");
    // 23:40 has not happened yet today in Auckland, so it was last night (22 Nov).
    expect(iso(pastAt("23:40", AKL, now))).toBe("2026-11-22T10:40:00.000Z");
    // The same instant and field in Los Angeles (15:30 on 22 Nov) means a different moment.
    expect(iso(pastAt("23:40", "America/Los_Angeles", now))).toBe("2026-11-22T07:40:00.000Z");
  });

  it("back-dates across a spring-forward night by the real clock", () => {
    const now = new Date("2026-03-08T08:00:00Z"); // 04:00 EDT, an hour after the change
    expect(iso(pastAt("01:30", NY, now))).toBe("2026-03-08T06:30:00.000Z"); // 01:30 EST
    expect(iso(pastAt("03:30", NY, now))).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
  });

  it("knows when two zones show the same clock", () => {
    const at = Date.parse("2026-07-01T12:00:00Z");
    expect(sameClock("Europe/Madrid", "Europe/Paris", at)).toBe(true);
    expect(sameClock(AKL, "America/Los_Angeles", at)).toBe(false);
    expect(sameClock("UTC", "UTC", at)).toBe(true);
  });
});

describe("the week's rhythm in the family's zone", () => {
  const entry = (type: string, from: string, to: string | null = null) => ({
    type,
    startedAt: from,
    endedAt: to,
  });

  it("lists the seven days ending today, across a month end", () => {
    expect(weekDays("2026-03-02")).toEqual([
      "2026-02-24",
      "2026-02-25",
      "2026-02-26",
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });

  it("puts a feed on its Auckland day and hour, and splits a night's sleep across midnight", () => {
    const rows = weekRows(
      [
        entry("feed", "2026-11-22T02:10:00Z"), // 15:10 on 22 Nov in Auckland
        entry("feed", "2026-11-21T12:30:00Z"), // 01:30 on 22 Nov in Auckland, 21 Nov in UTC
        entry("sleep", "2026-11-21T09:30:00Z", "2026-11-21T13:00:00Z"), // 22:30 on the 21st to 02:00 on the 22nd
      ],
      "2026-11-22",
      AKL,
      Date.parse("2026-11-22T05:00:00Z"),
    );
    const day21 = rows.find((r) => r.date === "2026-11-21");
    const day22 = rows.find((r) => r.date === "2026-11-22");
    expect(day22?.feedCount).toBe(2);
    expect(day22?.feeds[15]).toBe(1);
    expect(day22?.feeds[1]).toBe(1);
    expect(day21?.sleep[22]).toBe(30);
    expect(day21?.sleep[23]).toBe(60);
    expect(day21?.sleepMinutes).toBe(90);
    expect(day22?.sleep.slice(0, 3)).toEqual([60, 60, 0]);
    expect(day22?.sleepMinutes).toBe(120);
  });

  it("counts a 23-hour day's sleep by the real clock", () => {
    // Asleep 01:00–04:00 EST/EDT on 8 March in New York: two real hours, and no 02:00 hour at all.
    const rows = weekRows(
      [entry("sleep", "2026-03-08T06:00:00Z", "2026-03-08T08:00:00Z")],
      "2026-03-08",
      NY,
      Date.parse("2026-03-08T20:00:00Z"),
    );
    const day = rows.at(-1);
    expect(day?.sleepMinutes).toBe(120);
    expect(day?.sleep.slice(0, 5)).toEqual([0, 60, 0, 60, 0]);
  });

  it("splits sleep on a half-hour zone's own hours", () => {
    const rows = weekRows(
      [entry("sleep", "2026-06-01T00:00:00Z", "2026-06-01T01:00:00Z")], // 05:30–06:30 in Kolkata
      "2026-06-01",
      "Asia/Kolkata",
      Date.parse("2026-06-01T12:00:00Z"),
    );
    expect(rows.at(-1)?.sleep.slice(5, 7)).toEqual([30, 30]);
  });
});

describe("the time zone picker's list", () => {
  const choices = zoneChoices(
    ["America/New_York", AKL, "Europe/Madrid", "UTC"],
    "en",
    Date.parse("2026-07-01T00:00:00Z"),
  );

  it("labels zones with spaces and their offset now", () => {
    expect(zoneName("America/New_York")).toBe("America/New York");
    expect(choices.find((c) => c.zone === AKL)?.label).toBe("Pacific/Auckland (GMT+12)");
  });

  it("finds zones by any words of their name, or by offset", () => {
    expect(matching(choices, "new york").map((c) => c.zone)).toEqual(["America/New_York"]);
    expect(matching(choices, "  AUCK ").map((c) => c.zone)).toEqual([AKL]);
    expect(matching(choices, "gmt+2").map((c) => c.zone)).toEqual(["Europe/Madrid"]);
    expect(matching(choices, "")).toHaveLength(4);
    expect(matching(choices, "atlantis")).toEqual([]);
  });

  it("always offers the zones it must, even if the platform list lacks them", () => {
    const zones = knownZones(["Etc/GMT+3"]);
    expect(zones).toContain("Etc/GMT+3");
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Madrid");
  });
});

describe("keeping the session alive", () => {
  it("refreshes twice a day", () => {
    expect(REFRESH_EVERY_MS).toBe(12 * 3_600_000);
    expect(refreshDue(0, Date.now())).toBe(true);
    const last = Date.parse("2026-11-22T08:00:00Z");
    expect(refreshDue(last, last + 11 * 3_600_000)).toBe(false);
    expect(refreshDue(last, last + 12 * 3_600_000)).toBe(true);
  });
});
