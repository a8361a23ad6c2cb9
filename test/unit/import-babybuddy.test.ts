import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detailSchemas } from "../../src/domain/entries/details.js";
import {
  type BabyBuddyModel,
  isBabyBuddyCsvHeader,
  parseBabyBuddyCsv,
  readBabyBuddyChildren,
  readBabyBuddyRecords,
} from "../../src/domain/import/babybuddy.js";
import { isHuckleberryHeader } from "../../src/domain/import/huckleberry.js";
import { isNaraHeader } from "../../src/domain/import/nara.js";
import { noteWords } from "../../src/domain/import/note-words.js";
import { type ImportDraft, NotThisFormat } from "../../src/domain/import/types.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";

// Baby Buddy's Database Admin exports, one model per file, with the headers src/domain/import/babybuddy.ts
// documents (core/admin.py: id, child_id, child_first_name, child_last_name, the model's fields, tags last):
// wall times on the exporting user's clock, booleans as 1/0, tags as the server's tag ids. Written for these
// tests; the same records follow as the REST API gives them, with offsets and microseconds.
const ZONE = "America/New_York";
const CHILD = "1,Alma,Reyes";
const HEADERS: Record<BabyBuddyModel, string> = {
  feeding: "id,child_id,child_first_name,child_last_name,start,end,type,method,amount,notes,tags",
  sleep: "id,child_id,child_first_name,child_last_name,start,end,nap,notes,tags",
  change: "id,child_id,child_first_name,child_last_name,time,wet,solid,color,amount,notes,tags",
  "tummy-time": "id,child_id,child_first_name,child_last_name,start,end,milestone,tags",
  pumping: "id,child_id,child_first_name,child_last_name,start,end,amount,notes,tags",
  temperature: "id,child_id,child_first_name,child_last_name,temperature,time,notes,tags",
  weight: "id,child_id,child_first_name,child_last_name,weight,date,notes,tags",
  height: "id,child_id,child_first_name,child_last_name,height,date,notes,tags",
  "head-circumference": "id,child_id,child_first_name,child_last_name,head_circumference,date,notes,tags",
  note: "id,child_id,child_first_name,child_last_name,note,time,tags",
  medication:
    "id,child_id,child_first_name,child_last_name,name,dosage,dosage_unit,time,next_dose_interval,notes,tags",
};
const ROWS: Record<BabyBuddyModel, string[]> = {
  feeding: [
    `412,${CHILD},2026-01-10 07:15:00,2026-01-10 07:30:00,formula,bottle,120.0,,"3,5"`,
    `411,${CHILD},2026-01-10 04:02:10,2026-01-10 04:20:40,breast milk,left breast,,sleepy latch,`,
    `410,${CHILD},2026-01-10 01:00:00,2026-01-10 01:25:00,breast milk,both breasts,,,`,
    `409,${CHILD},2026-01-09 18:00:00,2026-01-09 18:20:00,solid food,parent fed,2.0,"carrot purée, loved it",3`,
    `408,${CHILD},2026-01-09 15:00:00,2026-01-09 15:10:00,fortified breast milk,bottle,90,,`,
  ],
  sleep: [
    `78,${CHILD},2026-01-10 09:10:00,2026-01-10 10:05:30,1,in the carrier,`,
    `77,${CHILD},2026-01-09 19:40:00,2026-01-10 03:55:00,0,,`,
  ],
  change: [
    `202,${CHILD},2026-01-10 10:15:00,1,1,yellow,,blowout,`,
    `201,${CHILD},2026-01-10 07:40:00,1,0,,,,`,
    `200,${CHILD},2026-01-10 05:00:00,0,0,,,,`,
  ],
  "tummy-time": [`31,${CHILD},2026-01-10 11:00:00,2026-01-10 11:05:00,Lifted head to 45 degrees,`],
  pumping: [`55,${CHILD},2026-01-10 06:00:00,2026-01-10 06:20:00,150,,`],
  temperature: [
    `84,${CHILD},100.4,2026-01-10 16:00:00,after the bath,`,
    `83,${CHILD},37.2,2026-01-10 08:00:00,,`,
  ],
  weight: [`12,${CHILD},5.62,2026-01-08,clinic visit,`],
  height: [`9,${CHILD},58.5,2026-01-08,,`],
  "head-circumference": [`7,${CHILD},39.8,2026-01-08,,`],
  note: [`5,${CHILD},"First real smile, at Grandma's",2026-01-10 17:30:00,`],
  medication: [`3,${CHILD},Infant paracetamol,2.5,ml,2026-01-10 20:00:00,4:00:00,for the jab fever,`],
};
const MODELS = Object.keys(HEADERS) as BabyBuddyModel[];
const file = (model: BabyBuddyModel, rows = ROWS[model]) => [HEADERS[model], ...rows].join("\r\n");
const read = (text: string, units = {}) => parseBabyBuddyCsv(csvRows(text), ZONE, units);
const at = (iso: string) => Date.parse(iso);
const withoutLine = ({ line: _line, ...draft }: ImportDraft) => draft;

