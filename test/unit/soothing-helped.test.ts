import { describe, expect, it } from "vitest";
import { type SoothingEntry, whatHelped } from "../../src/domain/guidance/soothing.js";

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 20, 12);
const helped = (daysAgo: number, ...methods: string[]): SoothingEntry => ({
  startedAt: now - daysAgo * DAY,
  details: { helped: methods },
});

describe("what helped this baby before", () => {
  it("counts what helped and returns the top three with their counts", () => {
    const top = whatHelped(
      [
        helped(1, "rocking", "shushing"),
        helped(2, "rocking"),
        helped(3, "rocking", "walking"),
        helped(4, "shushing"),
        helped(5, "singing"),
      ],
      now,
    );
    expect(top.map((h) => [h.method, h.count])).toEqual([
      ["rocking", 3],
      ["shushing", 2],
      ["walking", 1],
    ]);
    expect(top[0]?.lastAt).toBe(now - DAY);
  });

  it("weighs recent help above older help, even when the older was more often", () => {
    const top = whatHelped(
      [
        helped(50, "swaddling"),
        helped(51, "swaddling"),
        helped(52, "swaddling"),
        helped(1, "holding_close"),
        helped(2, "holding_close"),
      ],
      now,
    );
    expect(top.map((h) => h.method)).toEqual(["holding_close", "swaddling"]);
    expect(top.find((h) => h.method === "swaddling")?.count).toBe(3);
  });

  it("looks back 60 days only, and never at entries in the future", () => {
    const top = whatHelped([helped(61, "rocking"), helped(59, "walking"), helped(-1, "singing")], now);
    expect(top.map((h) => h.method)).toEqual(["walking"]);
  });

  it("skips 'other', repeats within one entry, unreadable details and excluded methods", () => {
    const top = whatHelped(
      [
        helped(1, "other"),
        helped(1, "rocking", "rocking"),
        { startedAt: now - DAY, details: { helped: ["juggling"] } },
        { startedAt: now - DAY, details: { helped: "rocking" } },
        helped(2, "swaddling"),
      ],
      now,
      { exclude: ["swaddling"] },
    );
    expect(top).toEqual([{ method: "rocking", count: 1, lastAt: now - DAY }]);
  });

  it("is empty when nothing was logged as helping", () => {
    expect(whatHelped([], now)).toEqual([]);
    expect(whatHelped([helped(1)], now)).toEqual([]);
  });
});
