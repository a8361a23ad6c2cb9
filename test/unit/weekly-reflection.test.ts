import { describe, expect, it } from "vitest";
import { feedsPerDayRange, sleepHoursRange } from "../../src/domain/guidance/ranges.js";
import { reflectOnWeek } from "../../src/domain/guidance/weekly.js";
import { addCalendarDays, zonedTime } from "../../src/domain/time.js";

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

  it("averages the days something of that kind was logged, beside the range for the age, never graded", () => {
    const entries = [
      ...["2026-11-10", "2026-11-11"].flatMap((d) => [
        entry("sleep", at(d, 0), 9),
        entry("sleep", at(d, 13), 6),
        ...[1, 4, 7, 10, 13, 16, 19, 22].map((h) => entry("feed", at(d, h, 30), 0.3)),
      ]),
    ];
    const week = reflectOnWeek(entries, "2026-11-10", zone, 20, now);
    expect(week.sleep).toEqual({
      averageHours: 15,
      days: 2,
      range: expect.objectContaining({ low: 14, high: 17 }),
    });
    expect(week.feeds).toMatchObject({ averagePerDay: 8, days: 2 });
    // The week is long over: all seven days are full ones, and the five quiet ones are left out, not zeros.
    expect(week.fullDays).toBe(7);
    expect(week.days.every((d) => d.complete)).toBe(true);
    expect(week.sleep).not.toHaveProperty("relation");
    const older = reflectOnWeek(entries, "2026-11-10", zone, 200, now);
    expect(older.feeds).toEqual({ averagePerDay: 8, days: 2, range: null });
  });

  it("says nothing about a week with nothing logged", () => {
    const week = reflectOnWeek([], "2026-11-10", zone, 60, now);
    expect(week.sleep).toEqual({
      averageHours: null,
      days: 0,
      range: { low: 14, high: 17, source: expect.any(String) },
    });
    expect(week.fullDays).toBe(0);
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

/** A day of care as the acceptance check logs it: 9 sleeps of 100 min and 9 bottle feeds of 20 min. */
function fullDayOfCare(date: string, timeZone: string) {
  const at = (minutes: number) => zonedTime(date, Math.floor(minutes / 60), minutes % 60, timeZone);
  return Array.from({ length: 9 }, (_, k) => [
    { type: "sleep", startedAt: at(k * 160), endedAt: at(k * 160 + 100), moments: [] },
    { type: "feed", startedAt: at(k * 160 + 110), endedAt: at(k * 160 + 130), moments: [] },
  ]).flat();
}

describe("the week's averages", () => {
  const today = "2026-11-20";
  const noon = at(today, 12);
  const from = addCalendarDays(today, -6);
  const sixFullDays = Array.from({ length: 6 }, (_, i) =>
    fullDayOfCare(addCalendarDays(from, i), zone),
  ).flat();
  const todaySoFar = [entry("feed", at(today, 8), 0.3), entry("sleep", at(today, 9), 1)];

  it("leave today out: 9 feeds and 15 h of sleep a day over the last 6 full days", () => {
    const week = reflectOnWeek([...sixFullDays, ...todaySoFar], from, zone, 20, noon);
    expect(week.feeds).toMatchObject({ averagePerDay: 9, days: 6 });
    expect(week.sleep).toMatchObject({ averageHours: 15, days: 6 });
    expect(week.fullDays).toBe(6);
    // Today is still in the chart and the table, as "so far".
    expect(week.days[6]).toEqual({ date: today, sleepMinutes: 60, feeds: 1, diapers: 0, complete: false });
    expect(week.days.slice(0, 6).every((d) => d.complete && d.feeds === 9 && d.sleepMinutes === 900)).toBe(
      true,
    );
  });

  it("count from the first day anything was logged, so a family that began three days ago has three", () => {
    const threeDays = Array.from({ length: 3 }, (_, i) =>
      fullDayOfCare(addCalendarDays(today, i - 3), zone),
    ).flat();
    const week = reflectOnWeek([...threeDays, ...todaySoFar], from, zone, 20, noon);
    expect(week.fullDays).toBe(3);
    expect(week.feeds).toMatchObject({ averagePerDay: 9, days: 3 });
    // A family logging since before the week had quiet days, not days before logging: six full days, and
    // the average still over the three with feeds logged.
    const logging = reflectOnWeek([...threeDays, ...todaySoFar], from, zone, 20, noon, at("2026-11-01", 9));
    expect(logging.fullDays).toBe(6);
    expect(logging.feeds).toMatchObject({ averagePerDay: 9, days: 3 });
  });

  it("have nothing to say on the first day of logging, until it is over", () => {
    const week = reflectOnWeek(todaySoFar, from, zone, 20, noon);
    expect(week.fullDays).toBe(0);
    expect(week.feeds).toMatchObject({ averagePerDay: null, days: 0 });
    expect(week.sleep).toMatchObject({ averageHours: null, days: 0 });
  });

  it("end the days in the family's time zone, west of UTC too", () => {
    const phoenix = "America/Phoenix"; // UTC−7 all year
    const local = (date: string, hour: number) => zonedTime(date, hour, 0, phoenix);
    // 8 pm on 19 November in Phoenix is already 20 November in UTC: the 19th is today there, not over.
    const evening = local("2026-11-19", 20);
    expect(new Date(evening).toISOString().slice(0, 10)).toBe("2026-11-20");
    const weekFrom = "2026-11-13";
    const entries = [
      ...Array.from({ length: 6 }, (_, i) => addCalendarDays(weekFrom, i)).flatMap((d) =>
        // Four of the eight feeds are late in the evening: past midnight in UTC, still the same day here.
        [2, 6, 10, 14, 19, 20, 21, 22].map((h) => ({
          type: "feed",
          startedAt: local(d, h),
          endedAt: local(d, h) + 0.3 * H,
          moments: [],
        })),
      ),
      ...[8, 12, 19].map((h) => ({
        type: "feed",
        startedAt: local("2026-11-19", h),
        endedAt: null,
        moments: [],
      })),
    ];
    const week = reflectOnWeek(entries, weekFrom, phoenix, 20, evening);
    expect(week.days.map((d) => d.feeds)).toEqual([8, 8, 8, 8, 8, 8, 3]);
    expect(week.days.map((d) => d.complete)).toEqual([true, true, true, true, true, true, false]);
    expect(week.fullDays).toBe(6);
    expect(week.feeds).toMatchObject({ averagePerDay: 8, days: 6 });
  });
});