describe("a Baby Buddy CSV export, model by model", () => {
  it("detects each model from its header, reads every row, names the child and leaves the tag ids", () => {
    for (const model of MODELS) {
      expect(isBabyBuddyCsvHeader(HEADERS[model].split(",")), model).toBe(true);
      const parsed = read(file(model));
      expect(parsed.model).toBe(model);
      expect(parsed.errors, model).toEqual([]);
      expect(parsed.drafts, model).toHaveLength(ROWS[model].length);
      expect(parsed.child).toEqual({ name: "Alma Reyes", birthDate: null });
      expect(parsed.ignoredColumns).toEqual(["tags"]);
      for (const d of parsed.drafts) {
        expect(detailSchemas[d.type].safeParse(d.details).success, d.key).toBe(true);
        expect(d.loggedBy).toBeNull();
        expect(d.key).toMatch(new RegExp(`^babybuddy\\|${model}\\|\\d+$`));
      }
    }
  });

  it("feedings: bottles with their milk and amount, one breast's time, solids, on New York's clock", () => {
    const [bottle, left, both, solids, fortified] = read(file("feeding")).drafts;
    expect(bottle).toMatchObject({
      key: "babybuddy|feeding|412",
      line: 2,
      type: "feed",
      startedAt: at("2026-01-10T12:15:00Z"),
      endedAt: at("2026-01-10T12:30:00Z"),
      details: { method: "bottle", milk: "formula", amountMl: 120, unit: "ml" },
      note: null,
      sourceType: "Feeding",
    });
    expect(left).toMatchObject({
      details: { method: "breast", leftSeconds: 1110, lastSide: "left" },
      note: "sleepy latch",
    });
    expect(both).toMatchObject({ details: { method: "breast" }, note: "both breasts" });
    expect(solids).toMatchObject({
      details: { method: "solids", foods: [] },
      note: "carrot purée, loved it · parent fed · amount 2",
    });
    expect(fortified).toMatchObject({
      details: { method: "bottle", milk: "mixed", amountMl: 90 },
      note: "fortified breast milk",
    });
  });

  it("sleep with nap kept in the note, diapers by wet and solid, tummy time as play", () => {
    const [nap, night] = read(file("sleep")).drafts;
    expect(nap).toMatchObject({
      type: "sleep",
      details: {},
      note: "in the carrier · nap",
      sourceType: "Sleep",
    });
    expect(night!.endedAt! - night!.startedAt).toBe((8 * 60 + 15) * 60_000);
    expect(night?.note).toBe("night sleep");
    const changes = read(file("change")).drafts;
    expect(changes.map((d) => d.details)).toEqual([
      { kind: "both", color: "yellow" },
      { kind: "wet" },
      { kind: "dry" },
    ]);
    expect(changes[0]).toMatchObject({ endedAt: null, note: "blowout", sourceType: "Diaper change" });
    expect(read(file("tummy-time")).drafts[0]).toMatchObject({
      type: "play",
      details: { kinds: ["tummy_time"] },
      note: "Lifted head to 45 degrees",
      sourceType: "Tummy time",
    });
  });

  it("pumping, temperatures (°F guessed above 50), growth at midday, notes and medication", () => {
    expect(read(file("pumping")).drafts[0]).toMatchObject({
      type: "pumping",
      details: { leftMl: 150, unit: "ml" },
      note: "total of both sides",
    });
    const [fever, normal] = read(file("temperature")).drafts;
    expect(fever).toMatchObject({
      details: { celsius: 38, unit: "f" },
      note: "after the bath",
      endedAt: null,
    });
    expect(normal?.details).toEqual({ celsius: 37.2, unit: "c" });
    const weight = read(file("weight")).drafts[0];
    expect(weight).toMatchObject({ type: "growth", details: { weightKg: 5.62 }, note: "clinic visit" });
    // A date with no time is midday on the family's clock: 12:00 in New York in January is 17:00 UTC.
    expect(weight?.startedAt).toBe(at("2026-01-08T17:00:00Z"));
    expect(read(file("height")).drafts[0]?.details).toEqual({ lengthCm: 58.5 });
    expect(read(file("head-circumference")).drafts[0]?.details).toEqual({ headCm: 39.8 });
    expect(read(file("note")).drafts[0]).toMatchObject({
      type: "note",
      details: {},
      note: "First real smile, at Grandma's",
    });
    expect(read(file("medication")).drafts[0]).toMatchObject({
      type: "medication",
      details: { name: "Infant paracetamol", dose: "2.5 ml" },
      note: "for the jab fever · next dose after 4 h",
      sourceType: "Medication",
    });
  });

  it("reads amounts in the units the family used when told: oz, lb, inches, °C", () => {
    const oz = read(file("pumping", [`55,${CHILD},2026-01-10 06:00:00,2026-01-10 06:20:00,4.5,,`]), {
      volumeUnit: "oz",
    });
    expect(oz.drafts[0]?.details).toEqual({ leftMl: 133.08, unit: "oz" });
    expect(
      read(file("weight", [`12,${CHILD},12.4,2026-01-08,,`]), { weightUnit: "lb" }).drafts[0]?.details,
    ).toEqual({ weightKg: 5.625 });
    expect(read(file("height"), { lengthUnit: "in" }).errors[0]).toMatchObject({
      code: "length_too_high",
      params: { max: 130 },
    });
    expect(
      read(file("height", [`9,${CHILD},23,2026-01-08,,`]), { lengthUnit: "in" }).drafts[0]?.details,
    ).toEqual({
      lengthCm: 58.4,
    });
    const celsius = read(file("temperature"), { temperatureUnit: "c" });
    expect(celsius.errors).toEqual([
      {
        line: 2,
        code: "temperature_too_high",
        params: { value: expect.any(Number), max: 45 },
        message: expect.stringMatching(/^A temperature of .* °C is outside what Attune can keep/),
      },
    ]);
  });

  it("reads Baby Buddy's own reduced import shapes, and the old pumping with one time", () => {
    const feeding = read(
      "child_id,start,end,type,method,amount,notes\n1,2020-02-16 23:10:16,2020-02-16 23:24:16,fortified breast milk,bottle,3.4,\n",
    );
    expect(feeding.model).toBe("feeding");
    expect(feeding.drafts[0]?.key).toBe(
      `babybuddy|feeding|${at("2020-02-17T04:10:16Z")}|${at("2020-02-17T04:24:16Z")}|fortified breast milk|bottle|3.4`,
    );
    expect(feeding.child).toBeNull();
    const pumping = read("child_id,amount,time\n1,100.2,2020-02-17 09:31:49\n");
    expect(pumping.model).toBe("pumping");
    expect(pumping.drafts[0]).toMatchObject({
      startedAt: at("2020-02-17T14:31:49Z"),
      details: { leftMl: 100.2 },
    });
    expect(pumping.drafts[0]?.endedAt).toBe(pumping.drafts[0]?.startedAt);
    for (const [header, model] of [
      ["child_id,note,time", "note"],
      ["child_id,start,nap,end,notes", "sleep"],
      ["child_id,start,end,milestone", "tummy-time"],
      ["child_id,weight,date,notes", "weight"],
      ["child_id,time,wet,solid,color,amount", "change"],
    ] as const)
      expect(read(header).model).toBe(model);
  });

  it("finds columns by name when some were unticked or moved, and names the ones it does not read", () => {
    const parsed = read(
      "\uFEFFmethod,start,type,amount,child_id,duration\nbottle,2026-01-10 07:15:00,formula,120,1,00:15:00\n",
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.drafts[0]).toMatchObject({
      details: { method: "bottle", milk: "formula", amountMl: 120 },
      endedAt: at("2026-01-10T12:15:00Z"),
    });
    expect(parsed.ignoredColumns).toEqual(["duration"]);
    expect(() => read("id,child_id,wet,solid,color\n1,1,1,0,\n")).toThrow(/no time column/);
  });
});

