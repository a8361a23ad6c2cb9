import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CheckInSchedule,
  checkInStatus,
  EARLY_DAYS,
  MAX_TIMES,
  occurrences,
  scheduleProblem,
} from "../../src/domain/checkin-request.js";
import { addCalendarDays } from "../../src/domain/time.js";

const once = (startsOn: string): CheckInSchedule => ({
  startsOn,
  everyWeeks: null,
  until: null,
  times: null,
});
const every = (startsOn: string, everyWeeks: number, end: { until?: string; times?: number }) => ({
  startsOn,
  everyWeeks,
  until: end.until ?? null,
  times: end.times ?? null,
});
const dues = (s: CheckInSchedule) => occurrences(s).map((o) => o.dueOn);

describe("the due dates of a check-in request", () => {
  it.each([
    ["once", once("2026-03-02"), ["2026-03-02"]],
    [
      "every 4 weeks, 3 times",
      every("2026-03-02", 4, { times: 3 }),
      ["2026-03-02", "2026-03-30", "2026-04-27"],
    ],
    [
      "every 2 weeks until a date, the date itself included",
      every("2026-12-21", 2, { until: "2027-01-18" }),
      ["2026-12-21", "2027-01-04", "2027-01-18"],
    ],
    ["until the start date: just the one", every("2026-03-02", 12, { until: "2026-03-02" }), ["2026-03-02"]],
    ["across a leap day", every("2028-02-22", 1, { times: 2 }), ["2028-02-22", "2028-02-29"]],
  ])("%s", (_, schedule, expected) => {
    expect(dues(schedule)).toEqual(expected);
  });

  it("opens each window a few days early and closes it when the next one opens", () => {
    expect(occurrences(every("2026-03-02", 4, { times: 2 }))).toEqual([
      { dueOn: "2026-03-02", opensOn: "2026-02-27", closesOn: "2026-03-27" },
      { dueOn: "2026-03-30", opensOn: "2026-03-27", closesOn: "2026-04-24" },
    ]);
    // A single check-in stays open four weeks.
    expect(occurrences(once("2026-03-02"))).toEqual([
      { dueOn: "2026-03-02", opensOn: "2026-02-27", closesOn: "2026-03-27" },
    ]);
  });
});

describe("where a request stands", () => {
  const s = every("2026-03-02", 4, { times: 3 }); // due 03-02, 03-30, 04-27
  it.each([
    [
      "before the first window opens",
      [],
      "2026-02-20",
      { state: "upcoming", latest: null, nextDueOn: "2026-03-02" },
    ],
    ["the window is open a few days early", [], "2026-02-27", { state: "due", nextDueOn: "2026-03-30" }],
    ["done early still counts", ["2026-02-28"], "2026-03-05", { state: "done", latestDone: true }],
    ["done for the last window does not count for this one", ["2026-02-28"], "2026-03-28", { state: "due" }],
    [
      "done before the window does not count",
      ["2026-02-20"],
      "2026-03-02",
      { state: "due", latestDone: false },
    ],
    ["after the last window closes", [], "2026-05-30", { state: "finished", nextDueOn: null }],
    ["the last window is open", ["2026-04-27"], "2026-05-01", { state: "done", nextDueOn: null }],
  ] as const)("%s", (_, done, today, expected) => {
    expect(checkInStatus(s, done, today)).toMatchObject(expected);
  });

  it("names the latest due date whose window has opened", () => {
    expect(checkInStatus(s, [], "2026-04-10").latest?.dueOn).toBe("2026-03-30");
  });
});

