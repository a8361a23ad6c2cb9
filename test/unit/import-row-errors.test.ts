import i18next, { type i18n } from "i18next";
import { describe, expect, it } from "vitest";
import { timingProblems } from "../../src/domain/entries/rules.js";
import { parseAttuneCsv, parseAttuneDocument } from "../../src/domain/import/attune.js";
import {
  type BabyBuddyModel,
  parseBabyBuddyCsv,
  readBabyBuddyRecords,
} from "../../src/domain/import/babybuddy.js";
import { parseHuckleberry } from "../../src/domain/import/huckleberry.js";
import { parseNara } from "../../src/domain/import/nara.js";
import {
  notKept,
  type RowErrorCode,
  type RowErrorValues,
  rowError,
  rowErrorTexts,
} from "../../src/domain/import/row-errors.js";
import { unstorable } from "../../src/domain/import/storable.js";
import type { RowError } from "../../src/domain/import/types.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";
import importsEn from "../../src/web/i18n/imports.en.json" with { type: "json" };
import importsEs from "../../src/web/i18n/imports.es.json" with { type: "json" };

// The import preview words each row error from its code (src/web/pages/imports/ImportPreview.tsx), and the
// API's reply carries the domain's English as `message`. Both must say the same in English, for every code and
// any values a file can hold; and the Spanish must take the same values.

const codes = Object.keys(rowErrorTexts) as RowErrorCode[];
const en = importsEn.imports as unknown as Catalogue;
const es = importsEs.imports as unknown as Catalogue;
type Catalogue = {
  rowErrors: Record<string, string>;
  rowErrorIn: Record<string, string>;
  babyBuddyModels: Record<string, string>;
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();

/** i18next as the app sets it up (src/web/i18n/index.ts): values not escaped, React escapes them. */
async function translator(lng: "en" | "es"): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: "en",
    resources: { en: { translation: importsEn }, es: { translation: importsEs } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** What ImportPreview shows after "Line N:", said the same way it says it. */
function shown(t: i18n, e: RowError): string {
  const key = `imports.rowErrors.${e.code}`;
  if (!t.exists(key)) return e.message;
  const reason = t.t(key, { replace: e.params });
  const { model, recordId } = e.params;
  if (model === undefined) return reason;
  const modelKey = `imports.babyBuddyModels.${model}`;
  if (!t.exists(modelKey)) return e.message;
  const words = t.t(modelKey);
  return recordId === undefined
    ? t.t("imports.rowErrorIn.atPosition", { model: words, line: e.line, reason })
    : t.t("imports.rowErrorIn.withId", { model: words, id: recordId, reason });
}

/** Values for a sentence: text with quotes, markup and braces a file could hold, plain words, or numbers. */
function sample(text: string, kind: "text" | "plain" | "number"): RowErrorValues {
  return Object.fromEntries(
    placeholders(text).map((name, i) => [
      name,
      kind === "number"
        ? 1234.5 + i
        : kind === "plain"
          ? `${name} ${i}`
          : `${name} "<b>&amp;</b>" {{x}} $t(imports.title) ${i}`,
    ]),
  );
}

describe("the catalogue of row errors", () => {
  it("has every code in the web's English and Spanish, and nothing the domain does not know", () => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      expect(en.rowErrors[code], code).toEqual(expect.any(String));
      expect(es.rowErrors[code], code).toEqual(expect.any(String));
    }
    expect(Object.keys(en.rowErrors).sort()).toEqual([...codes].sort());
    expect(Object.keys(es.rowErrors).sort()).toEqual([...codes].sort());
  });

  it("says in the web's English exactly what the domain says, for any values", async () => {
    const t = await translator("en");
    for (const code of codes) {
      for (const kind of ["text", "number"] as const) {
        const params = sample(en.rowErrors[code] ?? "", kind);
        const error = { line: 7, code, params, message: rowErrorTexts[code](params) };
        expect(shown(t, error), code).toBe(error.message);
        expect(error.message, code).not.toMatch(/undefined/);
      }
    }
  });

  it("takes the same values in Spanish as in English, and says something else", async () => {
    const t = await translator("es");
    for (const code of codes) {
      const english = en.rowErrors[code] ?? "";
      const spanish = es.rowErrors[code] ?? "";
      expect(placeholders(spanish), code).toEqual(placeholders(english));
      const params = sample(english, "plain");
      const words = shown(t, rowError(3, code, ...([params] as [never])));
      expect(words, code).not.toBe(rowErrorTexts[code](params));
      expect(words, code).not.toMatch(/\{\{\w+\}\}/);
    }
    for (const key of Object.keys(en.rowErrorIn))
      expect(placeholders(es.rowErrorIn[key] ?? ""), key).toEqual(placeholders(en.rowErrorIn[key] ?? ""));
    expect(Object.keys(es.babyBuddyModels).sort()).toEqual(Object.keys(en.babyBuddyModels).sort());
  });

  it("falls back on the English of a code the web does not know", async () => {
    const t = await translator("es");
    const unknown = { line: 2, code: "from_a_newer_server", params: {}, message: "Something new." };
    expect(shown(t, unknown as unknown as RowError)).toBe("Something new.");
  });
});