describe("rows it cannot keep, and a file of several children", () => {
  it("names each row that cannot be read or kept, by line and why", () => {
    const parsed = read(
      file("feeding", [
        `1,${CHILD},2026-02-30 10:00:00,2026-02-30 10:10:00,formula,bottle,60,,`,
        `2,${CHILD},2026-01-10 10:00:00,2026-01-10 09:00:00,formula,bottle,60,,`,
        `3,${CHILD},2026-01-10 11:00:00,2026-01-10 11:10:00,formula,bottle,lots,,`,
        `4,${CHILD},2026-01-10 12:00:00,2026-01-10 12:10:00,breast milk,cup,,,`,
        `5,${CHILD},2026-01-10 13:00:00,2026-01-10 13:10:00,breast milk,,,,`,
        `6,${CHILD},2026-01-09 13:00:00,2026-01-10 13:10:00,breast milk,left breast,,,`,
        `7,${CHILD},2026-01-10 14:00:00,2026-01-10 14:10:00,formula,bottle,3000,,`,
        "",
        `8,${CHILD},,,formula,bottle,60,,`,
      ]),
    );
    expect(parsed.drafts).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        line: 2,
        code: "babybuddy_bad_start",
        params: { value: "2026-02-30 10:00:00" },
        message: 'Its start "2026-02-30 10:00:00" is not a real date and time (YYYY-MM-DD HH:MM:SS).',
      },
      {
        line: 3,
        code: "ends_before_start",
        params: { end: "2026-01-10 09:00:00", start: "2026-01-10 10:00:00" },
        message: "It ends (2026-01-10 09:00:00) before it starts (2026-01-10 10:00:00).",
      },
      {
        line: 4,
        code: "babybuddy_bad_amount",
        params: { value: "lots" },
        message: 'Its amount "lots" is not a number of 0 or more.',
      },
      {
        line: 5,
        code: "babybuddy_bad_method",
        params: { value: "cup" },
        message: expect.stringMatching(/method "cup" is not one of Baby Buddy's/),
      },
      { line: 6, code: "babybuddy_no_method", params: {}, message: expect.stringMatching(/has no method/) },
      { line: 7, code: "too_long", params: {}, message: expect.stringMatching(/24 hours/) },
      {
        line: 8,
        code: "amount_too_high",
        params: { value: 3000, max: 2000 },
        message: "An amount of 3000 ml is outside what Attune can keep (at most 2000 ml).",
      },
      { line: 10, code: "babybuddy_no_start", params: {}, message: "It has no start." },
    ]);
    const more = read(
      file("change", [`1,${CHILD},2026-01-10 10:15:00,maybe,0,,,,`, `2,${CHILD},2026-01-10 10:15:00,,,,,,`]),
    );
    expect(more.errors).toEqual([
      {
        line: 2,
        code: "babybuddy_bad_wet",
        params: { value: "maybe" },
        message: 'Its wet "maybe" is not 1, 0 or empty.',
      },
      {
        line: 3,
        code: "babybuddy_change_neither",
        params: {},
        message: expect.stringMatching(/neither whether it was wet/),
      },
    ]);
    expect(read(file("sleep", [`1,${CHILD},2026-01-10 13:00:00,,1,,`])).errors[0]).toMatchObject({
      code: "babybuddy_sleep_without_end",
      message: expect.stringMatching(/needs its end/),
    });
    expect(read(file("weight", [`1,${CHILD},5.6,2026-13-01,,`])).errors[0]).toMatchObject({
      code: "babybuddy_bad_date",
      params: { value: "2026-13-01" },
      message: expect.stringMatching(/not a real date/),
    });
  });

  it("keeps the first child's rows and names each other child's row, asking for one file per child", () => {
    const parsed = read(
      file("change", [
        `201,${CHILD},2026-01-10 07:40:00,1,0,,,,`,
        "202,2,Ben,Reyes,2026-01-10 07:45:00,1,0,,,,",
        `203,${CHILD},2026-01-10 09:00:00,0,1,green,,,`,
      ]),
    );
    expect(parsed.child).toEqual({ name: "Alma Reyes", birthDate: null });
    expect(parsed.drafts.map((d) => d.line)).toEqual([2, 4]);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        code: "babybuddy_other_child",
        params: { child: "Ben Reyes, child_id 2", first: "Alma Reyes, child_id 1" },
        message: expect.stringMatching(/another child \(Ben Reyes, child_id 2\).*one file per child/),
      },
    ]);
  });
});

