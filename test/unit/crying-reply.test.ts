// The crying helper's reply is built once (src/contract/crying-reply.ts): by the server from the family's log,
// and by the web offline from its bundled content. Both keep the contract the web renders.
import { describe, expect, it } from "vitest";
import { soothingSuggestions } from "../../src/content/crying.js";
import { cryingReplySchema } from "../../src/contract/crying.js";
import { cryingReply } from "../../src/contract/crying-reply.js";
import {
  type CryingAlert,
  cryingReasons,
  type RankedReason,
  type Why,
} from "../../src/domain/guidance/crying.js";

const why: Why = { code: "last_feed", values: { minutes: 200 } };
// Hunger the likeliest, then the rest in their listed order.
const reasons: RankedReason[] = cryingReasons.map((key, i) => ({
  key,
  rank: i + 1,
  score: 100 - i * 10,
  why,
  whyText: "last feed 3 h 20 min ago",
}));
const age = { days: 30, correctedDays: 30, estimated: false };
const now = Date.parse("2026-03-01T12:00:00Z");
const helped = [
  { method: "rocking" as const, count: 3, lastAt: now - 86_400_000 },
  { method: "feeding" as const, count: 1, lastAt: now - 3 * 86_400_000 },
];

describe("the crying reply", () => {
  it("offers the server's six ways to soothe for the likeliest reasons first, with what helped before", () => {
    const reply = cryingReply({
      lang: "en",
      region: "US",
      age,
      alerts: [],
      reasons,
      helped,
      mostSuggestions: 6,
    });
    const rank = new Map(reasons.map((r) => [r.key as string, r.rank]));
    const best = reply.soothing.suggestions.map((s) =>
      Math.min(...s.forReasons.map((k) => rank.get(k) ?? 99)),
    );
    expect(reply.soothing.suggestions).toHaveLength(6);
    expect(best).toEqual([...best].sort((a, b) => a - b));
    expect(reply.soothing.suggestions[0]?.forReasons).toContain("hunger");
    const rocking = soothingSuggestions.find((s) => s.helped === "rocking");
    expect(reply.soothing.helpedBefore[0]).toMatchObject({
      method: "rocking",
      count: 3,
      suggestion: rocking?.key,
    });
    expect(reply.reasons.map((r) => r.key)).toEqual([...cryingReasons]);
    expect(cryingReplySchema.safeParse(reply).success).toBe(true);
  });

  it("offline, offers every way to soothe that suits the baby's age, in the content's order", () => {
    const reply = cryingReply({ lang: "es", region: "MX", age, alerts: [], reasons: [], helped: [] });
    const suited = soothingSuggestions.filter((s) => s.untilDays === undefined || age.days < s.untilDays);
    expect(reply.soothing.suggestions.map((s) => s.key)).toEqual(suited.map((s) => s.key));
    expect(reply.soothing.suggestions.every((s) => s.helpedBefore === 0)).toBe(true);
    expect(reply.reasons).toEqual([]);
    expect(cryingReplySchema.safeParse(reply).success).toBe(true);
  });

  it("has a warning sign for every alert the log can raise, shown first", () => {
    const keys: CryingAlert["key"][] = ["fever", "fever_3_to_6_months", "fever_older"];
    for (const key of keys) {
      const alert: CryingAlert = {
        key,
        urgent: true,
        why: { code: "temperature", values: { celsius: 39 } },
        whyText: "39 °C",
      };
      const reply = cryingReply({ lang: "en", region: "GB", age, alerts: [alert], reasons: [], helped: [] });
      expect(reply.redFlags[0]).toMatchObject({ key, urgent: true, whyText: "39 °C" });
      expect(reply.redFlags.filter((f) => f.key === key)).toHaveLength(1);
    }
  });
});
