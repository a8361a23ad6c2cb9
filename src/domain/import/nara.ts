// Nara Baby's CSV export (one file per child), read into Attune entries. Nara publishes no description of the
// format; the columns below are as public importers that were checked against real exports read them
// (github.com/GrekMaR/nara-baby-exporter schema/FIELD_MAPPING.md, github.com/TheOnlySteel/Babytracker
// scripts/nara-map.mjs, github.com/SrdjanCoric/baby-tracker src/services/import/nara-reader.test.ts):
// a Type per row, its own columns prefixed "[Type] ", times as epoch milliseconds with each row's own time
// zone, and a stable `_activityKey` per activity. Columns are found by name; the set varies by export.
import type { EntryType } from "../entries/vocabulary.js";
import { ML_PER_FL_OZ } from "./amounts.js";
import { type NoteWords, noteWords } from "./note-words.js";
import { isRowReason, type RowReason, reason } from "./row-errors.js";
import { type EntryRead, RowsRead } from "./rows-read.js";
import { columnName } from "./storable.js";
import { NotThisFormat, type ParsedImport, type SourceRow } from "./types.js";
import { readWallTime } from "./wall-time.js";

const normalise = columnName;

/** Whether a header row is Nara's: its Type column and its epoch start column. */
export function isNaraHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normalise));
  return names.has("type") && (names.has("start date/time (epoch)") || names.has("_activitykey"));
}

/** The child the export is about, from its Profile row: an import can make the baby from it. */
export interface NaraChild {
  name: string;
  birthDate: string | null;
}

type Read = EntryRead & { part?: string };

/** `words` are the ones Attune adds to a note or a name beside the file's text, in the importer's language. */
export function parseNara(
  rows: readonly SourceRow[],
  fallbackZone: string,
  words: NoteWords = noteWords.en,
): ParsedImport & { child: NaraChild | null } {
  const [header, ...body] = rows;
  if (!header || !isNaraHeader(header.cells))
    throw new NotThisFormat(
      'This is not a Nara Baby export: its first line should name the columns Type and "Start Date/time (Epoch)".',
    );
  const names = header.cells.map(normalise);
  const used = new Set<number>();
  const col = (name: string) => {
    const i = names.indexOf(name.toLowerCase());
    if (i >= 0) used.add(i);
    return i;
  };
  // Every column this reader knows, asked for once so the rest can be named as left behind.
  const known = [
    "type",
    "profile name",
    "start date/time",
    "start date/time (epoch)",
    "created by caregiver",
    "last updated by caregiver",
    "note",
    "time zone",
    "_familykey",
    "_profilekey",
    "_activitykey",
  ];
  for (const n of known) col(n);
  for (const [i, n] of names.entries())
    if (
      /^\[(breastfeed|bottle feed|combo feed|sleep|diaper|pump|growth|medical|solid feed|routine|milestone|baby first|vaccine|profile)\]/.test(
        n,
      )
    )
      used.add(i);
  const ignoredColumns = header.cells.filter((name, i) => name.trim() !== "" && !used.has(i));

  const result = new RowsRead();
  let child: NaraChild | null = null;
  for (const row of body) {
    const cell = (name: string) => {
      const i = names.indexOf(name.toLowerCase());
      return i >= 0 ? (row.cells[i] ?? "").trim() : "";
    };
    if (row.cells.every((c) => c.trim() === "")) continue;
    const kind = cell("Type");
    if (kind.toLowerCase() === "profile") {
      child ??= {
        name: cell("Profile Name"),
        birthDate: /^\d{4}-\d{2}-\d{2}$/.test(cell("[Profile] Birth Date"))
          ? cell("[Profile] Birth Date")
          : null,
      };
      continue;
    }
    const read = readRow(kind, cell, fallbackZone, words);
    if (isRowReason(read)) {
      result.refuse(row.line, read);
      continue;
    }
    const identity =
      cell("_activityKey") ||
      `${kind.toLowerCase()}|${cell("Start Date/time (Epoch)") || cell("Start Date/time")}`;
    for (const { part, ...entry } of read)
      result.keep(entry, {
        key: `nara|${identity}${part ? `#${part}` : ""}`,
        line: row.line,
        loggedBy: cell("Created By Caregiver") || null,
        sourceType: kind,
      });
  }
  return { drafts: result.drafts, errors: result.errors, ignoredColumns, child };
}

/** A volume in ml from Nara's number and unit ("ML", "FLOZ"), with the unit it was written in. */
function volume(value: string, unit: string): { ml: number; unit: "ml" | "oz" } | null | "bad" {
  if (!value) return null;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n) || n < 0) return "bad";
  const oz = /oz/i.test(unit);
  return { ml: oz ? Math.round(n * ML_PER_FL_OZ * 100) / 100 : n, unit: oz ? "oz" : "ml" };
}

const seconds = (text: string) => {
  const n = Number(text);
  return text !== "" && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
};

