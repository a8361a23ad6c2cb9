// Huckleberry's CSV export, read into Attune entries. The layout (nine columns at most, what each holds per
// type) is described in shared/reference/samples/README.md, from public code that reads real exports
// (github.com/ausmarton/datababe, github.com/richardqhill/huckleberry-to-posthog, github.com/Woyken/
// py-huckleberry-api). Columns are found by name, never by position; a column we do not read is named back.
import type { EntryType } from "../entries/vocabulary.js";
import { readLengthCm, readSideTime, readTemperature, readVolume, readWeightKg } from "./amounts.js";
import { type NoteWords, noteWords } from "./note-words.js";
import { isRowReason, type RowReason, reason } from "./row-errors.js";
import { type EntryRead, RowsRead } from "./rows-read.js";
import { columnName } from "./storable.js";
import { NotThisFormat, type ParsedImport, type SourceRow } from "./types.js";
import { readWallTime } from "./wall-time.js";

const COLUMNS = {
  type: ["type"],
  start: ["start"],
  end: ["end"],
  duration: ["duration"],
  startCondition: ["start condition"],
  startLocation: ["start location"],
  endCondition: ["end condition"],
  notes: ["notes", "note"],
  loggedBy: ["logged by", "caregiver", "created by"],
} as const;
type Column = keyof typeof COLUMNS;

const normalise = columnName;

/** Whether a header row is Huckleberry's: its type, start and condition columns. */
export function isHuckleberryHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normalise));
  return ["type", "start", "end", "start condition", "end condition"].every((n) => names.has(n));
}

/** Care with a start and an end in Huckleberry that maps to one Attune type each. */
const TIMED: Record<string, { type: EntryType; details: Record<string, unknown> }> = {
  bath: { type: "bath", details: {} },
  "tummy time": { type: "play", details: { kinds: ["tummy_time"] } },
  "indoor play": { type: "play", details: { kinds: [] } },
  "outdoor play": { type: "play", details: { kinds: ["outdoors"] } },
  "skin to skin": { type: "skin_to_skin", details: {} },
};

const REACTIONS: Record<string, string> = { loved: "liked", meh: "neutral", hated: "disliked" };
const COLOURS = new Set(["yellow", "green", "brown", "black", "red", "white"]);

/** Where a sleep started, in Huckleberry's words, as far as Attune's sleep details say the same thing. */
const SLEEP_START: Record<string, Record<string, string>> = {
  "on own in bed": { fellAsleep: "on_own" },
  nursing: { fellAsleep: "feeding" },
  "worn or held": { fellAsleep: "holding" },
  stroller: { where: "stroller" },
  car: { where: "car" },
};

/** `words` are the ones Attune adds to a note or a name beside the file's text, in the importer's language. */
export function parseHuckleberry(
  rows: readonly SourceRow[],
  timeZone: string,
  words: NoteWords = noteWords.en,
): ParsedImport {
  const [header, ...body] = rows;
  if (!header || !isHuckleberryHeader(header.cells))
    throw new NotThisFormat(
      "This is not a Huckleberry export: its first line should name the columns Type, Start, End, Start Condition and End Condition.",
    );
  const names = header.cells.map(normalise);
  const index = {} as Record<Column, number>;
  for (const [column, accepted] of Object.entries(COLUMNS) as [Column, readonly string[]][])
    index[column] = names.findIndex((n) => accepted.includes(n));
  const known = new Set(Object.values(COLUMNS).flat() as string[]);
  const ignoredColumns = header.cells.filter((_name, i) => names[i] !== "" && !known.has(names[i] as string));

  const result = new RowsRead();
  for (const row of body) {
    const cell = (column: Column) => (index[column] >= 0 ? (row.cells[index[column]] ?? "").trim() : "");
    if (row.cells.every((c) => c.trim() === "")) continue;
    const read = readRow(cell, timeZone, words);
    if (isRowReason(read)) result.refuse(row.line, read);
    else
      result.keep(read, {
        key: `huckleberry|${cell("type").toLowerCase()}|${cell("start")}`,
        line: row.line,
        loggedBy: cell("loggedBy") || null,
        sourceType: cell("type"),
      });
  }
  return { drafts: result.drafts, errors: result.errors, ignoredColumns };
}

