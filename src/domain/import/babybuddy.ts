// Baby Buddy (github.com/babybuddy/babybuddy, a self-hosted tracker), read into Attune entries from either of
// the two ways a family can take its records out: JSON records from its REST API, or one model's CSV from its
// Database Admin. Both go through one mapping, so the same record gives the same entry and the same key.
// Facts, as of babybuddy/babybuddy @fa8bf4cd (notes with every source: .scratch/import-formats.md §2):
// - Models and fields (core/models.py, api/serializers.py): feeding (start, end, type "breast milk" | "formula" |
//   "fortified breast milk" | "solid food", method "bottle" | "left breast" | "right breast" | "both breasts" |
//   "parent fed" | "self fed", amount), sleep (start, end, nap), diaper change (time, wet, solid, color "black" |
//   "brown" | "green" | "yellow" | "", amount), tummy time (start, end, milestone; no notes), pumping (start, end,
//   amount; older versions a single time), temperature (temperature, time), weight / height /
//   head circumference (the value, and a date with no time), note (note, time), medication (name, dosage,
//   dosage_unit "mg" | "ml" | "tablets" | "drops" | "", time, next_dose_interval). Every record has an integer
//   id, its child's id, notes (except tummy time and note) and tags.
// - No amount has a unit (core/models.py: plain floats in whatever unit the family works in), so the caller
//   says which (BabyBuddyUnits), ml, kg and cm when it does not; a temperature above 50 is taken as °F.
// - The API writes datetimes in ISO 8601 with their offset, "2017-11-17T15:03:00-05:00" or
//   "2022-05-28T19:59:40.013914Z" (DRF DateTimeField, api/tests.py, docs/api.md), dates as YYYY-MM-DD.
// - The CSV (core/admin.py ImportExportResourceBase, django-import-export 4.4.1 widgets.py) starts with id,
//   child_id, child_first_name, child_last_name, then the model's fields in model order, tags last (as
//   comma-separated tag ids, which mean nothing outside that server); the person may untick any column, so
//   columns are found by name. Datetimes are local wall time "YYYY-MM-DD HH:MM:SS" in the exporting user's
//   zone with no offset, booleans 1 / 0 / empty. Baby Buddy's own import fixtures (core/tests/import/*.csv)
//   use reduced headers such as child_id,start,end,type,method,amount,notes and the old child_id,amount,time
//   for pumping; those read too.
// - An export holds every child unless the admin list was filtered by child first (docs/import-export.md:
//   "any applied filters will also filter the exported entries"; core/admin.py list_filter "child").
// Identity: `babybuddy|<model>|<id>`, else the record's times and values (not its notes), the same from either
// input. The API gives microseconds and the CSV whole seconds, so times are kept to the whole second.
import { readLengthCm, readTemperature, readVolume, readWeightKg, type Volume } from "./amounts.js";
import { isHuckleberryHeader } from "./huckleberry.js";
import { isNaraHeader } from "./nara.js";
import { babyBuddyValue, type NoteWords, noteWords } from "./note-words.js";
import { errorAt, inRecord, isRowReason, type RowReason, reason, rowError } from "./row-errors.js";
import { columnName, unstorable } from "./storable.js";
import {
  type ImportDraft,
  NotThisFormat,
  type ParsedImport,
  type RowError,
  type SourceRow,
} from "./types.js";
import { readWallTime } from "./wall-time.js";

export type BabyBuddyModel =
  | "feeding"
  | "sleep"
  | "change"
  | "tummy-time"
  | "pumping"
  | "temperature"
  | "weight"
  | "height"
  | "head-circumference"
  | "note"
  | "medication";

/** The units the family entered amounts in: Baby Buddy stores bare numbers. Unsaid, ml, kg and cm. */
export interface BabyBuddyUnits {
  volumeUnit?: "ml" | "oz";
  /** Unsaid, a reading above 50 is °F and any other °C (a baby's temperature is 30–45 °C, 86–113 °F). */
  temperatureUnit?: "c" | "f";
  weightUnit?: "kg" | "lb";
  lengthUnit?: "cm" | "in";
}

/** A child as Baby Buddy's API lists it (GET /api/children/): the import can make the baby from it. */
export interface BabyBuddyChild {
  id: number;
  name: string;
  birthDate: string | null;
}

