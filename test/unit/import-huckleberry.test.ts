import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detailSchemas } from "../../src/domain/entries/details.js";
import { parseHuckleberry } from "../../src/domain/import/huckleberry.js";
import { noteWords } from "../../src/domain/import/note-words.js";
import { NotThisFormat } from "../../src/domain/import/types.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";

// The shared sample: one week of a family's Huckleberry export, with what it holds described beside it
// (shared/reference/samples/README.md). Its expected figures are the README's.
const SAMPLE = join(import.meta.dirname, "../../../shared/reference/samples/huckleberry-week.csv");
const NEW_YORK = "America/New_York";
const HEADER =
  '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes","Logged By"';

const read = (csv: string, timeZone = NEW_YORK) => parseHuckleberry(csvRows(csv), timeZone);
const one = (row: string, header = HEADER) => {
  const parsed = read(`${header}\n${row}\n`);
  expect(parsed.errors).toEqual([]);
  expect(parsed.drafts).toHaveLength(1);
  return parsed.drafts[0] as NonNullable<(typeof parsed.drafts)[0]>;
};

describe("a week of Huckleberry history (the shared sample)", () => {
  const parsed = read(readFileSync(SAMPLE, "utf8"));
  const count = (type: string) => parsed.drafts.filter((d) => d.type === type).length;

  it("reads the 85 readable rows and names the 2 that cannot be read, by line and why", () => {
    expect(parsed.drafts).toHaveLength(85);
    expect(parsed.errors.map((e) => e.line)).toEqual([55, 73]);
    expect(parsed.errors[0]).toMatchObject({
      code: "ends_before_start",
      message: expect.stringMatching(/ends .* before it starts/),
    });
    expect(parsed.errors[1]).toEqual({
      line: 73,
      code: "bad_start",
      params: { value: "2026-09-31 07:45" },
      message: 'Start "2026-09-31 07:45" is not a real date and time (YYYY-MM-DD HH:MM).',
    });
    expect(parsed.ignoredColumns).toEqual([]);
  });

  it("maps each kind of row to Attune's types", () => {
    expect({
      diaper: count("diaper"),
      sleep: count("sleep"),
      pumping: count("pumping"),
      medication: count("medication"),
      temperature: count("temperature"),
      growth: count("growth"),
      bath: count("bath"),
      skin_to_skin: count("skin_to_skin"),
    }).toEqual({
      diaper: 17,
      sleep: 15,
      pumping: 4,
      medication: 4,
      temperature: 2,
      growth: 1,
      bath: 3,
      skin_to_skin: 2,
    });
    // 27 feeds and 4 solids are feeds; 4 tummy times and 2 indoor plays are play.
    expect(count("feed")).toBe(31);
    expect(count("play")).toBe(6);
  });

  it("reads the times on New York's clock, and the range is the README's", () => {
    const starts = parsed.drafts.map((d) => d.startedAt);
    const ends = parsed.drafts.map((d) => d.endedAt ?? d.startedAt);
    expect(new Date(Math.min(...starts)).toISOString()).toBe("2026-10-12T09:50:00.000Z");
    expect(new Date(Math.max(...starts)).toISOString()).toBe("2026-10-18T23:30:00.000Z");
    expect(new Date(Math.max(...ends)).toISOString()).toBe("2026-10-19T10:05:00.000Z");
  });

  it("keeps the bottles' amounts, 20 oz and 460 ml, with the unit each was written in", () => {
    const bottles = parsed.drafts.filter((d) => d.details.method === "bottle");
    expect(bottles).toHaveLength(9);
    const total = bottles.reduce((sum, d) => sum + (d.details.amountMl as number), 0);
    expect(total).toBeCloseTo(1051.47, 1);
    expect(bottles.filter((d) => d.details.unit === "oz")).toHaveLength(5);
  });

  it("gives every draft details Attune accepts for its type, and a key of its own", () => {
    for (const draft of parsed.drafts) {
      const check = detailSchemas[draft.type].safeParse(draft.details);
      expect(check.success, `line ${draft.line}: ${JSON.stringify(draft.details)}`).toBe(true);
    }
    expect(new Set(parsed.drafts.map((d) => d.key)).size).toBe(85);
    expect(new Set(parsed.drafts.map((d) => d.loggedBy))).toEqual(new Set(["Maya", "Sam", "Gran"]));
  });
});