type Read = Pick<EntryRead, "type" | "startedAt" | "endedAt" | "details" | "note">;

/** One row as an entry, or why it cannot be one (quoting the file, so the person can check it there). */
function readRow(cell: (column: Column) => string, timeZone: string, ours: NoteWords): Read | RowReason {
  const kind = cell("type");
  if (!kind) return reason("no_type");
  const startedAt = readWallTime(cell("start"), timeZone);
  if (startedAt === null)
    return cell("start") ? reason("bad_start", { value: cell("start") }) : reason("no_start");
  let endedAt: number | null = null;
  if (cell("end")) {
    endedAt = readWallTime(cell("end"), timeZone);
    if (endedAt === null) return reason("bad_end", { value: cell("end") });
    if (endedAt < startedAt) return reason("ends_before_start", { end: cell("end"), start: cell("start") });
  }
  const note = (...extra: string[]) => {
    const words = [cell("notes"), ...extra.filter(Boolean)].filter(Boolean);
    return words.length ? words.join(" · ").slice(0, 2000) : null;
  };
  // Care that lasts keeps its length when the export gives one; a moment's length that was not recorded is
  // zero, never a running timer.
  const until = (fallbackSeconds = 0) => endedAt ?? startedAt + fallbackSeconds * 1000;

  switch (kind.toLowerCase()) {
    case "feed":
      return readFeed(cell, startedAt, endedAt, note);
    case "solids": {
      const reaction = REACTIONS[cell("endCondition").toLowerCase()];
      const foods = cell("startCondition")
        .split(",")
        .map((f) => f.trim().slice(0, 80))
        .filter(Boolean);
      return {
        type: "feed",
        startedAt,
        endedAt: until(),
        details: { method: "solids", foods, ...(reaction ? { reaction } : {}) },
        note: note(),
      };
    }
    case "pump": {
      const left = cell("startCondition") ? readVolume(cell("startCondition")) : null;
      const right = cell("endCondition") ? readVolume(cell("endCondition")) : null;
      if (cell("startCondition") && !left)
        return reason("bad_left_amount", { value: cell("startCondition") });
      if (cell("endCondition") && !right) return reason("bad_right_amount", { value: cell("endCondition") });
      const unit = left?.unit ?? right?.unit;
      return {
        type: "pumping",
        startedAt,
        endedAt: until(),
        details: {
          ...(left ? { leftMl: left.ml } : {}),
          ...(right ? { rightMl: right.ml } : {}),
          ...(unit ? { unit } : {}),
        },
        note: note(),
      };
    }
    case "diaper": {
      const what = cell("endCondition").toLowerCase();
      const kindOf = what.startsWith("both")
        ? "both"
        : what.startsWith("pee")
          ? "wet"
          : what.startsWith("poo")
            ? "dirty"
            : what.startsWith("dry")
              ? "dry"
              : null;
      if (!kindOf) return reason("huckleberry_bad_diaper", { value: cell("endCondition") });
      const colour = cell("duration").toLowerCase();
      return {
        type: "diaper",
        startedAt,
        endedAt: null,
        details: { kind: kindOf, ...(colour ? { color: COLOURS.has(colour) ? colour : "other" } : {}) },
        note: note(cell("startCondition"), /[:,]/.test(cell("endCondition")) ? cell("endCondition") : ""),
      };
    }
    case "sleep": {
      if (endedAt === null) return reason("sleep_without_end");
      const start = SLEEP_START[cell("startLocation").toLowerCase()] ?? {};
      const mapped = Object.keys(start).length > 0;
      return {
        type: "sleep",
        startedAt,
        endedAt,
        details: start,
        note: note(
          cell("startCondition").replaceAll("_", " "),
          mapped ? "" : cell("startLocation"),
          cell("endCondition") ? ours.woke(cell("endCondition")) : "",
        ),
      };
    }
    case "meds": {
      const name = (cell("startLocation") || ours.medicine).slice(0, 120);
      const dose = cell("startCondition").slice(0, 60);
      return {
        type: "medication",
        startedAt,
        endedAt: null,
        details: { name, ...(dose ? { dose } : {}) },
        note: note(),
      };
    }
    case "temp": {
      const reading = readTemperature(cell("startCondition"));
      if (!reading) return reason("bad_temperature_reading", { value: cell("startCondition") });
      return {
        type: "temperature",
        startedAt,
        endedAt: null,
        details: { celsius: reading.celsius, unit: reading.unit },
        note: note(),
      };
    }
    case "growth": {
      const weightKg = cell("startCondition") ? readWeightKg(cell("startCondition")) : null;
      const lengthCm = cell("startLocation") ? readLengthCm(cell("startLocation")) : null;
      const headCm = cell("endCondition") ? readLengthCm(cell("endCondition")) : null;
      if (weightKg === null && lengthCm === null && headCm === null) return reason("huckleberry_no_growth");
      return {
        type: "growth",
        startedAt,
        endedAt: null,
        details: {
          ...(weightKg !== null ? { weightKg } : {}),
          ...(lengthCm !== null ? { lengthCm } : {}),
          ...(headCm !== null ? { headCm } : {}),
        },
        note: note(),
      };
    }
    default: {
      const timed = TIMED[kind.toLowerCase()];
      if (timed)
        return {
          type: timed.type,
          startedAt,
          endedAt: until(durationSeconds(cell("duration"))),
          details: timed.details,
          note: note(),
        };
      // Potty, Brush teeth, Other, and anything newer: kept under its own name, never dropped.
      return {
        type: "custom",
        startedAt,
        endedAt: null,
        details: { label: kind.slice(0, 60) },
        note: note(),
      };
    }
  }
}