/** Each model: its name in words (the draft's sourceType) and the fields it is read from, beyond the rest. */
const MODELS: Record<BabyBuddyModel, { words: string; reads: readonly string[] }> = {
  feeding: { words: "Feeding", reads: ["start", "end", "type", "method", "amount"] },
  sleep: { words: "Sleep", reads: ["start", "end", "nap"] },
  change: { words: "Diaper change", reads: ["time", "wet", "solid", "color", "amount"] },
  "tummy-time": { words: "Tummy time", reads: ["start", "end", "milestone"] },
  pumping: { words: "Pumping", reads: ["start", "end", "time", "amount"] },
  temperature: { words: "Temperature", reads: ["temperature", "time"] },
  weight: { words: "Weight", reads: ["weight", "date"] },
  height: { words: "Height", reads: ["height", "date"] },
  "head-circumference": { words: "Head circumference", reads: ["head_circumference", "date"] },
  note: { words: "Note", reads: ["note", "time"] },
  medication: { words: "Medication", reads: ["name", "dosage", "dosage_unit", "time", "next_dose_interval"] },
};
/** Columns every export carries: the record's id, its child, its notes. */
const ENVELOPE = ["id", "child_id", "child_first_name", "child_last_name", "notes"];

/**
 * How a CSV header tells its model, most particular first, and the columns that place its rows in time (one
 * of them is needed). A header of neither Huckleberry nor Nara, checked apart, since a feeding's type, start
 * and end are also Huckleberry's.
 */
const DETECT: { model: BabyBuddyModel; marks: (has: (n: string) => boolean) => boolean; times: string[] }[] =
  [
    {
      model: "medication",
      marks: (has) =>
        has("dosage") || has("dosage_unit") || has("next_dose_interval") || (has("name") && has("time")),
      times: ["time"],
    },
    { model: "head-circumference", marks: (has) => has("head_circumference"), times: ["date"] },
    { model: "weight", marks: (has) => has("weight"), times: ["date"] },
    { model: "height", marks: (has) => has("height"), times: ["date"] },
    { model: "temperature", marks: (has) => has("temperature"), times: ["time"] },
    { model: "change", marks: (has) => has("wet") || has("solid") || has("color"), times: ["time"] },
    { model: "tummy-time", marks: (has) => has("milestone"), times: ["start"] },
    { model: "sleep", marks: (has) => has("nap"), times: ["start"] },
    {
      model: "feeding",
      marks: (has) => has("method") || (has("type") && has("child_id")),
      times: ["start"],
    },
    { model: "note", marks: (has) => has("note") && !has("type"), times: ["time"] },
    {
      model: "pumping",
      marks: (has) => has("amount") && !has("type") && (has("start") || has("end") || has("time")),
      times: ["start", "time"],
    },
  ];

type Detected = { model: BabyBuddyModel; missing: string | null };

function detect(header: readonly string[]): Detected | null {
  if (isHuckleberryHeader(header) || isNaraHeader(header)) return null;
  const names = new Set(header.map(columnName));
  const has = (n: string) => names.has(n);
  const rule = DETECT.find((r) => r.marks(has));
  if (!rule) return null;
  return { model: rule.model, missing: rule.times.some(has) ? null : rule.times.join(" or ") };
}

/**
 * Whether a header row is one of Baby Buddy's CSV exports (any model), with a column to place rows in time
 * and one naming the child: every export has those, and a spreadsheet's "Date, Weight" is not an export.
 */
export function isBabyBuddyCsvHeader(header: readonly string[]): boolean {
  const found = detect(header);
  const names = new Set(header.map(columnName));
  const namesChild = ["child_id", "child_first_name", "child_last_name", "child"].some((n) => names.has(n));
  return found !== null && found.missing === null && namesChild;
}

/**
 * One model's CSV from Baby Buddy's Database Admin, its datetimes read on `zone`'s clock (the exporting user's
 * time zone). A file can hold several children: the first row that names one decides the file's child, and
 * every row about another child is a row error asking for one export per child, never an entry on the wrong
 * baby. `child` is that first child's name (null when its name columns were unticked). `words` are the ones
 * Attune adds to a note beside the file's text, in the importer's language.
 */