describe("what a schedule must be", () => {
  const today = "2026-03-01";
  it.each([
    [once(today), null],
    [once("2026-02-28"), /startsOn: choose today or a later date/],
    [once("2027-03-02"), /within 365 days/],
    [{ ...once(today), times: 3 }, /repeating request/],
    [every(today, 4, {}), /needs an end/],
    [every(today, 4, { times: 3, until: "2026-06-01" }), /not both/],
    [every(today, 13, { times: 3 }), /1 to 12/],
    [every(today, 0, { times: 3 }), /1 to 12/],
    [every(today, 2, { times: 0 }), /from 1 to 52/],
    [every(today, 2, { times: 53 }), /from 1 to 52/],
    [every(today, 2, { until: "2026-02-01" }), /on or after startsOn/],
    [every(today, 1, { until: addCalendarDays(today, MAX_TIMES * 7) }), /more than 52/],
    [every(today, 1, { until: addCalendarDays(today, MAX_TIMES * 7 - 1) }), null],
  ])("%j", (schedule, problem) => {
    const found = scheduleProblem(schedule, today);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

const date = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays("2025-01-01", n));
const schedule = fc.oneof(
  date.map(once),
  fc
    .record({
      startsOn: date,
      everyWeeks: fc.integer({ min: 1, max: 12 }),
      times: fc.integer({ min: 1, max: MAX_TIMES }),
    })
    .map((r) => every(r.startsOn, r.everyWeeks, { times: r.times })),
  fc
    .record({
      startsOn: date,
      everyWeeks: fc.integer({ min: 1, max: 12 }),
      weeks: fc.integer({ min: 0, max: 400 }),
    })
    .map((r) => every(r.startsOn, r.everyWeeks, { until: addCalendarDays(r.startsOn, r.weeks * 7) })),
);

describe("properties of every schedule", () => {
  it("starts on its start date, keeps its step, its count and its end", () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const all = occurrences(s);
        expect(all[0]?.dueOn).toBe(s.startsOn);
        expect(all.length).toBeLessThanOrEqual(s.everyWeeks === null ? 1 : (s.times ?? MAX_TIMES));
        for (const [i, o] of all.entries()) {
          expect(o.opensOn).toBe(addCalendarDays(o.dueOn, -EARLY_DAYS));
          expect(o.opensOn < o.closesOn).toBe(true);
          if (s.until !== null) expect(o.dueOn <= s.until).toBe(true);
          const next = all[i + 1];
          // Windows tile: one check-in can never count for two due dates.
          if (next) {
            expect(next.dueOn).toBe(addCalendarDays(o.dueOn, (s.everyWeeks ?? 0) * 7));
            expect(next.opensOn).toBe(o.closesOn);
          }
        }
        // Nothing is left out before the end: the next step would pass `until`, or the count is reached.
        const last = all.at(-1);
        if (s.everyWeeks !== null && s.until !== null && last && all.length < MAX_TIMES)
          expect(addCalendarDays(last.dueOn, s.everyWeeks * 7) > s.until).toBe(true);
      }),
    );
  });

  it("is due or done exactly when today is inside a window, and done only by a check-in inside it", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.integer({ min: -30, max: 900 }),
        fc.array(fc.integer({ min: -30, max: 900 })),
        (s, t, ds) => {
          const today = addCalendarDays(s.startsOn, t);
          const done = ds.map((d) => addCalendarDays(s.startsOn, d)).filter((d) => d <= today);
          const status = checkInStatus(s, done, today);
          const inside = occurrences(s).find((o) => o.opensOn <= today && today < o.closesOn);
          if (inside) {
            expect(status.latest).toEqual(inside);
            const counted = done.some((d) => d >= inside.opensOn && d < inside.closesOn);
            expect(status.state).toBe(counted ? "done" : "due");
          } else expect(["upcoming", "finished"]).toContain(status.state);
          if (status.nextDueOn !== null)
            // The next due date is the first whose window has not opened yet.
            expect(addCalendarDays(status.nextDueOn, -EARLY_DAYS) > today).toBe(true);
          // Without any check-in nothing is ever "done".
          expect(checkInStatus(s, [], today).state).not.toBe("done");
        },
      ),
    );
  });

  it("accepts every schedule it can describe from today on", () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const problem = scheduleProblem(s, s.startsOn);
        const tooMany =
          s.everyWeeks !== null &&
          s.until !== null &&
          s.until >= addCalendarDays(s.startsOn, MAX_TIMES * s.everyWeeks * 7);
        expect(problem === null).toBe(!tooMany);
      }),
    );
  });
});
