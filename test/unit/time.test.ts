import { describe, expect, it } from "vitest";
import { summarizeDay } from "../../src/domain/entries/summary.js";
import {
  addCalendarDays,
  dayBounds,
  localDate,
  offsetMs,
  startOfDay,
  wallClock,
  zonedTime,
} from "../../src/domain/time.js";

describe("days in a family's time zone", () => {
  it("starts a Madrid day at local midnight", () => {
    expect(new Date(startOfDay("2026-11-22", "Europe/Madrid")).toISOString()).toBe(
      "2026-11-21T23:00:00.000Z",
    );
    expect(new Date(startOfDay("2026-07-01", "Europe/Madrid")).toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
  });

  it("has 23- and 25-hour days at the daylight-saving changes", () => {
    const [springStart, springEnd] = dayBounds("2026-03-29", "Europe/Madrid");
    expect((springEnd - springStart) / 3600_000).toBe(23);
    const [fallStart, fallEnd] = dayBounds("2026-11-01", "America/Chicago");
    expect((fallEnd - fallStart) / 3600_000).toBe(25);
  });

  it("names the local date of an instant", () => {
    expect(localDate(Date.parse("2026-11-22T23:30:00Z"), "Europe/Madrid")).toBe("2026-11-23");
    expect(localDate(Date.parse("2026-11-22T23:30:00Z"), "UTC")).toBe("2026-11-22");
  });
});

describe("a day's summary", () => {
  const day = dayBounds("2026-11-22", "UTC");
  const at = (h: number) => day[0] + h * 3600_000;

  it("counts a sleep across midnight only for the part inside the day", () => {
    const s = summarizeDay(
      [
        { type: "sleep", startedAt: at(-2), endedAt: at(3), moments: [] },
        { type: "diaper", startedAt: at(4), endedAt: null, moments: ["talking"] },
        { type: "diaper", startedAt: at(-1), endedAt: null, moments: ["talking"] },
      ],
      day,
      at(12),
    );
    expect(s.sleepMinutes).toBe(180);
    expect(s.counts).toEqual({ diaper: 1 });
    expect(s.moments).toEqual({ talking: 1 });
  });

  it("counts a running sleep up to now", () => {
    expect(
      summarizeDay([{ type: "sleep", startedAt: at(10), endedAt: null, moments: [] }], day, at(11))
        .sleepMinutes,
    ).toBe(60);
  });
});

describe("zonedTime on every day of a year, steady days and clock-change days alike", () => {
  // Days without a clock change take a remembered offset; this walks a whole year in zones with odd
  // changes (Lord Howe's half hour, Santiago's midnight, Chatham's quarter hours) and checks the one property
  // both paths must keep: the wall clock shows the asked time, unless the clocks skipped it.
  const zones = [
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Chatham",
  ];
  it.each(zones)("%s", (zone) => {
    let date = "2026-01-01";
    for (let day = 0; day < 365; day++) {
      for (const [hour, minute] of [
        [0, 0],
        [1, 30],
        [2, 30],
        [12, 0],
        [23, 59],
      ] as const) {
        const at = zonedTime(date, hour, minute, zone);
        const shown = wallClock(at, zone);
        const same = localDate(at, zone) === date && shown.hour === hour && shown.minute === minute;
        // A skipped time lands just after the gap, on a day whose offset changes.
        if (!same) expect(offsetMs(at - 3 * 3_600_000, zone)).not.toBe(offsetMs(at + 3 * 3_600_000, zone));
      }
      date = addCalendarDays(date, 1);
    }
  });
});