export function parseBabyBuddyCsv(
  rows: readonly SourceRow[],
  zone: string,
  units: BabyBuddyUnits = {},
  words: NoteWords = noteWords.en,
): ParsedImport & { model: BabyBuddyModel; child: { name: string; birthDate: null } | null } {
  const [header, ...body] = rows;
  const found = header ? detect(header.cells) : null;
  if (!header || !found) {
    const names = new Set(header?.cells.map(columnName));
    throw new NotThisFormat(
      names.has("first_name") && names.has("birth_date")
        ? "This is Baby Buddy's list of children, which holds no care to bring in: export a kind of record (feedings, sleep, diaper changes …) instead."
        : "This is not a Baby Buddy export: its first line should name the columns of one Baby Buddy model as Database Admin → Export writes them (for feedings: id, child_id, child_first_name, child_last_name, start, end, type, method, amount, notes, tags).",
    );
  }
  const { model, missing } = found;
  if (missing !== null)
    throw new NotThisFormat(
      `This Baby Buddy ${MODELS[model].words.toLowerCase()} export has no ${missing} column, so no row can be placed in time: export it again with that column ticked.`,
    );
  const names = header.cells.map(columnName);
  const index = new Map<string, number>();
  for (const [i, n] of names.entries()) if (!index.has(n)) index.set(n, i);
  const reads = new Set([...ENVELOPE, ...MODELS[model].reads]);
  const ignoredColumns = header.cells.filter((_name, i) => names[i] !== "" && !reads.has(names[i] as string));

  const drafts: ImportDraft[] = [];
  const errors: RowError[] = [];
  let child: { name: string; birthDate: null } | null = null;
  let first: { identity: string; described: string } | null = null;
  for (const row of body) {
    if (row.cells.every((c) => c.trim() === "")) continue;
    const fields = csvFields(row.cells, index, zone);
    const who = childOf(fields);
    if (who !== null) {
      if (first === null) {
        first = who;
        const name = [fields.text("child_first_name"), fields.text("child_last_name")].filter(Boolean);
        child = name.length ? { name: name.join(" "), birthDate: null } : null;
      } else if (who.identity !== first.identity) {
        errors.push(
          rowError(row.line, "babybuddy_other_child", { child: who.described, first: first.described }),
        );
        continue;
      }
    }
    const read = draftOf(model, fields, row.line, units, words);
    if (isRowReason(read)) errors.push(errorAt(row.line, read));
    else drafts.push(read);
  }
  return { drafts, errors, ignoredColumns, model, child };
}

/** Which child a CSV row is about, by its id or else its name; null when the row does not say. */
function childOf(fields: Fields): { identity: string; described: string } | null {
  const id = fields.text("child_id");
  const name = [fields.text("child_first_name"), fields.text("child_last_name")].filter(Boolean).join(" ");
  if (id) return { identity: `id ${id}`, described: name ? `${name}, child_id ${id}` : `child_id ${id}` };
  return name ? { identity: `name ${name}`, described: name } : null;
}

/**
 * Records as Baby Buddy's API returns them (the `results` of each list endpoint, for one child: ask with
 * `?child=<id>`), each batch of one model. A record's `line` is its 1-based position in its batch's list, and a
 * reason names the model and the record's id, since several lists share those numbers. `zone` places a date
 * with no time (a weight's) and a datetime that came without its offset. `words` are the ones Attune adds to a
 * note beside the record's text, in the importer's language.
 */
export function readBabyBuddyRecords(
  batches: { model: BabyBuddyModel; records: readonly Record<string, unknown>[] }[],
  zone: string,
  units: BabyBuddyUnits = {},
  words: NoteWords = noteWords.en,
): ParsedImport {
  const drafts: ImportDraft[] = [];
  const errors: RowError[] = [];
  for (const { model, records } of batches) {
    if (!Object.hasOwn(MODELS, model))
      throw new NotThisFormat(`Baby Buddy has no kind of record called "${String(model)}".`);
    for (const [i, record] of records.entries()) {
      const line = i + 1;
      const named = MODELS[model].words;
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        errors.push(inRecord(rowError(line, "babybuddy_not_a_record"), model, named, ""));
        continue;
      }
      const fields = apiFields(record, zone);
      const read = draftOf(model, fields, line, units, words);
      if (!isRowReason(read)) drafts.push(read);
      else errors.push(inRecord(errorAt(line, read), model, named, fields.text("id")));
    }
  }
  return { drafts, errors, ignoredColumns: [] };
}

/**
 * The children in GET /api/children/'s `results`: "first_name last_name" and the birth date when it is a real
 * YYYY-MM-DD. A record without an integer id cannot be asked for by `?child=` and is left out.
 */
