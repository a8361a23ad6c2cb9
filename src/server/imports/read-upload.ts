// An uploaded export, whatever shape it came in (a CSV, Attune's JSON, a zip of either), read by the reader
// its format names: the format is found from the file itself unless the person chose one. A file that is
// not what it should be is refused here, as a 4xx that says why, before anything is written.
import { isAttuneCsvHeader, parseAttuneCsv, parseAttuneDocument } from "../../domain/import/attune.js";
import {
  type BabyBuddyUnits,
  isBabyBuddyCsvHeader,
  parseBabyBuddyCsv,
} from "../../domain/import/babybuddy.js";
import { isHuckleberryHeader, parseHuckleberry } from "../../domain/import/huckleberry.js";
import { isNaraHeader, parseNara } from "../../domain/import/nara.js";
import type { NoteWords } from "../../domain/import/note-words.js";
import {
  NotThisFormat,
  type ParsedImport,
  SeveralChildren,
  type SourceChild,
  type SourceRow,
} from "../../domain/import/types.js";
import { HttpError } from "../errors.js";
import { csvRows } from "./csv-rows.js";
import { decodeExport } from "./decode.js";
import { isZip, unpack } from "./unpack.js";

export const uploadFormats = ["huckleberry", "nara", "babybuddy-csv", "attune"] as const;
export type UploadFormat = (typeof uploadFormats)[number];

export interface ReadExport extends ParsedImport {
  format: UploadFormat;
  /** The child the file is about, when it says: the baby can be made from it. */
  child: SourceChild | null;
}

export interface ReadOptions {
  format: UploadFormat | "auto";
  /** The clock the file's wall times were written on. */
  timeZone: string;
  targetBabyId: string;
  /** Which child of the file, when it holds several. */
  childId?: string;
  /** The units a Baby Buddy file's bare numbers are in. */
  units?: BabyBuddyUnits;
  /** The words Attune adds to a note beside the file's text, in the importer's language. */
  words: NoteWords;
}

export function readUpload(bytes: Uint8Array, options: ReadOptions): ReadExport {
  const file = isZip(bytes) ? unpack(bytes) : { kind: "text" as const, bytes };
  const text = decodeExport(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.length));
  try {
    if (file.kind === "json" || (file.kind === "text" && /^\s*[{[]/.test(text)))
      return readJson(text, options);
    return readCsv(csvRows(text), options);
  } catch (error) {
    if (error instanceof SeveralChildren)
      throw new HttpError(400, "choose_child", error.message, { children: error.children });
    if (error instanceof NotThisFormat)
      throw new HttpError(400, `not_${options.format === "auto" ? "attune" : options.format}`, error.message);
    throw error;
  }
}

function readJson(text: string, options: ReadOptions): ReadExport {
  if (options.format !== "auto" && options.format !== "attune")
    throw new HttpError(
      400,
      `not_${options.format}`,
      "This file is JSON, not a CSV export: only Attune's own exports are JSON. Choose Attune as the format, or another file.",
    );
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new HttpError(
      400,
      "bad_json",
      "This file looks like JSON but cannot be read as it: it may be cut short. Download the export again.",
    );
  }
  const parsed = parseAttuneDocument(doc, {
    targetBabyId: options.targetBabyId,
    ...(options.childId !== undefined ? { childId: options.childId } : {}),
  });
  return { ...parsed, format: "attune" };
}

function readCsv(rows: readonly SourceRow[], options: ReadOptions): ReadExport {
  const format = options.format === "auto" ? detect(rows) : options.format;
  switch (format) {
    case "huckleberry":
      return { ...parseHuckleberry(rows, options.timeZone, options.words), format, child: null };
    case "nara": {
      const { child, ...parsed } = parseNara(rows, options.timeZone, options.words);
      return { ...parsed, format, child: child && { id: "", ...child } };
    }
    case "babybuddy-csv": {
      const read = parseBabyBuddyCsv(rows, options.timeZone, options.units, options.words);
      const { child, model: _model, ...parsed } = read;
      return { ...parsed, format, child: child && { id: "", ...child } };
    }
    case "attune":
      return { ...parseAttuneCsv(rows), format, child: null };
  }
}

/** The format a CSV is in, from its first line; a clear refusal when it is none Attune reads. */
function detect(rows: readonly SourceRow[]): UploadFormat {
  const header = rows[0]?.cells ?? [];
  if (isHuckleberryHeader(header)) return "huckleberry";
  if (isNaraHeader(header)) return "nara";
  if (isAttuneCsvHeader(header)) return "attune";
  if (isBabyBuddyCsvHeader(header)) return "babybuddy-csv";
  throw new HttpError(
    400,
    "unknown_format",
    "Attune does not recognise this file as an export it can read. It reads Huckleberry's, Nara Baby's and Baby Buddy's CSV exports and its own; choose the format if the file is one.",
  );
}