// The same records as GET /api/feedings/ and the rest return them (docs/api.md, api/serializers.py).
const API: { model: BabyBuddyModel; records: Record<string, unknown>[] }[] = [
  {
    model: "feeding",
    records: [
      {
        id: 412,
        child: 1,
        start: "2026-01-10T07:15:00.482913-05:00",
        end: "2026-01-10T12:30:00Z",
        duration: "00:14:59.517087",
        type: "formula",
        method: "bottle",
        amount: 120,
        notes: null,
        tags: ["night"],
      },
      {
        id: 411,
        child: 1,
        start: "2026-01-10T09:02:10Z",
        end: "2026-01-10T04:20:40-05:00",
        type: "breast milk",
        method: "left breast",
        amount: null,
        notes: "sleepy latch",
        tags: [],
      },
    ],
  },
  {
    model: "sleep",
    records: [
      {
        id: 78,
        child: 1,
        start: "2026-01-10T14:10:00Z",
        end: "2026-01-10T15:05:30.000001Z",
        nap: true,
        notes: "in the carrier",
      },
    ],
  },
  {
    model: "change",
    records: [
      {
        id: 202,
        child: 1,
        time: "2026-01-10T15:15:00+00:00",
        wet: true,
        solid: true,
        color: "yellow",
        amount: null,
        notes: "blowout",
        tags: [],
      },
    ],
  },
  {
    model: "tummy-time",
    records: [
      {
        id: 31,
        child: 1,
        start: "2026-01-10T16:00:00Z",
        end: "2026-01-10T16:05:00Z",
        milestone: "Lifted head to 45 degrees",
        tags: [],
      },
    ],
  },
  {
    model: "pumping",
    records: [
      {
        id: 55,
        child: 1,
        start: "2026-01-10T11:00:00Z",
        end: "2026-01-10T11:20:00Z",
        amount: 150.0,
        notes: null,
      },
    ],
  },
  {
    model: "temperature",
    records: [
      {
        id: 84,
        child: 1,
        temperature: 100.4,
        time: "2026-01-10T21:00:00Z",
        notes: "after the bath",
        tags: [],
      },
    ],
  },
  {
    model: "weight",
    records: [{ id: 12, child: 1, weight: 5.62, date: "2026-01-08", notes: "clinic visit", tags: [] }],
  },
  {
    model: "height",
    records: [{ id: 9, child: 1, height: 58.5, date: "2026-01-08", notes: null, tags: [] }],
  },
  {
    model: "head-circumference",
    records: [{ id: 7, child: 1, head_circumference: 39.8, date: "2026-01-08", notes: "", tags: [] }],
  },
  {
    model: "note",
    records: [
      {
        id: 5,
        child: 1,
        note: "First real smile, at Grandma's",
        image: null,
        time: "2026-01-10T22:30:00Z",
        tags: [],
      },
    ],
  },
  {
    model: "medication",
    records: [
      {
        id: 3,
        child: 1,
        name: "Infant paracetamol",
        dosage: 2.5,
        dosage_unit: "ml",
        time: "2026-01-11T01:00:00Z",
        next_dose_interval: "04:00:00",
        notes: "for the jab fever",
        tags: [],
      },
    ],
  },
];

