import { describe, expect, it } from "vitest";
import { summarizeDay } from "../../src/domain/entries/summary.js";
import { dayBounds, localDate, startOfDay } from "../../src/domain/time.js";

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