function readRow(
  kind: string,
  cell: (name: string) => string,
  fallbackZone: string,
  ours: NoteWords,
): Read[] | RowReason {
  if (!kind) return reason("no_type");
  const zone = cell("Time Zone") || fallbackZone;
  const instant = (epochColumn: string, localColumn: string): number | null | "bad" => {
    const epoch = cell(epochColumn);
    if (epoch) {
      const n = Number(epoch);
      return Number.isFinite(n) && n > 0 ? Math.round(n) : "bad";
    }
    const local = cell(localColumn);
    if (!local) return null;
    try {
      return readWallTime(local, zone) ?? "bad";
    } catch {
      return readWallTime(local, fallbackZone) ?? "bad";
    }
  };
  const startedAt = instant("Start Date/time (Epoch)", "Start Date/time");
  if (startedAt === null) return reason("nara_no_start");
  if (startedAt === "bad")
    return reason("nara_bad_start", { value: cell("Start Date/time (Epoch)") || cell("Start Date/time") });
  const note = (...extra: string[]) => {
    const words = [cell("Note"), ...extra].map((w) => w.trim()).filter(Boolean);
    return words.length ? words.join(" · ").slice(0, 2000) : null;
  };
  const endOf = (prefix: string): number | null | RowReason => {
    const end = instant(`[${prefix}] End Date/time (Epoch)`, `[${prefix}] End Date/time`);
    if (end === "bad") return reason("nara_bad_end");
    if (end !== null) return end < startedAt ? reason("ends_too_early") : end;
    const length = seconds(cell(`[${prefix}] Duration (Seconds)`));
    return length === null ? null : startedAt + length * 1000;
  };
  const one = (
    type: EntryType,
    details: Record<string, unknown>,
    endedAt: number | null,
    ...extra: string[]
  ): Read[] => [{ type, startedAt, endedAt, details, note: note(...extra) }];
  const breast = (prefix: string): Read => {
    const left = seconds(cell(`[${prefix}] Left Duration (Seconds)`));
    const right = seconds(cell(`[${prefix}] Right Duration (Seconds)`));
    const last = cell(`[${prefix}] End Side`)
      .replace(/\.nonTimer$/i, "")
      .toLowerCase();
    return {
      type: "feed",
      startedAt,
      endedAt: startedAt + ((left ?? 0) + (right ?? 0)) * 1000,
      details: {
        method: "breast",
        ...(left !== null ? { leftSeconds: left } : {}),
        ...(right !== null ? { rightSeconds: right } : {}),
        ...(last === "left" || last === "right" ? { lastSide: last } : {}),
      },
      note: note(),
    };
  };
  const bottle = (prefix: string): Read | RowReason => {
    const kindOfMilk = cell(`[${prefix}] Type`).toLowerCase();
    const milk =
      kindOfMilk === "formula"
        ? "formula"
        : kindOfMilk === "breast milk"
          ? "breast_milk"
          : kindOfMilk.includes("formula")
            ? "mixed"
            : undefined;
    const parts = [volume(cell(`[${prefix}] Volume`), cell(`[${prefix}] Volume Unit`))];
    if (parts[0] === null)
      parts.push(
        volume(cell(`[${prefix}] Breast Milk Volume`), cell(`[${prefix}] Breast Milk Volume Unit`)),
        volume(cell(`[${prefix}] Formula Volume`), cell(`[${prefix}] Formula Volume Unit`)),
      );
    if (parts.includes("bad")) return reason("nara_bad_bottle_volume");
    const amounts = parts.filter((p): p is { ml: number; unit: "ml" | "oz" } => p !== null && p !== "bad");
    const ml = amounts.reduce((sum, a) => sum + a.ml, 0);
    return {
      type: "feed",
      startedAt,
      endedAt: startedAt,
      details: {
        method: "bottle",
        ...(milk ? { milk } : {}),
        ...(amounts.length ? { amountMl: Math.round(ml * 100) / 100, unit: amounts[0]?.unit } : {}),
      },
      note: note(cell(`[${prefix}] Formula Name`)),
    };
  };

  switch (kind.toLowerCase()) {
    case "breastfeed":
      return [breast("Breastfeed")];
    case "bottle feed": {
      const read = bottle("Bottle Feed");
      return isRowReason(read) ? read : [read];
    }
    case "combo feed": {
      // Breast and bottle in one sitting: two entries, as Attune logs each kind of feed on its own.
      const milk = bottle("Combo Feed");
      if (isRowReason(milk)) return milk;
      const nursing = breast("Combo Feed");
      return [
        { ...nursing, part: "breast" },
        {
          ...milk,
          startedAt: nursing.endedAt ?? startedAt,
          endedAt: nursing.endedAt ?? startedAt,
          part: "bottle",
        },
      ];
    }
    case "sleep": {
      const end = endOf("Sleep");
      if (isRowReason(end)) return end;
      if (end === null) return reason("sleep_without_end");
      return one("sleep", {}, end);
    }
    case "diaper": {
      const what = cell("[Diaper] Type").toLowerCase();
      const kindOf =
        what === "dirty wet" || what === "wet dirty" || what === "mixed"
          ? "both"
          : what === "wet"
            ? "wet"
            : what === "dirty"
              ? "dirty"
              : what === "dry"
                ? "dry"
                : null;
      if (!kindOf) return reason("nara_bad_diaper", { value: cell("[Diaper] Type") });
      const colour = cell("[Diaper] Dirty Color").split(/\s+/)[0]?.toLowerCase() ?? "";
      const colours = ["yellow", "green", "brown", "black", "red", "white"];
      return one(
        "diaper",
        { kind: kindOf, ...(colour ? { color: colours.includes(colour) ? colour : "other" } : {}) },
        null,
        cell("[Diaper] Dirty Texture").toLowerCase(),
        cell("[Diaper] Detail"),
      );
    }
    case "pump": {
      const end = endOf("Pump");
      if (isRowReason(end)) return end;
      const left = volume(cell("[Pump] Left Volume"), cell("[Pump] Left Volume Unit"));
      const right = volume(cell("[Pump] Right Volume"), cell("[Pump] Right Volume Unit"));
      const total = volume(cell("[Pump] Total Volume"), cell("[Pump] Total Volume Unit"));
      if (left === "bad" || right === "bad" || total === "bad") return reason("nara_bad_pumped_volume");
      const unit = left?.unit ?? right?.unit ?? total?.unit;
      return one(
        "pumping",
        {
          ...(left ? { leftMl: left.ml } : {}),
          ...(right ? { rightMl: right.ml } : {}),
          ...(!left && !right && total ? { leftMl: total.ml } : {}),
          ...(unit ? { unit } : {}),
        },
        end ?? startedAt,
        !left && !right && total ? ours.bothSidesTotal : "",
      );
    }
    case "growth": {
      const measure = (name: string) => {
        const n = Number(cell(`[Growth] ${name}`).replace(",", "."));
        return cell(`[Growth] ${name}`) && Number.isFinite(n) ? n : null;
      };
      const weight = measure("Weight");
      const height = measure("Height");
      const head = measure("Head Size");
      const inches = (name: string) => /^in/i.test(cell(`[Growth] ${name} Unit`));
      const details = {
        ...(weight !== null
          ? {
              weightKg: /^lb/i.test(cell("[Growth] Weight Unit"))
                ? Math.round(weight * 0.45359237 * 1000) / 1000
                : weight,
            }
          : {}),
        ...(height !== null ? { lengthCm: inches("Height") ? Math.round(height * 25.4) / 10 : height } : {}),
        ...(head !== null ? { headCm: inches("Head Size") ? Math.round(head * 25.4) / 10 : head } : {}),
      };
      if (!Object.keys(details).length) return reason("nara_no_growth");
      return one("growth", details, null);
    }
    case "medical": {
      const reads: Read[] = [];
      const medication = cell("[Medical] Medication");
      if (medication) {
        const [name = "", ...rest] = medication.split(/\r?\n/);
        reads.push({
          type: "medication",
          startedAt,
          endedAt: null,
          details: { name: name.slice(0, 120) },
          note: note(rest.join(" ")),
          part: "medication",
        });
      }
      const temperature = Number(cell("[Medical] Temperature").replace(",", "."));
      if (cell("[Medical] Temperature") && Number.isFinite(temperature)) {
        const f = /^f/i.test(cell("[Medical] Temperature Unit"));
        reads.push({
          type: "temperature",
          startedAt,
          endedAt: null,
          details: {
            celsius: f ? Math.round((((temperature - 32) * 5) / 9) * 100) / 100 : temperature,
            unit: f ? "f" : "c",
          },
          note: medication ? null : note(),
          part: "temperature",
        });
      }
      return reads.length ? reads : reason("nara_empty_medical");
    }
    case "solid feed": {
      const foods = cell("[Solid Feed] Food")
        .split(/\r?\n/)
        .map((f) => f.split(":")[0]?.trim().slice(0, 80) ?? "")
        .filter(Boolean);
      return one("feed", { method: "solids", foods }, startedAt, cell("[Solid Feed] Meal").toLowerCase());
    }
    case "routine": {
      const routine = cell("[Routine] Routine");
      const lower = routine.toLowerCase();
      if (lower === "bath") return one("bath", {}, startedAt);
      if (lower === "tummy time") return one("play", { kinds: ["tummy_time"] }, startedAt);
      return one("custom", { label: (routine || ours.routine).slice(0, 60) }, null);
    }
    default: {
      // Milestones, firsts, vaccines and anything newer: kept under Nara's own name, with its words.
      const own = cell(`[${kind}] ${kind}`);
      return one("custom", { label: kind.slice(0, 60) }, null, own);
    }
  }
}
