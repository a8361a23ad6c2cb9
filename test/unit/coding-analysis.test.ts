import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohensKappa, unitLabels } from "../../src/domain/coding/agreement.js";
import { analyse } from "../../src/domain/coding/analysis.js";
import type { CodedEvent } from "../../src/domain/coding/events.js";
import { unitsOf } from "../../src/domain/coding/units.js";
import { associationOf, windowTable } from "../../src/domain/coding/window-table.js";

const point = (code: string, at: number): CodedEvent => ({ code, at });
const state = (code: string, at: number, end: number): CodedEvent => ({ code, at, end });

describe("a coded session, worked by hand (issue 19's definitions)", () => {
  // T = 10 s in 1 s units, window 3 s. Gaze at 1, 5, 8.5; mirroring at 0.5, 2.5, 6, 7; held 0–4 and 6–7.5.
  const session = analyse({
    duration: 10,
    unit: 1,
    window: 3,
    coders: [
      {
        id: "ana",
        events: [
          point("gaze", 1),
          point("mirror", 0.5),
          state("held", 0, 4),
          point("mirror", 2.5),
          point("gaze", 5),
          point("mirror", 6),
          state("held", 6, 7.5),
          point("mirror", 7),
          point("gaze", 8.5),
        ],
      },
    ],
    pairs: [{ given: "gaze", target: "mirror" }],
  });
  const pair = session.pairs[0];

  it("times each response before the given code comes again", () => {
    // 1 → 2.5 and 5 → 6; the gaze at 8.5 has no answer before the session ends.
    expect(pair).toMatchObject({
      givenCount: 3,
      followed: 2,
      latency: { values: [1.5, 1], median: 1.25, mean: 1.25 },
    });
    expect(pair?.contingency).toBeCloseTo(2 / 3);
  });

  it("counts the 2×2 over units and derives Q, the odds ratio and the adjusted residual", () => {
    // Windows cover units 1–3, 5–7 and 8–9; target onsets fall in units 0, 2, 6, 7.
    expect(pair?.table).toEqual({ a: 3, b: 5, c: 1, d: 1 });
    expect(pair?.yulesQ).toBeCloseTo(-0.25);
    expect(pair?.oddsRatio).toBeCloseTo(0.6);
    // E = 8·4/10 = 3.2; (3 − 3.2)/√(3.2·0.2·0.6)
    expect(pair?.adjustedResidual).toBeCloseTo(-0.2 / Math.sqrt(0.384));
  });

  it("adds up the time in each state and counts lag-1 transitions between points", () => {
    expect(session.budgets).toEqual([
      { coder: "ana", code: "held", total: 5.5, share: 0.55, bouts: 2, meanBout: 2.75 },
    ]);
    // In time order: mirror, gaze, mirror, gaze, mirror, mirror, gaze.
    expect(session.transitions.ana).toEqual({
      codes: ["mirror", "gaze"],
      counts: [
        [1, 3],
        [2, 0],
      ],
      probabilities: [
        [0.25, 0.75],
        [1, 0],
      ],
    });
    expect(session.agreement).toBeUndefined();
  });
});

describe("empty cells", () => {
  it("leaves Q null when ad + bc = 0, and the odds ratio and residual null when they cannot be had", () => {
    const units = unitsOf(6, 1);
    // Windows [0,3) and [3,6) cover every unit: nothing is left to compare against.
    const everywhere = associationOf(windowTable(units, [0, 3], [2, 4.5], 3));
    expect(everywhere).toEqual({
      table: { a: 2, b: 4, c: 0, d: 0 },
      yulesQ: null,
      oddsRatio: null,
      adjustedResidual: null,
    });
    const fussTouch = associationOf(windowTable(units, [0.5], [1.25], 3));
    expect(fussTouch.table).toEqual({ a: 1, b: 3, c: 0, d: 2 });
    expect(fussTouch.yulesQ).toBe(1);
    expect(fussTouch.oddsRatio).toBeNull();
    expect(fussTouch.adjustedResidual).toBeCloseTo(Math.sqrt(0.6));
  });

  it("puts a time on a unit's edge into the unit that starts there, despite floating point", () => {
    // 0.3 / 0.1 is 2.9999999999999996: the onset still belongs to unit 3.
    const table = windowTable(unitsOf(1, 0.1), [0.1], [0.3], 0.1);
    expect(table).toEqual({ a: 0, b: 1, c: 1, d: 8 });
  });
});