function readFeed(
  cell: (column: Column) => string,
  startedAt: number,
  endedAt: number | null,
  note: (...extra: string[]) => string | null,
): Read | RowReason {
  const condition = cell("startCondition");
  const bottle = /bottle/i.test(cell("startLocation")) || /^(formula|breast milk)$/i.test(condition);
  if (bottle) {
    const amount = cell("endCondition") ? readVolume(cell("endCondition")) : null;
    if (cell("endCondition") && !amount) return reason("bad_bottle_amount", { value: cell("endCondition") });
    const milk = /^formula$/i.test(condition)
      ? "formula"
      : /^breast milk$/i.test(condition)
        ? "breast_milk"
        : undefined;
    return {
      type: "feed",
      startedAt,
      endedAt: endedAt ?? startedAt,
      details: {
        method: "bottle",
        ...(milk ? { milk } : {}),
        ...(amount ? { amountMl: amount.ml, unit: amount.unit } : {}),
      },
      note: note(),
    };
  }
  const right = condition ? readSideTime(condition) : null;
  const left = cell("endCondition") ? readSideTime(cell("endCondition")) : null;
  if (condition && !right) return reason("bad_right_side_time", { value: condition });
  if (cell("endCondition") && !left) return reason("bad_left_side_time", { value: cell("endCondition") });
  const seconds = (right?.seconds ?? 0) + (left?.seconds ?? 0);
  const sides = [
    left && left.seconds > 0 ? "left" : null,
    right && right.seconds > 0 ? "right" : null,
  ].filter(Boolean);
  return {
    type: "feed",
    startedAt,
    endedAt: endedAt ?? startedAt + seconds * 1000,
    details: {
      method: "breast",
      ...(left ? { leftSeconds: left.seconds } : {}),
      ...(right ? { rightSeconds: right.seconds } : {}),
      // Which side came last the export does not say; with one side it is that one.
      ...(sides.length === 1 ? { lastSide: sides[0] } : {}),
    },
    note: note(),
  };
}

/** "01:10" (hours and minutes, as Huckleberry writes a length) in seconds; 0 when absent or unreadable. */
function durationSeconds(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  return match ? (Number(match[1]) * 60 + Number(match[2])) * 60 : 0;
}
