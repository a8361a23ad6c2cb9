// Who gets which tabs: a phone's bottom bar holds four places and "More"; the rest, and the account's
// settings, go in the More sheet. Each person lands on their own first tab.
import { describe, expect, it } from "vitest";
import { MAX_TABS, navPlan } from "../../src/web/app/nav/destinations.js";

const ids = (places: { id: string }[]) => places.map((p) => p.id);

describe("the navigation plan", () => {
  it("gives a parent with a baby the log's rooms as tabs, and the rest in More with Settings last", () => {
    const plan = navPlan({ signedIn: true, role: "caregiver", hasLog: true });
    expect(ids(plan.tabs)).toEqual(["today", "week", "history", "guide"]);
    expect(ids(plan.more)).toEqual(["wellbeing", "family", "directory", "settings"]);
  });

  it("keeps check-ins within reach of someone expecting, with no baby yet", () => {
    const plan = navPlan({ signedIn: true, role: "caregiver", hasLog: false });
    expect(ids(plan.tabs)).toContain("wellbeing");
    expect(ids(plan.tabs)).not.toContain("week");
  });

  it("starts a clinician at the caseload and never shows them the family log's rooms", () => {
    const plan = navPlan({ signedIn: true, role: "clinician", hasLog: false });
    expect(plan.tabs[0]?.id).toBe("caseload");
    expect([...ids(plan.tabs), ...ids(plan.more)]).not.toContain("today");
  });

  it("puts moderation first for a moderator, and admin in More for an admin", () => {
    const moderator = navPlan({ signedIn: true, role: "moderator" });
    expect(moderator.tabs[0]?.id).toBe("moderation");
    const admin = navPlan({ signedIn: true, role: "caregiver", isAdmin: true, hasLog: true });
    expect(ids(admin.more)).toContain("moderation");
    expect(ids(admin.more).slice(-2)).toEqual(["settings", "admin"]);
  });

  it("gives a provider their listing first", () => {
    const plan = navPlan({ signedIn: true, role: "clinician", hasListing: true });
    expect([...ids(plan.tabs), ...ids(plan.more)]).toContain("myListing");
    const caregiverProvider = navPlan({ signedIn: true, role: "caregiver", hasListing: true });
    expect(caregiverProvider.tabs[0]?.id).toBe("myListing");
  });

  it("offers a visitor with no account the directory, Sign in and Create account", () => {
    const plan = navPlan({ signedIn: false });
    expect(ids(plan.tabs)).toEqual(["directory", "signIn", "signUp"]);
    expect(plan.more).toEqual([]);
  });

  it("never has more than four tabs, whatever the person's roles", () => {
    for (const role of ["caregiver", "clinician", "moderator"])
      for (const hasLog of [true, false])
        for (const isAdmin of [true, false])
          for (const hasListing of [true, false]) {
            const plan = navPlan({ signedIn: true, role, hasLog, isAdmin, hasListing });
            expect(plan.tabs.length).toBeLessThanOrEqual(MAX_TABS);
            const all = [...ids(plan.tabs), ...ids(plan.more)];
            expect(new Set(all).size).toBe(all.length);
            expect(all).toContain("settings");
          }
  });
});