describe("Baby Buddy's API records", () => {
  const parsed = readBabyBuddyRecords(API, ZONE);

  it("reads each model with offsets and microseconds, lines counted within each list", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.drafts.map((d) => `${d.sourceType} ${d.line}`)).toEqual([
      "Feeding 1",
      "Feeding 2",
      "Sleep 1",
      "Diaper change 1",
      "Tummy time 1",
      "Pumping 1",
      "Temperature 1",
      "Weight 1",
      "Height 1",
      "Head circumference 1",
      "Note 1",
      "Medication 1",
    ]);
    // Microseconds are dropped: the CSV writes whole seconds, and both must say the same.
    expect(parsed.drafts[0]?.startedAt).toBe(at("2026-01-10T12:15:00Z"));
  });

  it("gives each record the key and the entry its CSV row gives, so pulling after a CSV import adds nothing", () => {
    const fromCsv = new Map(
      MODELS.flatMap((model) => read(file(model)).drafts).map((d) => [d.key, withoutLine(d)] as const),
    );
    for (const draft of parsed.drafts) expect(withoutLine(draft), draft.key).toEqual(fromCsv.get(draft.key));
  });

  it("keys a record with no id by its times and values, as the same row of a CSV without ids", () => {
    const csv = read(
      "child_id,start,end,type,method,amount\n1,2026-01-10 07:15:00,2026-01-10 07:30:00,formula,bottle,120.0\n",
    );
    const api = readBabyBuddyRecords(
      [
        {
          model: "feeding",
          records: [
            {
              start: "2026-01-10T12:15:00.9Z",
              end: "2026-01-10T07:30:00-05:00",
              type: "formula",
              method: "bottle",
              amount: 120,
            },
          ],
        },
      ],
      ZONE,
    );
    expect(api.drafts[0]?.key).toBe(csv.drafts[0]?.key);
    expect(api.drafts[0]?.key).toMatch(/^babybuddy\|feeding\|\d+\|\d+\|formula\|bottle\|120$/);
  });

  it("names a record it cannot read by its model and id", () => {
    const bad = readBabyBuddyRecords(
      [
        {
          model: "sleep",
          records: [
            { id: 90, start: "2026-01-10 14:10", end: "2026-01-10T15:00:00Z" },
            { id: 91, start: "2026-01-10T14:10:00+25:00", end: "2026-01-10T15:00:00Z" },
            { id: 92, start: 1768054200000, end: "2026-01-10T15:00:00Z" },
          ],
        },
        { model: "weight", records: [{ weight: "heavy", date: "2026-01-08" }] },
      ],
      ZONE,
    );
    // A time without its offset is read on the zone's clock: 14:10 in New York ends before 15:00 UTC.
    expect(bad.errors).toEqual([
      {
        line: 1,
        code: "ends_before_start",
        params: { end: "2026-01-10T15:00:00Z", start: "2026-01-10 14:10", model: "sleep", recordId: "90" },
        message: "Sleep id 90: It ends (2026-01-10T15:00:00Z) before it starts (2026-01-10 14:10).",
      },
      {
        line: 2,
        code: "babybuddy_api_bad_start",
        params: { value: "2026-01-10T14:10:00+25:00", model: "sleep", recordId: "91" },
        message: expect.stringMatching(/^Sleep id 91: Its start "2026-01-10T14:10:00\+25:00" is not/),
      },
      {
        line: 3,
        code: "babybuddy_api_bad_start",
        params: { value: "1768054200000", model: "sleep", recordId: "92" },
        message: expect.stringMatching(/^Sleep id 92: Its start "1768054200000" is not/),
      },
      {
        line: 1,
        code: "babybuddy_bad_weight",
        params: { value: "heavy", model: "weight" },
        message: 'Weight 1: Its weight "heavy" is not a number of 0 or more.',
      },
    ]);
    expect(() => readBabyBuddyRecords([{ model: "bmi" as BabyBuddyModel, records: [] }], ZONE)).toThrow(
      NotThisFormat,
    );
  });

  it("lists the children by id, name and birth date", () => {
    expect(
      readBabyBuddyChildren([
        {
          id: 1,
          first_name: "Alma",
          last_name: "Reyes",
          birth_date: "2025-11-02",
          birth_time: null,
          slug: "alma-reyes",
        },
        { id: 2, first_name: "Ben", last_name: "", birth_date: "2025-02-30" },
        { first_name: "No id", birth_date: "2025-01-01" },
      ]),
    ).toEqual([
      { id: 1, name: "Alma Reyes", birthDate: "2025-11-02" },
      { id: 2, name: "Ben", birthDate: null },
    ]);
  });
});

