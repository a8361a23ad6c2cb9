import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detailSchemas } from "../../src/domain/entries/details.js";
import { parseNara } from "../../src/domain/import/nara.js";
import { noteWords } from "../../src/domain/import/note-words.js";
import { NotThisFormat } from "../../src/domain/import/types.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";

// A Nara Baby export written to the shape public importers document (src/domain/import/nara.ts names them):
// a Type per row, "[Type] " columns, epoch-millisecond starts with each row's own zone, an _activityKey, and
// the child's Profile row last, one cell short.
const HEADER = [
  "Type",
  "Profile Name",
  "Start Date/time",
  "Start Date/time (Epoch)",
  "Created By Caregiver",
  "Note",
  "Time Zone",
  "[Breastfeed] Begin Side",
  "[Breastfeed] End Side",
  "[Breastfeed] Left Duration (Seconds)",
  "[Breastfeed] Right Duration (Seconds)",
  "[Bottle Feed] Type",
  "[Bottle Feed] Volume",
  "[Bottle Feed] Volume Unit",
  "[Bottle Feed] Formula Name",
  "[Diaper] Type",
  "[Diaper] Dirty Color",
  "[Diaper] Dirty Texture",
  "[Sleep] Duration (Seconds)",
  "[Sleep] End Date/time (Epoch)",
  "[Growth] Weight",
  "[Growth] Weight Unit",
  "[Growth] Height",
  "[Growth] Height Unit",
  "[Medical] Medication",
  "[Medical] Temperature",
  "[Medical] Temperature Unit",
  "[Routine] Routine",
  "[Milestone] Milestone",
  "[Profile] Birth Date",
  "Mood",
  "_activityKey",
];
const at = (iso: string) => String(Date.parse(iso));
function row(values: Record<string, string>): string {
  return HEADER.map((h) => {
    const v = values[h] ?? "";
    return v.includes(",") || v.includes("\n") || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(",");
}
const base = (type: string, iso: string, key: string, extra: Record<string, string> = {}) =>
  row({
    Type: type,
    "Start Date/time (Epoch)": at(iso),
    "Time Zone": "Europe/Copenhagen",
    "Created By Caregiver": "Ida",
    _activityKey: key,
    ...extra,
  });

const FILE = [
  HEADER.join(","),
  base("Breastfeed", "2026-09-16T05:00:00Z", "a1", {
    "[Breastfeed] End Side": "RIGHT.nonTimer",
    "[Breastfeed] Left Duration (Seconds)": "600",
    "[Breastfeed] Right Duration (Seconds)": "420",
  }),
  base("Bottle Feed", "2026-09-16T08:00:00Z", "a2", {
    "[Bottle Feed] Type": "Formula",
    "[Bottle Feed] Volume": "4",
    "[Bottle Feed] Volume Unit": "FLOZ",
    "[Bottle Feed] Formula Name": "Kendamil",
  }),
  base("Diaper", "2026-09-16T08:30:00Z", "a3", {
    "[Diaper] Type": "Dirty Wet",
    "[Diaper] Dirty Color": "YELLOW GREEN",
    "[Diaper] Dirty Texture": "MUSH",
    Note: 'after the bottle, "big one"',
  }),
  base("Sleep", "2026-09-16T09:00:00Z", "a4", {
    "[Sleep] End Date/time (Epoch)": at("2026-09-16T10:30:00Z"),
  }),
  base("Sleep", "2026-09-16T12:00:00Z", "a5", { "[Sleep] Duration (Seconds)": "2700" }),
  base("Growth", "2026-09-16T13:00:00Z", "a6", {
    "[Growth] Weight": "13.2",
    "[Growth] Weight Unit": "LB",
    "[Growth] Height": "58",
    "[Growth] Height Unit": "CM",
  }),
  base("Medical", "2026-09-16T14:00:00Z", "a7", {
    "[Medical] Medication": "Children's Tylenol, 3.75 (ML)",
    "[Medical] Temperature": "100.4",
    "[Medical] Temperature Unit": "F",
  }),
  base("Routine", "2026-09-16T15:00:00Z", "a8", { "[Routine] Routine": "Tummy time" }),
  base("Milestone", "2026-09-16T16:00:00Z", "a9", { "[Milestone] Milestone": "First laugh" }),
  base("Sleep", "2026-09-16T20:00:00Z", "a10"),
  base("Diaper", "2026-09-16T21:00:00Z", "a11", { "[Diaper] Type": "Sparkly" }),
  row({ Type: "Profile", "Profile Name": "Alma", "[Profile] Birth Date": "2026-07-30" }).replace(/,$/, ""),
].join("\r\n");

describe("a Nara Baby export", () => {
  const parsed = parseNara(csvRows(FILE), "UTC");

  it("reads each type into Attune's, with the rows it cannot read named by line", () => {
    expect(parsed.drafts.map((d) => d.type)).toEqual([
      "feed",
      "feed",
      "diaper",
      "sleep",
      "sleep",
      "growth",
      "medication",
      "temperature",
      "play",
      "custom",
    ]);
    expect(parsed.errors).toEqual([
      { line: 11, code: "sleep_without_end", params: {}, message: expect.stringMatching(/needs its end/) },
      {
        line: 12,
        code: "nara_bad_diaper",
        params: { value: "Sparkly" },
        message: expect.stringMatching(/Sparkly/),
      },
    ]);
    expect(parsed.child).toEqual({ name: "Alma", birthDate: "2026-07-30" });
    expect(parsed.ignoredColumns).toEqual(["Mood"]);
  });

  it("keeps sides, amounts and units, colours and the caregiver's name as words", () => {
    const [breast, bottle, diaper] = parsed.drafts;
    expect(breast).toMatchObject({
      details: { method: "breast", leftSeconds: 600, rightSeconds: 420, lastSide: "right" },
      loggedBy: "Ida",
    });
    expect(breast!.endedAt! - breast!.startedAt).toBe(1020_000);
    expect(bottle).toMatchObject({
      details: { method: "bottle", milk: "formula", amountMl: 118.29, unit: "oz" },
      note: "Kendamil",
    });
    expect(bottle!.endedAt).toBe(bottle!.startedAt);
    expect(diaper).toMatchObject({
      details: { kind: "both", color: "yellow" },
      note: 'after the bottle, "big one" · mush',
    });
    expect(parsed.drafts[4]!.endedAt! - parsed.drafts[4]!.startedAt).toBe(2700_000);
    expect(parsed.drafts[5]?.details).toEqual({ weightKg: 5.987, lengthCm: 58 });
    expect(parsed.drafts[7]?.details).toEqual({ celsius: 38, unit: "f" });
    expect(parsed.drafts[9]).toMatchObject({ details: { label: "Milestone" }, note: "First laugh" });
  });

  it("keys each row by Nara's activity key, and one medical row makes two entries with their own keys", () => {
    expect(parsed.drafts[0]?.key).toBe("nara|a1");
    expect(parsed.drafts.filter((d) => d.key.startsWith("nara|a7")).map((d) => d.key)).toEqual([
      "nara|a7#medication",
      "nara|a7#temperature",
    ]);
    for (const d of parsed.drafts)
      expect(detailSchemas[d.type].safeParse(d.details).success, d.key).toBe(true);
  });

  it("refuses a file that is not Nara's, and never throws on any cells under its header", () => {
    expect(() => parseNara(csvRows("Type,Start,End\nFeed,x,y\n"), "UTC")).toThrow(NotThisFormat);
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "Breastfeed",
        "Bottle Feed",
        "Combo Feed",
        "Sleep",
        "Diaper",
        "Pump",
        "Growth",
        "Medical",
        "1789578053000",
        "-5",
        "FLOZ",
        "Dirty Wet",
        "Mars/Olympus",
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: HEADER.length }), { maxLength: 15 }), (rows) => {
        const parsedRows = parseNara(
          [{ line: 1, cells: HEADER }, ...rows.map((cells, i) => ({ line: i + 2, cells }))],
          "UTC",
        );
        for (const d of parsedRows.drafts)
          expect(detailSchemas[d.type].safeParse(d.details).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a Nara Baby export in the importer's language", () => {
  const csv = [
    "Type,Start Date/time (Epoch),Note,[Pump] Total Volume,[Pump] Total Volume Unit,[Routine] Routine,_activityKey",
    `Pump,${at("2026-09-16T06:00:00Z")},after the night feed,120,ML,,p1`,
    `Routine,${at("2026-09-16T07:00:00Z")},,,,,p2`,
  ].join("\n");

  it("writes Attune's own words in Spanish and the file's text as written, with the same keys", () => {
    const es = parseNara(csvRows(csv), "UTC", noteWords.es);
    const en = parseNara(csvRows(csv), "UTC");
    expect(es.errors).toEqual([]);
    expect(es.drafts.map((d) => d.note)).toEqual(["after the night feed · total de los dos lados", null]);
    expect(en.drafts.map((d) => d.note)).toEqual(["after the night feed · total of both sides", null]);
    expect(es.drafts[1]?.details).toEqual({ label: "Rutina" });
    expect(en.drafts[1]?.details).toEqual({ label: "Routine" });
    expect(es.drafts.map((d) => d.key)).toEqual(en.drafts.map((d) => d.key));
  });
});
