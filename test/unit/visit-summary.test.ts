import { describe, expect, it } from "vitest";
import { visitSummary } from "../../src/domain/guidance/visit.js";
import { zonedTime } from "../../src/domain/time.js";

const zone = "Europe/London";
const at = (date: string, hour: number) => zonedTime(date, hour, 0, zone);
let n = 0;
const e = (type: string, start: number, details: Record<string, unknown> = {}, extra = {}) => ({
  id: String(n++),
  type,
  startedAt: start,
  endedAt: null,
  details,
  note: null,
  ...extra,
});

describe("the visit summary", () => {
  const entries = [
    e("feed", at("2026-11-19", 8), { method: "bottle", amountMl: 120 }),
    e("feed", at("2026-11-19", 11), { method: "bottle", amountMl: 90 }),
    e("feed", at("2026-11-19", 14), { method: "breast" }),
    e("diaper", at("2026-11-19", 9), { kind: "both" }),
    e("diaper", at("2026-11-19", 12), { kind: "wet" }),
    e("sleep", at("2026-11-19", 22), {}, { endedAt: at("2026-11-20", 5) }),
    e("growth", at("2026-11-18", 10), { weightKg: 5.2 }),
    e("temperature", at("2026-11-20", 7), { celsius: 37.9 }),
    e("note", at("2026-11-20", 9), { forVisit: true }, { note: "Is the rash on her cheek normal?" }),
    e("note", at("2026-11-20", 10), {}, { note: "Smiled at her grandad" }),
    e("feed", at("2026-11-01", 8), { method: "bottle", amountMl: 500 }), // before the fortnight
  ];
  const summary = visitSummary(entries, "2026-11-20", 7, zone, at("2026-11-20", 12));

  it("counts each day's feeds, bottle volume, diapers and sleep across midnight", () => {
    expect(summary.days).toHaveLength(7);
    expect(summary.from).toBe("2026-11-14");
    const day = summary.days.find((d) => d.date === "2026-11-19");
    expect(day).toMatchObject({
      feeds: 3,
      breastFeeds: 1,
      bottleMl: 210,
      wet: 2,
      dirty: 1,
      sleepMinutes: 120,
    });
    expect(summary.days.find((d) => d.date === "2026-11-20")?.sleepMinutes).toBe(300);
  });

  it("lists growth, temperatures, notes, and the questions saved for the visit apart from other notes", () => {
    expect(summary.growth).toEqual([{ at: at("2026-11-18", 10), weightKg: 5.2 }]);
    expect(summary.temperatures).toEqual([{ at: at("2026-11-20", 7), celsius: 37.9 }]);
    expect(summary.questions.map((q) => q.text)).toEqual(["Is the rash on her cheek normal?"]);
    expect(summary.notes.map((q) => q.text)).toEqual(["Smiled at her grandad"]);
  });

  it("leaves out what happened before the period", () => {
    expect(summary.days.reduce((a, d) => a + d.bottleMl, 0)).toBe(210);
  });
});