describe("telling Baby Buddy's files from the others", () => {
  const huckleberry = [
    "Type",
    "Start",
    "End",
    "Duration",
    "Start Condition",
    "Start Location",
    "End Condition",
    "Notes",
    "Logged By",
  ];
  const nara = [
    "Type",
    "Profile Name",
    "Start Date/time",
    "Start Date/time (Epoch)",
    "Created By Caregiver",
    "Note",
    "Time Zone",
    "[Growth] Weight",
    "[Pump] Total Volume",
    "_activityKey",
  ];
  const attune = [
    "id",
    "type",
    "startedAt",
    "endedAt",
    "caregiverId",
    "moments",
    "cues",
    "feeling",
    "note",
    "details",
  ];

  it("matches none of Huckleberry's, Nara's or Attune's headers, and they match none of its", () => {
    for (const other of [huckleberry, nara, attune, ["Type", "Start", "End", "Notes", "Amount"]])
      expect(isBabyBuddyCsvHeader(other), other.join()).toBe(false);
    for (const model of MODELS) {
      const header = HEADERS[model].split(",");
      expect(isHuckleberryHeader(header)).toBe(false);
      expect(isNaraHeader(header)).toBe(false);
    }
    expect(() => read(`${huckleberry.join(",")}\nFeed,2026-01-10 07:15,,,,,,,\n`)).toThrow(NotThisFormat);
  });

  it("refuses another file with a sentence that helps, and says so of the list of children", () => {
    expect(() => read("Date,Time,What\n")).toThrow(/not a Baby Buddy export/);
    expect(() => read("id,first_name,last_name,birth_date,birth_time\n1,Alma,Reyes,2025-11-02,\n")).toThrow(
      /list of children/,
    );
    expect(() => parseBabyBuddyCsv([], ZONE)).toThrow(NotThisFormat);
  });
});