export function readBabyBuddyChildren(records: readonly Record<string, unknown>[]): BabyBuddyChild[] {
  const children: BabyBuddyChild[] = [];
  for (const record of records) {
    if (typeof record !== "object" || record === null) continue;
    const fields = apiFields(record, "UTC");
    const id = fields.text("id");
    if (!/^\d{1,15}$/.test(id)) continue;
    const birth = fields.text("birth_date");
    children.push({
      id: Number(id),
      name: [fields.text("first_name"), fields.text("last_name")].filter(Boolean).join(" "),
      birthDate:
        /^\d{4}-\d{2}-\d{2}$/.test(birth) && readWallTime(`${birth} 12:00`, "UTC") !== null ? birth : null,
    });
  }
  return children;
}

/** One record's fields, whichever input it came from; each reader says null for nothing and "bad" for nonsense. */
interface Fields {
  /** The value as text, trimmed; "" when absent or empty. */
  text(name: string): string;
  /** A number of 0 or more. */
  number(name: string): number | null | "bad";
  flag(name: string): boolean | null | "bad";
  /** A date and time, to the whole second. */
  instant(name: string): number | null | "bad";
  /** A date with no time, placed at midday on `zone`'s clock. */
  day(name: string): number | null | "bad";
  /** Which input it is: each writes a date and time its own way, which a reason that quotes one says. */
  input: "csv" | "api";
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const readNumber = (text: string) => (NUMBER.test(text) ? Number(text.replace(",", ".")) : "bad");
const readFlag = (text: string) =>
  /^(1|true)$/i.test(text) ? true : /^(0|false)$/i.test(text) ? false : ("bad" as const);
/**
 * Midday, because the date is a calendar day with no time: noon stays on that day in the zone, clear of the
 * night-time daylight-saving changes, and sorts in the middle of the day's other entries.
 */
const readDay = (text: string, zone: string) =>
  (/^\d{4}-\d{2}-\d{2}$/.test(text) ? readWallTime(`${text} 12:00`, zone) : null) ?? ("bad" as const);

function csvFields(cells: readonly string[], index: ReadonlyMap<string, number>, zone: string): Fields {
  const text = (name: string) => {
    const i = index.get(name);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const when = <T>(name: string, read: (t: string) => T) => (text(name) ? read(text(name)) : null);
  return {
    text,
    number: (name) => when(name, readNumber),
    flag: (name) => when(name, readFlag),
    instant: (name) => when(name, (t) => readWallTime(t, zone) ?? "bad"),
    day: (name) => when(name, (t) => readDay(t, zone)),
    input: "csv",
  };
}

function apiFields(record: Record<string, unknown>, zone: string): Fields {
  const raw = (name: string) => (Object.hasOwn(record, name) ? record[name] : undefined);
  const text = (name: string) => {
    const value = raw(name);
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value.trim();
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    try {
      return JSON.stringify(value) ?? "";
    } catch {
      return "?";
    }
  };
  const when = <T>(name: string, read: (value: unknown) => T) => {
    const value = raw(name);
    return value === null || value === undefined || value === "" ? null : read(value);
  };
  return {
    text,
    number: (name) =>
      when(name, (v) =>
        typeof v === "number"
          ? Number.isFinite(v) && v >= 0
            ? v
            : "bad"
          : typeof v === "string"
            ? readNumber(v.trim())
            : "bad",
      ),
    flag: (name) =>
      when(name, (v) =>
        typeof v === "boolean"
          ? v
          : typeof v === "string" || typeof v === "number"
            ? readFlag(String(v))
            : "bad",
      ),
    instant: (name) => when(name, (v) => (typeof v === "string" ? readIsoTime(v, zone) : null) ?? "bad"),
    day: (name) => when(name, (v) => (typeof v === "string" ? readDay(v.trim(), zone) : "bad")),
    input: "api",
  };
}

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** An ISO 8601 datetime with its offset, to the whole second; one without an offset is read on `zone`'s clock. */
function readIsoTime(text: string, zone: string): number | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, date, hour, minute, second = "00", offset] = match;
  const wall = `${date} ${hour}:${minute}:${second}`;
  if (offset === undefined) return readWallTime(wall, zone);
  const utc = readWallTime(wall, "UTC");
  if (utc === null || offset.toUpperCase() === "Z") return utc;
  const [, sign, hh, mm = "00"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset) ?? [];
  const hours = Number(hh);
  const minutes = Number(mm);
  if (hours > 23 || minutes > 59) return null;
  return utc - (sign === "-" ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

type Read = Pick<ImportDraft, "type" | "startedAt" | "endedAt" | "details" | "note">;
type IdentityValue = string | number | boolean | null;
/** A record as an entry, with the values that stand for it when it has no id. */
type Reading = { read: Read; identity: IdentityValue[] };

/**
 * Care Baby Buddy logged at one moment (a change, a reading, a dose, a note): no end, and it is told apart by
 * its time and then by its own values.
 */
function atMoment(
  type: Read["type"],
  at: number,
  details: Read["details"],
  note: Read["note"],
  values: IdentityValue[],
): Reading {
  return { read: { type, startedAt: at, endedAt: null, details, note }, identity: [at, null, ...values] };
}

/** One record as a draft, or why it cannot be one. */
function draftOf(
  model: BabyBuddyModel,
  fields: Fields,
  line: number,
  units: BabyBuddyUnits,
  ours: NoteWords,
): ImportDraft | RowReason {
  const reading = readRecord(model, fields, units, ours);
  if (isRowReason(reading)) return reading;
  const problem = unstorable(reading.read);
  if (problem) return problem;
  const id = fields.text("id");
  const identity = /^\d+$/.test(id)
    ? id
    : reading.identity.map((v) => (v === null ? "" : typeof v === "boolean" ? Number(v) : v)).join("|");
  return {
    ...reading.read,
    key: `babybuddy|${model}|${identity}`,
    line,
    loggedBy: null,
    sourceType: MODELS[model].words,
  };
}

const MILK: Record<string, string> = {
  "breast milk": "breast_milk",
  formula: "formula",
  // Breast milk with a fortifier (a formula-based powder) added.
  "fortified breast milk": "mixed",
};
const BREAST: Record<string, "left" | "right" | "both"> = {
  "left breast": "left",
  "right breast": "right",
  "both breasts": "both",
};
const COLOURS = new Set(["black", "brown", "green", "yellow"]);

/** Each field's reason when it holds what it cannot (row-errors.ts words them). */
const BAD_TIME = {
  csv: { start: "babybuddy_bad_start", time: "babybuddy_bad_time", end: "babybuddy_bad_end" },
  api: { start: "babybuddy_api_bad_start", time: "babybuddy_api_bad_time", end: "babybuddy_api_bad_end" },
} as const;
const NOT_A_NUMBER = {
  amount: "babybuddy_bad_amount",
  temperature: "babybuddy_bad_temperature",
  dosage: "babybuddy_bad_dosage",
  weight: "babybuddy_bad_weight",
  height: "babybuddy_bad_height",
  head_circumference: "babybuddy_bad_head_circumference",
} as const;
const UNREADABLE = {
  amount: "babybuddy_unreadable_amount",
  temperature: "babybuddy_unreadable_temperature",
  weight: "babybuddy_unreadable_weight",
  height: "babybuddy_unreadable_height",
  head_circumference: "babybuddy_unreadable_head_circumference",
} as const;
const NOT_A_FLAG = {
  nap: "babybuddy_bad_nap",
  wet: "babybuddy_bad_wet",
  solid: "babybuddy_bad_solid",
} as const;
const NO_MEASURE = {
  weight: "babybuddy_no_weight",
  height: "babybuddy_no_height",
  head_circumference: "babybuddy_no_head_circumference",
} as const;

function readRecord(
  model: BabyBuddyModel,
  f: Fields,
  units: BabyBuddyUnits,
  ours: NoteWords,
): Reading | RowReason {
  const note = (...extra: string[]) => {
    const words = [f.text("notes"), ...extra].filter(Boolean);
    return words.length ? words.join(" · ").slice(0, 2000) : null;
  };
  /** A datetime the record needs. */
  const needed = (name: "start" | "time"): number | RowReason => {
    const at = f.instant(name);
    if (at === null) return reason(name === "start" ? "babybuddy_no_start" : "babybuddy_no_time");
    return at === "bad" ? reason(BAD_TIME[f.input][name], { value: f.text(name) }) : at;
  };
  /** Start and end; an end not given is the start (care of no recorded length), never a running timer. */
  const period = (): { start: number; end: number | null } | RowReason => {
    const start = needed("start");
    if (isRowReason(start)) return start;
    const end = f.instant("end");
    if (end === "bad") return reason(BAD_TIME[f.input].end, { value: f.text("end") });
    if (end !== null && end < start)
      return reason("ends_before_start", { end: f.text("end"), start: f.text("start") });
    return { start, end };
  };
  const amount = (name: keyof typeof NOT_A_NUMBER): number | null | RowReason => {
    const n = f.number(name);
    return n === "bad" ? reason(NOT_A_NUMBER[name], { value: f.text(name) }) : n;
  };
  const unreadable = (name: keyof typeof UNREADABLE) => reason(UNREADABLE[name], { value: f.text(name) });
  const flag = (name: keyof typeof NOT_A_FLAG): boolean | null | RowReason => {
    const b = f.flag(name);
    return b === "bad" ? reason(NOT_A_FLAG[name], { value: f.text(name) }) : b;
  };
  const volume = (n: number): Volume | null => readVolume(`${n} ${units.volumeUnit ?? "ml"}`);

  switch (model) {
    case "feeding": {
      const when = period();
      if (isRowReason(when)) return when;
      const kind = f.text("type").toLowerCase();
      const method = f.text("method").toLowerCase();
      const n = amount("amount");
      if (isRowReason(n)) return n;
      const identity = [when.start, when.end, kind, method, n];
      const endedAt = when.end ?? when.start;
      const amountWords = (unit: string) => (n === null ? "" : ours.amount(`${n}${unit}`));
      /** Every kind of feed spans the record's time and is told apart by the same values. */
      const feed = (details: Read["details"], feedNote: Read["note"]): Reading => ({
        read: { type: "feed", startedAt: when.start, endedAt, details, note: feedNote },
        identity,
      });
      if (kind === "solid food" || method === "parent fed" || method === "self fed") {
        return feed(
          { method: "solids", foods: [] },
          note(
            kind === "solid food" ? "" : babyBuddyValue(ours, kind),
            babyBuddyValue(ours, method),
            amountWords(""),
          ),
        );
      }
      const milk = kind ? (MILK[kind] ?? "other") : undefined;
      const unusualMilk = kind === "fortified breast milk" || milk === "other" ? kind : "";
      if (method === "bottle") {
        const given = n === null ? null : volume(n);
        if (n !== null && given === null) return unreadable("amount");
        return feed(
          {
            method: "bottle",
            ...(milk ? { milk } : {}),
            ...(given ? { amountMl: given.ml, unit: given.unit } : {}),
          },
          note(babyBuddyValue(ours, unusualMilk)),
        );
      }
      const side = BREAST[method];
      if (side) {
        // One side's feed lasted from start to end; with both, the export does not split the time.
        const seconds = when.end === null ? null : Math.round((when.end - when.start) / 1000);
        const one = side === "both" ? null : side;
        return feed(
          {
            method: "breast",
            ...(one && seconds !== null ? { [`${one}Seconds`]: seconds } : {}),
            ...(one ? { lastSide: one } : {}),
          },
          note(
            side === "both" ? babyBuddyValue(ours, "both breasts") : "",
            babyBuddyValue(ours, unusualMilk),
            amountWords(` ${units.volumeUnit ?? "ml"}`),
          ),
        );
      }
      return method
        ? reason("babybuddy_bad_method", { value: f.text("method") })
        : reason("babybuddy_no_method");
    }
    case "sleep": {
      const when = period();
      if (isRowReason(when)) return when;
      if (when.end === null) return reason("babybuddy_sleep_without_end");
      const nap = flag("nap");
      if (isRowReason(nap)) return nap;
      return {
        read: {
          type: "sleep",
          startedAt: when.start,
          endedAt: when.end,
          details: {},
          note: note(nap === null ? "" : nap ? ours.nap : ours.nightSleep),
        },
        identity: [when.start, when.end, nap],
      };
    }
    case "change": {
      const at = needed("time");
      if (isRowReason(at)) return at;
      const wet = flag("wet");
      if (isRowReason(wet)) return wet;
      const solid = flag("solid");
      if (isRowReason(solid)) return solid;
      if (wet === null && solid === null) return reason("babybuddy_change_neither");
      const kind = wet && solid ? "both" : wet ? "wet" : solid ? "dirty" : "dry";
      const colour = f.text("color").toLowerCase();
      const n = amount("amount");
      if (isRowReason(n)) return n;
      return atMoment(
        "diaper",
        at,
        { kind, ...(colour ? { color: COLOURS.has(colour) ? colour : "other" } : {}) },
        note(colour && !COLOURS.has(colour) ? f.text("color") : "", n === null ? "" : ours.amount(`${n}`)),
        [wet, solid, colour, n],
      );
    }
    case "tummy-time": {
      const when = period();
      if (isRowReason(when)) return when;
      return {
        read: {
          type: "play",
          startedAt: when.start,
          endedAt: when.end ?? when.start,
          details: { kinds: ["tummy_time"] },
          note: note(f.text("milestone")),
        },
        identity: [when.start, when.end, f.text("milestone")],
      };
    }
    case "pumping": {
      // Older Baby Buddy logged a pumping at one time, with no start or end: a moment, zero long.
      const when = f.text("start") || !f.text("time") ? period() : needed("time");
      if (isRowReason(when)) return when;
      const { start, end } = typeof when === "number" ? { start: when, end: when } : when;
      const n = amount("amount");
      if (isRowReason(n)) return n;
      const total = n === null ? null : volume(n);
      if (n !== null && total === null) return unreadable("amount");
      return {
        read: {
          type: "pumping",
          startedAt: start,
          endedAt: end ?? start,
          // Baby Buddy records one amount for both sides; Attune keeps it on the left, and says so.
          details: total ? { leftMl: total.ml, unit: total.unit } : {},
          note: note(total ? ours.bothSidesTotal : ""),
        },
        identity: [start, end, n],
      };
    }
    case "temperature": {
      const at = needed("time");
      if (isRowReason(at)) return at;
      const n = amount("temperature");
      if (isRowReason(n)) return n;
      if (n === null) return reason("babybuddy_no_temperature");
      const reading = readTemperature(`${n}${units.temperatureUnit ?? (n > 50 ? "f" : "c")}`);
      if (!reading) return unreadable("temperature");
      return atMoment("temperature", at, { celsius: reading.celsius, unit: reading.unit }, note(), [n]);
    }
    case "weight":
    case "height":
    case "head-circumference": {
      const field = model === "head-circumference" ? "head_circumference" : model;
      const day = f.day("date");
      if (day === null) return reason("babybuddy_no_date");
      if (day === "bad") return reason("babybuddy_bad_date", { value: f.text("date") });
      const n = amount(field);
      if (isRowReason(n)) return n;
      if (n === null) return reason(NO_MEASURE[field]);
      const value =
        model === "weight"
          ? readWeightKg(`${n}${units.weightUnit ?? "kg"}`)
          : readLengthCm(`${n}${units.lengthUnit ?? "cm"}`);
      if (value === null) return unreadable(field);
      const key = model === "weight" ? "weightKg" : model === "height" ? "lengthCm" : "headCm";
      return atMoment("growth", day, { [key]: value }, note(), [n]);
    }
    case "note": {
      const at = needed("time");
      if (isRowReason(at)) return at;
      const text = f.text("note");
      if (!text) return reason("babybuddy_empty_note");
      return atMoment("note", at, {}, note(text), [text]);
    }
    case "medication": {
      const at = needed("time");
      if (isRowReason(at)) return at;
      const name = f.text("name");
      if (!name) return reason("babybuddy_unnamed_medication");
      const dosage = amount("dosage");
      if (isRowReason(dosage)) return dosage;
      const dose = dosage === null ? "" : `${dosage} ${f.text("dosage_unit")}`.trim();
      const interval = f.text("next_dose_interval");
      return atMoment(
        "medication",
        at,
        { name: name.slice(0, 120), ...(dose ? { dose: dose.slice(0, 60) } : {}) },
        note(interval ? ours.nextDoseAfter(intervalWords(interval)) : ""),
        [name, dosage, f.text("dosage_unit")],
      );
    }
  }
}

/**
 * A next-dose interval in words ("4 h", "1 h 30 min"). The API writes Django's "04:00:00" ("1 02:00:00" past a
 * day), the CSV Python's "4:00:00" ("1 day, 2:00:00"); either reads the same. Anything else is kept as written.
 */
function intervalWords(text: string): string {
  const match = /^(?:(\d+)(?: days?,)? )?(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text);
  if (!match) return text;
  const minutes = Number(match[1] ?? 0) * 1440 + Number(match[2]) * 60 + Number(match[3]);
  const hours = Math.floor(minutes / 60);
  const words = [hours ? `${hours} h` : "", minutes % 60 ? `${minutes % 60} min` : ""].filter(Boolean);
  return words.length ? words.join(" ") : text;
}