/** Rows no reader can keep, one or more for each reason, as the readers themselves report them. */
function everyReadersErrors(): RowError[] {
  const huckleberry = parseHuckleberry(
    csvRows(
      [
        '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"',
        ',"2026-10-12 10:00",,,,,,',
        '"Bath",,,,,,,',
        '"Bath","2026-09-31 07:45",,,,,,',
        '"Bath","2026-10-12 10:00","2026-10-12 25:00",,,,,',
        '"Bath","2026-10-12 10:00","2026-10-12 09:00",,,,,',
        '"Pump","2026-10-12 10:00",,,"a lot",,,',
        '"Pump","2026-10-12 10:00",,,"2oz",,"some",',
        '"Feed","2026-10-12 10:00",,,"Formula","Bottle","plenty",',
        '"Feed","2026-10-12 10:00",,,"12 minutes",,,',
        '"Feed","2026-10-12 10:00",,,"00:12R",,"left",',
        '"Diaper","2026-10-12 10:00",,,,,"Glitter",',
        '"Sleep","2026-10-12 10:00",,,,,,',
        '"Temp","2026-10-12 10:00",,,"warm",,,',
        '"Growth","2026-10-12 10:00",,,"big",,,',
        '"Sleep","2026-10-12 10:00","2026-10-13 11:00",,,,,',
        '"Growth","2026-10-12 10:00",,,"99kg",,,',
        '"Growth","2026-10-12 10:00",,,"0.1kg",,,',
        '"Growth","2026-10-12 10:00",,,,"300cm",,',
        '"Growth","2026-10-12 10:00",,,,"10cm",,',
        '"Growth","2026-10-12 10:00",,,,,"80cm",',
        '"Growth","2026-10-12 10:00",,,,,"5cm",',
        '"Temp","2026-10-12 10:00",,,"50C",,,',
        '"Temp","2026-10-12 10:00",,,"20C",,,',
        '"Feed","2026-10-12 10:00",,,"Formula","Bottle","3000ml",',
      ].join("\n"),
    ),
    "UTC",
  );
  const nara = parseNara(
    csvRows(
      [
        "Type,Start Date/time (Epoch),[Sleep] End Date/time (Epoch),[Bottle Feed] Volume,[Pump] Left Volume,[Diaper] Type",
        ",1760263200000,,,,",
        "Sleep,,,,,",
        "Sleep,soon,,,,",
        "Sleep,1760263200000,later,,,",
        "Sleep,1760263200000,1760259600000,,,",
        "Sleep,1760263200000,,,,",
        "Bottle Feed,1760263200000,,lots,,",
        "Pump,1760263200000,,,lots,",
        "Diaper,1760263200000,,,,Sparkly",
        "Growth,1760263200000,,,,",
        "Medical,1760263200000,,,,",
      ].join("\n"),
    ),
    "UTC",
  );
  const csv = (header: string, ...rows: string[]) =>
    parseBabyBuddyCsv(csvRows([header, ...rows].join("\n")), "UTC").errors;
  const child = "1,Alma,Reyes";
  const babyBuddyCsv = [
    ...csv(
      "id,child_id,child_first_name,child_last_name,start,end,type,method,amount,notes",
      `1,${child},,,formula,bottle,,`,
      `2,${child},2026-02-30 10:00:00,,formula,bottle,,`,
      `3,${child},2026-01-10 10:00:00,later,formula,bottle,,`,
      `4,${child},2026-01-10 10:00:00,,formula,bottle,lots,`,
      `5,${child},2026-01-10 10:00:00,,formula,,,`,
      `6,${child},2026-01-10 10:00:00,,formula,cup,,`,
      "7,2,Ben,Reyes,2026-01-10 10:00:00,,formula,bottle,,",
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,start,end,nap,notes",
      `1,${child},2026-01-10 10:00:00,,1,`,
      `2,${child},2026-01-10 10:00:00,2026-01-10 11:00:00,maybe,`,
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,time,wet,solid,color,amount,notes",
      `1,${child},,1,0,,,`,
      `2,${child},soon,1,0,,,`,
      `3,${child},2026-01-10 10:00:00,maybe,0,,,`,
      `4,${child},2026-01-10 10:00:00,1,maybe,,,`,
      `5,${child},2026-01-10 10:00:00,,,,,`,
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,temperature,time,notes",
      `1,${child},,2026-01-10 10:00:00,`,
      `2,${child},hot,2026-01-10 10:00:00,`,
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,weight,date,notes",
      `1,${child},5,,`,
      `2,${child},5,2026-13-01,`,
      `3,${child},,2026-01-10,`,
      `4,${child},heavy,2026-01-10,`,
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,height,date,notes",
      `1,${child},,2026-01-10,`,
      `2,${child},tall,2026-01-10,`,
    ),
    ...csv(
      "id,child_id,child_first_name,child_last_name,head_circumference,date,notes",
      `1,${child},,2026-01-10,`,
      `2,${child},round,2026-01-10,`,
    ),
    ...csv("id,child_id,child_first_name,child_last_name,note,time", `1,${child},,2026-01-10 10:00:00`),
    ...csv(
      "id,child_id,child_first_name,child_last_name,name,dosage,dosage_unit,time,notes",
      `1,${child},,,,2026-01-10 10:00:00,`,
      `2,${child},Vitamin D,some,drops,2026-01-10 10:00:00,`,
    ),
  ];
  // Amounts too large to be written as plain numbers cannot be read as amounts in any unit.
  const huge = 1e21;
  const models: BabyBuddyModel[] = [
    "feeding",
    "sleep",
    "change",
    "tummy-time",
    "pumping",
    "temperature",
    "weight",
    "height",
    "head-circumference",
    "note",
    "medication",
  ];
  const babyBuddyApi = readBabyBuddyRecords(
    [
      ...models.map((model) => ({ model, records: [null as unknown as Record<string, unknown>] })),
      {
        model: "sleep",
        records: [
          { id: 90, start: "2026-01-10T14:10:00Z" },
          { id: 91, start: "2026-01-10T14:10:00+25:00" },
          { id: 92, start: "2026-01-10T14:10:00Z", end: "tomorrow" },
          { start: "2026-01-10T14:10:00Z" },
        ],
      },
      { model: "temperature", records: [{ id: 1, time: "noon", temperature: 37 }] },
      {
        model: "feeding",
        records: [{ id: 5, start: "2026-01-10T14:10:00Z", method: "bottle", amount: huge }],
      },
      { model: "pumping", records: [{ id: 6, start: "2026-01-10T14:10:00Z", amount: huge }] },
      { model: "temperature", records: [{ id: 7, time: "2026-01-10T14:10:00Z", temperature: huge }] },
      { model: "weight", records: [{ id: 8, date: "2026-01-10", weight: huge }] },
      { model: "height", records: [{ id: 9, date: "2026-01-10", height: huge }] },
      { model: "head-circumference", records: [{ id: 10, date: "2026-01-10", head_circumference: huge }] },
    ],
    "UTC",
  );
  const entry = (over: Record<string, unknown>) => ({
    id: "e1",
    type: "bath",
    startedAt: "2026-01-10T10:00:00Z",
    ...over,
  });
  const attuneJson = parseAttuneDocument(
    {
      format: "attune-export",
      baby: { id: "b1", name: "Alma" },
      entries: [
        entry({ type: "juggling" }),
        entry({ startedAt: "yesterday" }),
        entry({ endedAt: "later" }),
        entry({ feeling: 9 }),
        entry({ type: "custom", details: { label: "Potty", colour: "red" } }),
      ],
    },
    { targetBabyId: "b1" },
  );
  const attuneCsv = parseAttuneCsv(
    csvRows(
      [
        "id,type,startedAt,endedAt,caregiverId,moments,cues,feeling,note,details",
        "e1,bath,2026-01-10T10:00:00Z,,,,,,,{oops",
        "e2,juggling,2026-01-10T10:00:00Z,,,,,,,",
        "e3,bath,yesterday,,,,,,,",
        "e4,bath,2026-01-10T10:00:00Z,later,,,,,,",
        "e5,bath,2026-01-10T10:00:00Z,,,,,9,,",
      ].join("\n"),
    ),
  );
  const now = Date.parse("2026-01-10T12:00:00Z");
  const kept = [
    notKept(1, timingProblems({ type: "bath", startedAt: now + 3_600_000, endedAt: null }, now)),
    notKept(2, timingProblems({ type: "bath", startedAt: now - 7_200_000, endedAt: now + 3_600_000 }, now)),
    notKept(3, timingProblems({ type: "diaper", startedAt: now - 7_200_000, endedAt: now - 3_600_000 }, now)),
    notKept(4, timingProblems({ type: "bath", startedAt: now - 3_600_000, endedAt: now - 7_200_000 }, now)),
    notKept(5, timingProblems({ type: "sleep", startedAt: now - 100_000_000, endedAt: now }, now)),
    notKept(6, timingProblems({ type: "diaper", startedAt: now + 3_600_000, endedAt: now + 7_200_000 }, now)),
  ];
  return [
    ...huckleberry.errors,
    ...nara.errors,
    ...babyBuddyCsv,
    ...babyBuddyApi.errors,
    ...attuneJson.errors,
    ...attuneCsv.errors,
    ...kept,
  ];
}

