import { describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { stageFit, stageOf } from "../../src/domain/screening/fit.js";
import { mergeSuggestions, suggestedCheckIns } from "../../src/domain/screening/schedule.js";

const today = "2026-05-01";
const born = { birthDate: "2026-03-20", dueDate: "2026-03-25", today };
const onTheWay = { birthDate: null, dueDate: "2026-07-01", today };
const fitOf = (id: keyof typeof instruments, stage: ReturnType<typeof stageOf>) =>
  stageFit({ id, audience: instruments[id].attune.audience }, stage);

describe("which questionnaires fit where a person is", () => {
  it("reads the stage from every baby: on the way, born, both or neither", () => {
    expect(stageOf([onTheWay])).toEqual({ expecting: true, afterBirth: false });
    expect(stageOf([born])).toEqual({ expecting: false, afterBirth: true });
    expect(stageOf([born, onTheWay])).toEqual({ expecting: true, afterBirth: true });
    expect(stageOf([])).toEqual({ expecting: false, afterBirth: false });
  });

  it("counts a baby not marked born as on the way up to two weeks past the due date, not after", () => {
    expect(stageOf([{ birthDate: null, dueDate: "2026-04-17", today }]).expecting).toBe(true);
    expect(stageOf([{ birthDate: null, dueDate: "2026-04-16", today }]).expecting).toBe(false);
  });

  it("does not offer the MAAS (or the PAAS) after the birth, nor before there is a pregnancy", () => {
    const afterBirth = stageOf([born]);
    expect(fitOf("maas", afterBirth)).toBe("pregnancy_only");
    expect(fitOf("paas", afterBirth)).toBe("pregnancy_only");
    expect(fitOf("maas", stageOf([]))).toBe("pregnancy_only");
    expect(fitOf("maas", stageOf([onTheWay]))).toBe("fits");
  });

  it("does not offer the PBQ before a baby is born, nor the other questionnaires about life after the birth", () => {
    const expecting = stageOf([onTheWay]);
    expect(fitOf("pbq", expecting)).toBe("after_birth_only");
    expect(fitOf("kpcs", expecting)).toBe("after_birth_only");
    expect(fitOf("citybits", expecting)).toBe("after_birth_only");
    expect(fitOf("pbq", stageOf([born]))).toBe("fits");
  });

  it("offers the mood and anxiety questionnaires at any stage", () => {
    for (const stage of [stageOf([]), stageOf([onTheWay]), stageOf([born])])
      for (const id of ["phq9", "gad7", "epds"] as const) expect(fitOf(id, stage)).toBe("fits");
  });

  it("offers both kinds to someone with a baby and another on the way", () => {
    const both = stageOf([born, onTheWay]);
    expect(fitOf("maas", both)).toBe("fits");
    expect(fitOf("pbq", both)).toBe("fits");
  });
});

describe("suggestions over every baby", () => {
  it("suggests from each baby, one invitation per questionnaire, the one due now before one to come", () => {
    const older = { birthDate: "2025-12-01", dueDate: null };
    const newborn = { birthDate: "2026-04-25", dueDate: null };
    const expected = { birthDate: null, dueDate: "2026-06-01" };
    const lists = [older, newborn, expected].map((b) => suggestedCheckIns(b, "birthing_parent", [], today));
    const merged = mergeSuggestions(lists);
    // The five-month-old's 4-month mood check-in is due now; the newborn's 2-week one has not opened yet.
    expect(merged.find((s) => s.instrumentId === "epds")).toMatchObject({
      key: "after_birth_4_months",
      status: "due",
    });
    // The pregnancy reflection comes from the expected baby, even with born babies first.
    expect(merged.find((s) => s.instrumentId === "maas")).toMatchObject({
      key: "pregnancy_third_trimester",
      status: "due",
    });
    expect(merged).toHaveLength(2);
  });

  it("keeps the window that closes first when both are due", () => {
    const a = {
      key: "a",
      instrumentId: "phq9",
      from: "2026-04-01",
      until: "2026-05-10",
      status: "due" as const,
    };
    const b = { ...a, key: "b", until: "2026-05-03" };
    expect(mergeSuggestions([[a], [b]])).toEqual([b]);
  });
});
