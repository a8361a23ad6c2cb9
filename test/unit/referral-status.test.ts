import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  moveReferral,
  nextReferralStatuses,
  type ReferralStatus,
  referralStatuses,
} from "../../src/domain/referral.js";

describe("a referral's status", () => {
  it("follows the family's path: suggested → contacted → booked → attended", () => {
    const path: ReferralStatus[] = ["suggested", "contacted", "booked", "attended"];
    for (let i = 1; i < path.length; i++)
      expect(moveReferral(path[i - 1] as ReferralStatus, path[i] as ReferralStatus)).toEqual({
        ok: true,
        changed: true,
      });
  });

  it("lets a call that both reaches and books skip a step, but not attending without a booking", () => {
    expect(moveReferral("suggested", "booked").ok).toBe(true);
    expect(moveReferral("suggested", "attended")).toEqual({
      ok: false,
      from: "suggested",
      to: "attended",
      allowed: ["contacted", "booked", "declined"],
    });
    expect(moveReferral("contacted", "attended").ok).toBe(false);
  });

  it("can be declined at any point before attending, and picked up again after", () => {
    for (const from of ["suggested", "contacted", "booked"] as const)
      expect(moveReferral(from, "declined").ok).toBe(true);
    expect(moveReferral("attended", "declined").ok).toBe(false);
    expect(moveReferral("declined", "suggested")).toEqual({ ok: true, changed: true });
    expect(moveReferral("declined", "booked").ok).toBe(false);
  });

  it("never walks backwards, and ends at attended", () => {
    expect(moveReferral("booked", "contacted").ok).toBe(false);
    expect(moveReferral("contacted", "suggested").ok).toBe(false);
    expect(nextReferralStatuses("attended")).toEqual([]);
  });

  it("treats setting the status it already has as no change, so a double tap never fails", () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStatuses), (s) => {
        expect(moveReferral(s, s)).toEqual({ ok: true, changed: false });
      }),
    );
  });

  it("allows exactly the moves it lists, and says which ones when it refuses", () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStatuses), fc.constantFrom(...referralStatuses), (from, to) => {
        const move = moveReferral(from, to);
        if (from === to) return;
        expect(move.ok).toBe(nextReferralStatuses(from).includes(to));
        if (!move.ok) expect(move.allowed).toEqual(nextReferralStatuses(from));
      }),
    );
  });

  it("always reaches attended or declined from anywhere: no status is a dead end but the last", () => {
    const reach = (from: ReferralStatus, seen = new Set<ReferralStatus>()): Set<ReferralStatus> => {
      seen.add(from);
      for (const to of nextReferralStatuses(from)) if (!seen.has(to)) reach(to, seen);
      return seen;
    };
    for (const s of referralStatuses) {
      if (s === "attended") continue;
      expect(reach(s).has("attended"), s).toBe(true);
    }
  });
});