describe("row errors as the readers report them", () => {
  const errors = everyReadersErrors();

  it("come with a code for every reason the catalogue has", () => {
    expect([...new Set(errors.map((e) => e.code))].sort()).toEqual([...codes].sort());
  });

  it("are shown in English exactly as the API says them, Baby Buddy's records named by kind and id", async () => {
    const t = await translator("en");
    for (const error of errors) expect(shown(t, error), error.code).toBe(error.message);
    expect(errors).toContainEqual({
      line: 1,
      code: "babybuddy_not_a_record",
      params: { model: "head-circumference" },
      message: "Head circumference 1: It is not a record.",
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        message:
          'Sleep id 91: Its start "2026-01-10T14:10:00+25:00" is not a real date and time (such as 2017-11-17T15:03:00-05:00).',
      }),
    );
  });

  it("are shown in Spanish, quoting the file's own values", async () => {
    const t = await translator("es");
    for (const error of errors) {
      const words = shown(t, error);
      expect(words, error.code).not.toBe(error.message);
      for (const [name, value] of Object.entries(error.params))
        if (name !== "model" && name !== "recordId") expect(words, error.code).toContain(String(value));
    }
    const start = errors.find((e) => e.code === "bad_start");
    expect(start && shown(t, start)).toBe(
      "El inicio (Start) «2026-09-31 07:45» no es una fecha y hora válidas (AAAA-MM-DD HH:MM).",
    );
    const record = errors.find((e) => e.code === "babybuddy_api_bad_start");
    expect(record && shown(t, record)).toMatch(
      /^Sueño con id 91: La hora de inicio \(start\) «2026-01-10T14:10:00\+25:00»/,
    );
  });
});