describe("rows no export would hold", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "",
      "1",
      "0",
      "2026-01-10 07:15:00",
      "2026-01-10 07:45:00",
      "2026-01-10",
      "2026-02-30",
      "120.5",
      "4,5",
      "-3",
      "1e309",
      "formula",
      "bottle",
      "left breast",
      "solid food",
      "self fed",
      "yellow",
      "4:00:00",
      "1 day, 2:00:00",
      "99999",
    ),
  );

  it("never throws on any cells under any model's header: each row becomes an entry or a reason", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
        fc.record({ volumeUnit: fc.constantFrom("ml", "oz") as fc.Arbitrary<"ml" | "oz"> }),
        (model, rows, units) => {
          const parsed = parseBabyBuddyCsv(
            [
              { line: 1, cells: HEADERS[model].split(",") },
              ...rows.map((cells, i) => ({ line: i + 2, cells })),
            ],
            ZONE,
            units,
          );
          const nonEmpty = rows.filter((cells) => cells.some((c) => c.trim() !== "")).length;
          expect(parsed.drafts.length + parsed.errors.length).toBe(nonEmpty);
          for (const d of parsed.drafts)
            expect(detailSchemas[d.type].safeParse(d.details).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on the real rows with a cell changed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODELS), fc.nat(), fc.nat(), cell, (model, r, c, value) => {
        const rows = csvRows(file(model));
        const row = rows[1 + (r % (rows.length - 1))]!;
        row.cells[c % row.cells.length] = value;
        const parsed = parseBabyBuddyCsv(rows, ZONE);
        expect(parsed.drafts.length + parsed.errors.length).toBe(rows.length - 1);
        for (const d of parsed.drafts) expect(detailSchemas[d.type].safeParse(d.details).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on any API record: each becomes an entry or a reason", () => {
    const value = fc.oneof(
      fc.anything(),
      cell,
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("2026-01-10T07:15:00.482913-05:00", "2026-01-10T12:30:00Z", "2026-01-10T12:30:00+0530"),
    );
    const field = fc.constantFrom(
      "id",
      "start",
      "end",
      "time",
      "date",
      "type",
      "method",
      "amount",
      "nap",
      "wet",
      "solid",
      "color",
      "temperature",
      "weight",
      "height",
      "head_circumference",
      "note",
      "notes",
      "name",
      "dosage",
      "dosage_unit",
      "next_dose_interval",
      "milestone",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.array(
          fc.oneof(fc.dictionary(field, value), fc.anything() as fc.Arbitrary<Record<string, unknown>>),
          {
            maxLength: 8,
          },
        ),
        (model, records) => {
          const parsed = readBabyBuddyRecords([{ model, records }], ZONE);
          expect(parsed.drafts.length + parsed.errors.length).toBe(records.length);
          for (const d of parsed.drafts)
            expect(detailSchemas[d.type].safeParse(d.details).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("Baby Buddy in the importer's language", () => {
  const spanish = (model: BabyBuddyModel, rows = ROWS[model]) =>
    parseBabyBuddyCsv(csvRows(file(model, rows)), ZONE, {}, noteWords.es).drafts;
  const notes = (drafts: ImportDraft[]) => drafts.map((d) => d.note);

  it("writes Attune's own words and Baby Buddy's listed values in Spanish, the family's text as written", () => {
    expect(notes(spanish("feeding"))).toEqual([
      null,
      "sleepy latch",
      "los dos pechos",
      "carrot purée, loved it · le dieron de comer · cantidad 2",
      "leche materna fortificada",
    ]);
    expect(notes(spanish("sleep"))).toEqual(["in the carrier · siesta", "sueño de noche"]);
    expect(notes(spanish("change", [`203,${CHILD},2026-01-10 11:00:00,1,0,orange,3,,`]))).toEqual([
      "orange · cantidad 3",
    ]);
    expect(notes(spanish("pumping"))).toEqual(["total de los dos lados"]);
    expect(notes(spanish("medication"))).toEqual(["for the jab fever · próxima dosis en 4 h"]);
    // A milk Baby Buddy does not list is the family's own word, kept as written.
    const goat = `413,${CHILD},2026-01-10 09:00:00,2026-01-10 09:10:00,goat milk,bottle,60,,`;
    expect(notes(spanish("feeding", [goat]))).toEqual(["goat milk"]);
  });

  it("changes only the notes: keys and details are the English import's, from a CSV or the API", () => {
    for (const model of MODELS) {
      const english = read(file(model)).drafts;
      expect(
        spanish(model).map((d) => [d.key, d.details]),
        model,
      ).toEqual(english.map((d) => [d.key, d.details]));
    }
    const api = readBabyBuddyRecords(API, ZONE, {}, noteWords.es).drafts;
    expect(api.map((d) => d.key)).toEqual(readBabyBuddyRecords(API, ZONE).drafts.map((d) => d.key));
    expect(api.find((d) => d.sourceType === "Sleep")?.note).toBe("in the carrier · siesta");
    expect(api.find((d) => d.sourceType === "Medication")?.note).toBe(
      "for the jab fever · próxima dosis en 4 h",
    );
  });
});
