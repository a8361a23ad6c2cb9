import { describe, expect, it } from "vitest";
import { feedsPerDayRange, sleepHoursRange } from "../../src/domain/guidance/ranges.js";
import { reflectOnWeek } from "../../src/domain/guidance/weekly.js";
import { zonedTime } from "../../src/domain/time.js";

const zone = "America/New_York";
const at = (date: string, hour: number, minute = 0) => zonedTime(date, hour, minute, zone);
const H = 3_600_000;
const entry = (type: string, start: number, hours: number | null, moments: string[] = []) => ({
  type,
  startedAt: start,
  endedAt: hours === null ? null : start + hours * H,
  moments,
});
const now = at("2026-11-20", 12);

describe("the weekly reflection", () => {
  it("splits a night's sleep across midnight in the family's time zone", () => {
    const week = reflectOnWeek([entry("sleep", at("2026-11-10", 22), 8)], "2026-11-10", zone, 60, now);
    expect(week.days[0]).toMatchObject({ date: "2026-11-10", sleepMinutes: 120 });
    expect(week.days[1]).toMatchObject({ date: "2026-11-11", sleepMinutes: 360 });
    expect(week.to).toBe("2026-11-16");
  });

  it("orders routines by the moments they carried and leaves out routines that carried none", () => {
    const week = reflectOnWeek(
      [
        entry("feed", at("2026-11-10", 8), 0.3, ["eye_contact"]),
        entry("bath", at("2026-11-10", 18), 0.2, ["singing", "smiling_together"]),
        entry("bath", at("2026-11-12", 18), 0.2, ["singing"]),
        entry("diaper", at("2026-11-10", 9), null),
        entry("play", at("2026-11-20", 9), 0.2, ["eye_contact"]), // after the week: not counted
      ],
      "2026-11-10",
      zone,
      60,
      now,
    );
    expect(week.routines.map((r) => r.type)).toEqual(["bath", "feed"]);
    expect(week.routines[0]).toMatchObject({
      logged: 2,
      withMoments: 2,
      moments: { singing: 2, smiling_together: 1 },
    });
  });

  it("averages only the days something was logged, and sets them beside the range for the age", () => {
    const entries = [
      ...["2026-11-10", "2026-11-11"].flatMap((d) => [
        entry("sleep", at(d, 0), 9),
        entry("sleep", at(d, 13), 6),
        ...[1, 4, 7, 10, 13, 16, 19, 22].map((h) => entry("feed", at(d, h, 30), 0.3)),
      ]),
    ];
    const week = reflectOnWeek(entries, "2026-11-10", zone, 20, now);
    expect(week.sleep).toMatchObject({ averageHours: 15, relation: "within", range: { low: 14, high: 17 } });
    expect(week.feeds).toMatchObject({ averagePerDay: 8, relation: "within" });
    const older = reflectOnWeek(entries, "2026-11-10", zone, 200, now);
    expect(older.sleep.relation).toBe("within");
    expect(older.feeds).toMatchObject({ averagePerDay: 8, range: null, relation: null });
  });

  it("says nothing about a week with nothing logged", () => {
    const week = reflectOnWeek([], "2026-11-10", zone, 60, now);
    expect(week.sleep).toEqual({
      averageHours: null,
      range: { low: 14, high: 17, source: expect.any(String) },
      relation: null,
    });
    expect(week.routines).toEqual([]);
  });

  it("uses the published ranges by age", () => {
    expect(sleepHoursRange(30)).toMatchObject({ low: 14, high: 17 });
    expect(sleepHoursRange(200)).toMatchObject({ low: 12, high: 16 });
    expect(sleepHoursRange(500)).toMatchObject({ low: 11, high: 14 });
    expect(sleepHoursRange(-10)).toBeNull();
    expect(feedsPerDayRange(10)).toMatchObject({ low: 8, high: 12 });
    expect(feedsPerDayRange(60)).toBeNull();
  });
});