describe("each Huckleberry row, column by column", () => {
  it("a breast feed: the right side's time in Start Condition, the left's in End Condition", () => {
    const feed = one(
      '"Feed","2026-10-18 19:00","2026-10-18 19:24","00:24","00:12R","Breast","00:12L",,"Maya"',
    );
    expect(feed.details).toEqual({ method: "breast", leftSeconds: 720, rightSeconds: 720 });
    expect(feed.endedAt! - feed.startedAt).toBe(24 * 60_000);
    const leftOnly = one('"Feed","2026-10-17 15:10","2026-10-17 15:30","00:20",,"Breast","00:20L",,"Maya"');
    expect(leftOnly.details).toEqual({ method: "breast", leftSeconds: 1200, lastSide: "left" });
  });

  it("a bottle: the milk in Start Condition, the amount with its unit in End Condition, no running timer", () => {
    const bottle = one('"Feed","2026-10-17 10:25",,,"Formula","Bottle","5oz",,"Sam"');
    expect(bottle.details).toEqual({ method: "bottle", milk: "formula", amountMl: 147.87, unit: "oz" });
    expect(bottle.endedAt).toBe(bottle.startedAt);
  });

  it("a diaper: kind from End Condition, colour from Duration, consistency kept in the note", () => {
    const diaper = one(
      '"Diaper","2026-10-18 13:00",,"brown","Solid",,"Both, pee:medium poo:small","after lunch","Sam"',
    );
    expect(diaper.details).toEqual({ kind: "both", color: "brown" });
    expect(diaper.note).toBe("after lunch · Solid · Both, pee:medium poo:small");
    expect(diaper.endedAt).toBeNull();
  });

  it("a sleep: how and where it began, in Attune's words where they match, the rest in the note", () => {
    const sleep = one(
      '"Sleep","2026-10-18 19:30","2026-10-19 06:05","10:35","Under_10_minutes","On own in bed","Woke up child",,"Maya"',
    );
    expect(sleep.details).toEqual({ fellAsleep: "on_own" });
    expect(sleep.note).toBe("Under 10 minutes · woke: Woke up child");
    const swing = one('"Sleep","2026-10-17 09:10","2026-10-17 10:20","01:10","Happy","Swing","Happy",,"Sam"');
    expect(swing.details).toEqual({});
    expect(swing.note).toBe("Happy · Swing · woke: Happy");
  });

  it("growth in pounds and inches, a temperature in °C, a pump in oz, and types Attune has no name for", () => {
    expect(one('"Growth","2026-10-12 10:00",,,"14.5lbs","25in","16.2in",,').details).toEqual({
      weightKg: 6.577,
      lengthCm: 63.5,
      headCm: 41.1,
    });
    expect(one('"Temp","2026-10-16 06:25",,,"37.4°C",,,,').details).toEqual({ celsius: 37.4, unit: "c" });
    expect(one('"Pump","2026-10-15 08:30",,,"2oz",,"1.5oz",,').details).toEqual({
      leftMl: 59.15,
      rightMl: 44.36,
      unit: "oz",
    });
    for (const kind of ["Potty", "Brush teeth", "Other", "Nail trim"]) {
      const custom = one(`"${kind}","2026-10-15 08:30",,,,,,,`);
      expect(custom).toMatchObject({
        type: "custom",
        details: { label: kind },
        endedAt: null,
        sourceType: kind,
      });
    }
    expect(one('"Outdoor play","2026-10-15 10:00",,"00:30",,,,,').details).toEqual({ kinds: ["outdoors"] });
  });

  it("finds its columns by name: another order, a byte-order mark, no caregiver column, an extra column", () => {
    const header = '\uFEFF"Start","Type","Notes","End Condition","Start Condition","End","Mood"';
    const parsed = read(`${header}\n"2026-10-18 18:55","Diaper",,"Pee:small",,,"sunny"\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.drafts[0]).toMatchObject({ type: "diaper", details: { kind: "wet" }, loggedBy: null });
    expect(parsed.ignoredColumns).toEqual(["Mood"]);
  });

  it("reads a semicolon-separated file with Windows line ends as a European spreadsheet saves it", () => {
    const parsed = read(
      "Type;Start;End;Duration;Start Condition;Start Location;End Condition;Notes\r\nDiaper;2026-10-18 18:55;;;;;Dry;\r\n",
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.drafts[0]?.details).toEqual({ kind: "dry" });
    expect(parsed.drafts[0]?.line).toBe(2);
  });

  it("names what Attune cannot keep: a sleep of more than a day, a weight no baby has, a breast feed of 99 hours", () => {
    const parsed = read(
      [
        HEADER,
        '"Sleep","2026-10-12 19:00","2026-10-13 20:00","25:00",,,,,',
        '"Growth","2026-10-12 10:00",,,"99kg",,,,',
        '"Feed","2026-10-12 11:00",,,"99:00R","Breast",,,',
      ].join("\n"),
    );
    expect(parsed.drafts).toEqual([]);
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(parsed.errors.map((e) => e.code)).toEqual(["too_long", "weight_too_high", "too_long"]);
    expect(parsed.errors[0]?.message).toMatch(/24 hours/);
    expect(parsed.errors[1]).toMatchObject({
      params: { value: 99, max: 40 },
      message: "A weight of 99 kg is outside what Attune can keep (at most 40 kg).",
    });
  });

  it("gives the same row the same key however the file around it changes, and refuses another format", () => {
    const row = '"Bath","2026-10-17 18:40","2026-10-17 18:55","00:15",,,,"splashing","Sam"';
    expect(one(row).key).toBe(one(row.replace('"splashing"', '"splashing, big kicks"')).key);
    expect(() => read("Date,Weight\n2026-10-01,6.1\n")).toThrow(NotThisFormat);
  });
});

describe("rows no export would hold", () => {
  it("never throws on any cells under a Huckleberry header: each row becomes an entry or a reason", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "Feed",
        "Diaper",
        "Sleep",
        "Growth",
        "Temp",
        "Pump",
        "2026-10-18 19:00",
        "00:12R",
        "4oz",
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }), (rows) => {
        const header = { line: 1, cells: HEADER.replaceAll('"', "").split(",") };
        const parsed = parseHuckleberry(
          [header, ...rows.map((cells, i) => ({ line: i + 2, cells }))],
          NEW_YORK,
        );
        const nonEmpty = rows.filter((cells) => cells.some((c) => c.trim() !== "")).length;
        expect(parsed.drafts.length + parsed.errors.length).toBe(nonEmpty);
        for (const d of parsed.drafts) expect(detailSchemas[d.type].safeParse(d.details).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("in the importer's language", () => {
  const spanish = (row: string) => {
    const parsed = parseHuckleberry(csvRows(`${HEADER}\n${row}\n`), NEW_YORK, noteWords.es);
    expect(parsed.errors).toEqual([]);
    return parsed.drafts[0] as NonNullable<(typeof parsed.drafts)[0]>;
  };

  it("writes Attune's own words in Spanish and the file's text as written, with the same key and details", () => {
    const row =
      '"Sleep","2026-10-18 19:30","2026-10-19 06:05","10:35","Under_10_minutes","On own in bed","Woke up child","dream feed first","Maya"';
    const sleep = spanish(row);
    expect(sleep.note).toBe("dream feed first · Under 10 minutes · se despertó: Woke up child");
    expect(sleep.details).toEqual({ fellAsleep: "on_own" });
    expect(sleep.key).toBe(one(row).key);
    const unnamed = '"Meds","2026-10-16 06:30",,,"2.5 ml",,,,';
    expect(spanish(unnamed).details).toEqual({ name: "Medicina", dose: "2.5 ml" });
    expect(one(unnamed).details).toEqual({ name: "Medicine", dose: "2.5 ml" });
    expect(spanish('"Meds","2026-10-16 06:30",,,"2.5 ml","Tylenol",,,').details).toEqual({
      name: "Tylenol",
      dose: "2.5 ml",
    });
  });
});