describe("what Attune cannot keep, said plainly", () => {
  const at = (details: Record<string, unknown>, type: "growth" | "temperature" | "feed" | "custom") =>
    unstorable({ type, startedAt: 0, endedAt: null, details });

  it("names a number outside its range with the limit, in Attune's units", () => {
    expect(at({ weightKg: 90 }, "growth")).toEqual({
      code: "weight_too_high",
      params: { value: 90, max: 40 },
    });
    expect(at({ weightKg: 0.1 }, "growth")).toEqual({
      code: "weight_too_low",
      params: { value: 0.1, min: 0.3 },
    });
    expect(at({ celsius: 46.11, unit: "f" }, "temperature")).toEqual({
      code: "temperature_too_high",
      params: { value: 46.11, max: 45 },
    });
    expect(at({ method: "bottle", amountMl: 2500 }, "feed")).toEqual({
      code: "amount_too_high",
      params: { value: 2500, max: 2000 },
    });
  });

  it("keeps the schema's own words for anything else", () => {
    expect(at({ label: "x".repeat(61) }, "custom")).toMatchObject({
      code: "details_not_kept",
      params: { field: "label", problem: expect.any(String) },
    });
  });

  it("names the times an import is refused for by what they mean", () => {
    const now = Date.parse("2026-01-10T12:00:00Z");
    const problems = (startedAt: number, endedAt: number | null, type: "bath" | "diaper" = "bath") =>
      timingProblems({ type, startedAt, endedAt }, now);
    expect(notKept(1, problems(now + 3_600_000, null)).code).toBe("in_future");
    expect(notKept(1, problems(now + 3_600_000, now + 7_200_000)).code).toBe("in_future");
    expect(notKept(1, problems(now - 7_200_000, now - 3_600_000, "diaper")).code).toBe("moment_with_end");
    expect(notKept(1, problems(now - 3_600_000, now - 7_200_000)).code).toBe("ends_too_early");
    // Two different reasons at once keep checkEntry's words, all of them.
    const both = notKept(1, problems(now + 3_600_000, now + 7_200_000, "diaper"));
    expect(both).toEqual({
      line: 1,
      code: "not_keepable",
      params: { problems: expect.stringContaining("in the future") },
      message: expect.stringMatching(/^It cannot be kept: .*moment in time.*; endedAt is in the future\.$/),
    });
  });
});
