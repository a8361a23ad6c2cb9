import { describe, expect, it } from "vitest";
import {
  checkFamilyExport,
  type FamilyExport,
  familyExportHeaderSchema,
  familyExportSchema,
} from "../../src/domain/family-export.js";

const now = Date.parse("2026-11-22T12:00:00.000Z");
const at = (minutesBefore: number) => new Date(now - minutesBefore * 60_000).toISOString();

/** The smallest whole document: one family, one baby, one entry. */
function document(change: Partial<FamilyExport> = {}): FamilyExport {
  return {
    format: "attune-family-export",
    formatVersion: 1,
    attuneVersion: "0.1.0",
    exportedAt: at(0),
    exportedBy: { id: "u1", name: "Ana" },
    family: {
      id: "f1",
      name: "The Tanes",
      timeZone: "Pacific/Auckland",
      region: null,
      customTypes: [],
      createdAt: at(9000),
    },
    caregivers: [
      {
        id: "u1",
        name: "Ana",
        relationship: "mother",
        permission: "owner",
        joinedAt: at(9000),
        you: true,
      },
    ],
    babies: [
      {
        id: "b1",
        name: "Aroha",
        status: "born",
        birthDate: "2026-10-01",
        dueDate: null,
        gestationalWeeks: null,
        sex: null,
      },
    ],
    entries: [
      {
        id: "0190f1d2-7c00-7000-8000-000000000001",
        babyId: "b1",
        caregiverId: "u1",
        type: "diaper",
        startedAt: at(30),
        endedAt: null,
        details: { kind: "wet" },
        moments: [],
        cues: [],
        feeling: null,
        note: null,
        createdAt: at(30),
        updatedAt: at(30),
      },
    ],
    screenings: [],
    thoughtRecords: [],
    careTeam: { observations: [], referrals: [], assignments: [], checkinRequests: [] },
    shares: [],
    accessLog: [],
    ...change,
  };
}

describe("the family export document", () => {
  it("reads what it writes, and checks each entry as the log would", () => {
    const doc = document();
    expect(familyExportSchema.parse(doc)).toEqual(doc);
    const check = checkFamilyExport(doc, now);
    expect(check.ok).toBe(true);
    if (check.ok)
      expect(check.entries[0]).toMatchObject({
        id: doc.entries[0]?.id,
        babyId: "b1",
        type: "diaper",
        startedAt: now - 30 * 60_000,
        details: { kind: "wet" },
      });
  });

  it("tells a baby's export, another app's file and a newer Attune's apart, by the header alone", () => {
    const says = (body: unknown) => {
      const parsed = familyExportHeaderSchema.safeParse(body);
      return parsed.success ? "" : parsed.error.issues.map((i) => i.message).join("; ");
    };
    expect(says({ format: "attune-export", version: 1 })).toMatch(/one baby's log/);
    expect(says({ babies: [] })).toMatch(/not an Attune family export/);
    expect(says({ format: "attune-family-export", formatVersion: 3 })).toMatch(/newer Attune/);
    expect(says(document())).toBe("");
  });

  it("refuses unknown fields, an unknown time zone and a baby with neither date", () => {
    const base = document();
    const problems = (doc: unknown) =>
      familyExportSchema.safeParse(doc).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(problems({ ...base, extra: 1 })).toEqual([""]);
    expect(problems({ ...base, family: { ...base.family, timeZone: "Nowhere/Land" } })).toEqual([
      "family.timeZone",
    ]);
    const [baby] = base.babies;
    expect(problems({ ...base, babies: [{ ...baby, birthDate: null }] })).toEqual(["babies.0"]);
  });

  it("names each entry, check-in or id that cannot be imported, by its place in the file", () => {
    const [entry] = document().entries;
    if (!entry) throw new Error("fixture");
    const check = checkFamilyExport(
      document({
        entries: [
          { ...entry, details: { kind: "sparkly" } },
          { ...entry, babyId: "b9" },
          { ...entry, id: "0190f1d2-7c00-7000-8000-000000000002", startedAt: at(-60) },
        ],
        screenings: [
          {
            id: "s1",
            instrumentId: "phq9",
            instrumentVersion: "1",
            lang: "en",
            subject: { babyId: "b7" },
            completedAt: at(10),
            total: 0,
            subscales: {},
            bands: [],
            flags: [],
            sharing: { visitSummary: false, clinicians: false },
            answers: [],
          },
        ],
      }),
      now,
    );
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.problems).toEqual([
        expect.stringMatching(/^entries\[0\]\.details\.kind: /),
        "entries[1].babyId: no baby in this file has the id b9",
        "entries[1].id: the entry 0190f1d2-7c00-7000-8000-000000000001 is listed twice",
        expect.stringMatching(/^entries\[2\]: startedAt is in the future/),
        "screenings[0].subject.babyId: no baby in this file has the id b7",
      ]);
  });
});
