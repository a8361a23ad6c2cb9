import { describe, expect, it } from "vitest";
import { babyAge, daysBetween } from "../../src/domain/age.js";

describe("baby age", () => {
  it("counts calendar days", () => {
    expect(daysBetween("2026-10-18", "2026-11-22")).toBe(35);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2); // leap year
  });

  it("gives no corrected age for a baby born at term", () => {
    expect(babyAge("2026-10-01", "2026-11-22", 39)).toEqual({ days: 52 });
    expect(babyAge("2026-10-01", "2026-11-22")).toEqual({ days: 52 });
  });

  it("corrects for the weeks a baby arrived early, and stops at two years", () => {
    // Born at 32 weeks: 8 weeks early.
    expect(babyAge("2026-09-01", "2026-11-22", 32)).toEqual({ days: 82, correctedDays: 82 - 56 });
    expect(babyAge("2026-11-01", "2026-11-22", 30)).toEqual({ days: 21, correctedDays: 21 - 70 });
    expect(babyAge("2024-11-01", "2026-11-22", 30)).toEqual({ days: 751 });
  });
});