describe("two coders", () => {
  const ana = [
    point("smile", 0.25),
    point("gaze", 1.5),
    state("held", 2.2, 4.0),
    point("gaze", 3.25),
    point("smile", 3.75),
  ];
  const ben = [
    point("smile", 0.5),
    state("held", 2.0, 3.6),
    point("gaze", 3.0),
    point("smile", 3.5),
    point("reach", 4.5),
  ];
  const session = analyse({
    duration: 5,
    coders: [
      { id: "ana", events: ana },
      { id: "ben", events: ben },
    ],
    pairs: [],
  });

  it("labels each unit by its point onsets and the states over its midpoint", () => {
    const units = unitsOf(5, 1);
    expect(unitLabels(units, ana)).toEqual(["smile", "gaze", "held", "gaze+held+smile", "none"]);
    expect(unitLabels(units, ben)).toEqual(["smile", "none", "held", "gaze+held+smile", "reach"]);
  });

  it("computes κ over the units with its confusion matrix, and matches points within the tolerance", () => {
    // po = 3/5, pe = 4/25: κ = (0.6 − 0.16)/0.84 = 11/21.
    expect(session.agreement?.kappa).toBeCloseTo(11 / 21);
    expect(session.agreement?.units).toBe(5);
    expect(session.agreement?.points).toEqual({ tolerance: 1, agreements: 3, onlyA: 1, onlyB: 1 });
    const { labels, counts } = session.agreement?.confusion ?? { labels: [], counts: [] };
    const cells = labels
      .flatMap((a, i) => labels.map((b, j) => [`${a} × ${b}`, counts[i]?.[j]] as const))
      .filter(([, n]) => n);
    expect(Object.fromEntries(cells)).toEqual({
      "smile × smile": 1,
      "gaze × none": 1,
      "held × held": 1,
      "gaze+held+smile × gaze+held+smile": 1,
      "none × reach": 1,
    });
  });

  it("gives no κ when both coders said the same one thing throughout", () => {
    expect(cohensKappa(["none", "none"], ["none", "none"]).kappa).toBeNull();
  });
});

describe("properties", () => {
  const onsets = (max: number) => fc.array(fc.double({ min: 0, max, noNaN: true }), { maxLength: 40 });
  const coded = (max: number) =>
    fc.array(
      fc.record({
        code: fc.constantFrom("gaze", "smile", "touch"),
        at: fc.double({ min: 0, max, noNaN: true }),
      }),
      { maxLength: 30 },
    );

  it("keeps Yule's Q within [−1, 1]", () => {
    fc.assert(
      fc.property(onsets(60), onsets(60), fc.integer({ min: 1, max: 10 }), (given, target, window) => {
        const { yulesQ } = associationOf(windowTable(unitsOf(60, 1), given.sort(), target.sort(), window));
        return yulesQ === null || (yulesQ >= -1 && yulesQ <= 1);
      }),
    );
  });

  it("gives the same κ whichever coder is A", () => {
    fc.assert(
      fc.property(coded(20), coded(20), (a, b) => {
        const units = unitsOf(20, 1);
        const ab = cohensKappa(unitLabels(units, a), unitLabels(units, b)).kappa;
        const ba = cohensKappa(unitLabels(units, b), unitLabels(units, a)).kappa;
        return ab === null ? ba === null : Math.abs(ab - (ba as number)) < 1e-9;
      }),
    );
  });

  it("leaves the 2×2 unchanged when every event moves by a whole number of units", () => {
    // Events in the first half, windows short enough to end before the session does even after the shift.
    fc.assert(
      fc.property(
        onsets(40),
        onsets(40),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 20 }),
        (given, target, window, shift) => {
          const units = unitsOf(100, 1);
          const before = windowTable(units, given, target, window);
          const moved = (ts: number[]) => ts.map((t) => t + shift);
          return (
            JSON.stringify(windowTable(units, moved(given), moved(target), window)) === JSON.stringify(before)
          );
        },
      ),
    );
  });
});
