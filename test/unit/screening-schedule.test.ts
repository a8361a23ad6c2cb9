import { describe, expect, it } from "vitest";
import { addMonths, checkInRoleOf, suggestedCheckIns } from "../../src/domain/screening/schedule.js";

const born = { birthDate: "2026-01-31", dueDate: "2026-02-07" };
const expected = { birthDate: null, dueDate: "2026-06-01" };
const keys = (list: { key: string }[]) => list.map((s) => s.key);

describe("suggested check-in times", () => {
  it("adds calendar months, ending on the month's last day when it is shorter", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-15", 6)).toBe("2026-09-15");
    expect(addMonths("2026-11-30", 2)).toBe("2027-01-30");
  });

  it("suggests the mood check-ins after birth at 2 weeks, 1, 2, 4 and 6 months", () => {
    const all = suggestedCheckIns(born, "caregiver", [], "2026-01-31");
    expect(all).toEqual([
      {
        key: "after_birth_2_weeks",
        instrumentId: "phq9",
        from: "2026-02-14",
        until: "2026-02-28",
        status: "upcoming",
      },
      {
        key: "after_birth_1_month",
        instrumentId: "phq9",
        from: "2026-02-28",
        until: "2026-03-31",
        status: "upcoming",
      },
      {
        key: "after_birth_2_months",
        instrumentId: "phq9",
        from: "2026-03-31",
        until: "2026-05-31",
        status: "upcoming",
      },
      {
        key: "after_birth_4_months",
        instrumentId: "phq9",
        from: "2026-05-31",
        until: "2026-07-31",
        status: "upcoming",
      },
      {
        key: "after_birth_6_months",
        instrumentId: "phq9",
        from: "2026-07-31",
        until: "2026-08-31",
        status: "upcoming",
      },
    ]);
  });

  it("marks the open window due and drops windows that have passed, without calling them missed", () => {
    const list = suggestedCheckIns(born, "caregiver", [], "2026-03-05");
    expect(list[0]).toMatchObject({ key: "after_birth_1_month", status: "due" });
    expect(keys(list)).not.toContain("after_birth_2_weeks");
    expect(suggestedCheckIns(born, "caregiver", [], "2026-08-31")).toEqual([]);
  });

  it("leaves out a window already done, counting a check-in up to a week early and either mood instrument", () => {
    const early = [{ instrumentId: "epds", completedOn: "2026-02-22" }];
    expect(keys(suggestedCheckIns(born, "caregiver", early, "2026-03-01"))).not.toContain(
      "after_birth_1_month",
    );
    const tooEarly = [{ instrumentId: "phq9", completedOn: "2026-02-20" }];
    expect(keys(suggestedCheckIns(born, "caregiver", tooEarly, "2026-03-01"))).toContain(
      "after_birth_1_month",
    );
    const other = [{ instrumentId: "gad7", completedOn: "2026-03-01" }];
    expect(keys(suggestedCheckIns(born, "caregiver", other, "2026-03-01"))).toContain("after_birth_1_month");
  });

  it("offers the EPDS to the birthing parent where the server offers it, else the PHQ-9", () => {
    const withEpds = suggestedCheckIns(born, "birthing_parent", [], "2026-02-01");
    expect(withEpds[0]?.instrumentId).toBe("epds");
    const withoutEpds = suggestedCheckIns(born, "birthing_parent", [], "2026-02-01", (id) => id !== "epds");
    expect(withoutEpds[0]?.instrumentId).toBe("phq9");
    expect(suggestedCheckIns(born, "partner", [], "2026-02-01")[0]?.instrumentId).toBe("phq9");
  });

  it("suggests the pregnancy reflection in the third trimester: MAAS for the pregnant parent, PAAS for a partner", () => {
    const maas = suggestedCheckIns(expected, "birthing_parent", [], "2026-02-01");
    expect(maas).toEqual([
      {
        key: "pregnancy_third_trimester",
        instrumentId: "maas",
        from: "2026-03-09",
        until: "2026-06-01",
        status: "upcoming",
      },
    ]);
    expect(suggestedCheckIns(expected, "birthing_parent", [], "2026-03-09")[0]?.status).toBe("due");
    expect(suggestedCheckIns(expected, "partner", [], "2026-04-01")[0]?.instrumentId).toBe("paas");
    expect(suggestedCheckIns(expected, "partner", [], "2026-04-01", (id) => id !== "paas")).toEqual([]);
    expect(suggestedCheckIns(expected, "caregiver", [], "2026-04-01")).toEqual([]);
    const done = [{ instrumentId: "maas", completedOn: "2026-04-01" }];
    expect(suggestedCheckIns(expected, "birthing_parent", done, "2026-04-02")).toEqual([]);
    expect(suggestedCheckIns(expected, "birthing_parent", [], "2026-06-01")).toEqual([]);
  });

  it("suggests nothing without dates, and maps relationships to roles", () => {
    expect(
      suggestedCheckIns({ birthDate: null, dueDate: null }, "birthing_parent", [], "2026-01-01"),
    ).toEqual([]);
    expect(checkInRoleOf("mother")).toBe("birthing_parent");
    expect(checkInRoleOf("father")).toBe("partner");
    expect(checkInRoleOf("partner")).toBe("partner");
    expect(checkInRoleOf("grandparent")).toBe("caregiver");
    expect(checkInRoleOf("parent")).toBe("caregiver");
  });
});
