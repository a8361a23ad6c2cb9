// Attune's own exports, read as history for one baby: the family export (GET /api/families/:id/export, JSON
// or the zip that holds it as family.json; its schema is in ../family-export.ts), one baby's export
// (GET /api/babies/:id/export, JSON or CSV; src/server/routes/export.ts). Unlike another tracker's file, these
// keep the moments of connection and the cues, so nothing of the log is lost on the way.
//
// Each entry keeps its identity: the import's key is the entry's own id, and `sameAs` lets a file imported
// back into the baby it came from add nothing. A file's entries are checked one by one, so one entry written
// by hand badly costs that entry (named by its place in the file), not the import.
import { z } from "zod";
import { cues, entryTypes, moments } from "../entries/vocabulary.js";
import { FAMILY_EXPORT_FORMAT } from "../family-export.js";
import { errorAt, isRowReason, type RowReason, reason, rowError } from "./row-errors.js";
import { columnName, unstorable } from "./storable.js";
import {
  type ImportDraft,
  NotThisFormat,
  type ParsedImport,
  type RowError,
  SeveralChildren,
  type SourceChild,
  type SourceRow,
} from "./types.js";

/** One baby's export from the log. */
export const BABY_EXPORT_FORMAT = "attune-export";
/** The columns of one baby's CSV export, in its order. */
const CSV_COLUMNS = [
  "id",
  "type",
  "startedat",
  "endedat",
  "caregiverid",
  "moments",
  "cues",
  "feeling",
  "note",
  "details",
];

const babyShape = z.looseObject({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  birthDate: z.string().nullish(),
});
const documentShape = z.looseObject({
  format: z.string(),
  babies: z.array(babyShape).optional(),
  baby: babyShape.optional(),
  entries: z.array(z.unknown()),
});

const entryShape = z.looseObject({
  id: z.string().min(1).max(100),
  babyId: z.string().optional(),
  type: z.enum(entryTypes, { error: "its type is not one Attune logs" }),
  startedAt: z.iso.datetime({ offset: true, error: "its startedAt is not an ISO 8601 time" }),
  endedAt: z.iso.datetime({ offset: true, error: "its endedAt is not an ISO 8601 time" }).nullish(),
  details: z.record(z.string(), z.unknown()).default({}),
  moments: z.array(z.enum(moments)).default([]),
  cues: z.array(z.enum(cues)).default([]),
  feeling: z.number().int().min(1).max(5).nullish(),
  note: z.string().max(2000).nullish(),
});

/** Whether parsed JSON is one of Attune's exports (either kind), judged by its "format". */
export function isAttuneDocument(doc: unknown): boolean {
  const format = (doc as { format?: unknown } | null)?.format;
  return format === FAMILY_EXPORT_FORMAT || format === BABY_EXPORT_FORMAT;
}

/** Whether a CSV header is one baby's export from Attune. */
export function isAttuneCsvHeader(header: readonly string[]): boolean {
  const names = header.map(columnName);
  return CSV_COLUMNS.every((c) => names.includes(c));
}

/**
 * The entries of one baby from an Attune export. A family export with several babies needs `childId`: the
 * baby of the file whose history this is (the target baby itself is taken when the file holds it).
 */
export function parseAttuneDocument(
  doc: unknown,
  options: { targetBabyId: string; childId?: string },
): ParsedImport & { child: SourceChild } {
  if (!isAttuneDocument(doc))
    throw new NotThisFormat(
      `This is not an export from Attune: its "format" should be "${FAMILY_EXPORT_FORMAT}" (the family's data) or "${BABY_EXPORT_FORMAT}" (one baby's log).`,
    );
  const read = documentShape.safeParse(doc);
  if (!read.success)
    throw new NotThisFormat(
      `This Attune export is not whole: ${read.error.issues[0]?.path.join(".") || "it"} ${read.error.issues[0]?.message ?? "is missing"}.`,
    );
  const babies = read.data.babies ?? (read.data.baby ? [read.data.baby] : []);
  const children: SourceChild[] = babies.map((b) => ({
    id: b.id,
    name: b.name,
    birthDate: b.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(b.birthDate) ? b.birthDate : null,
  }));
  const chosen = chooseChild(children, options);
  const drafts: ImportDraft[] = [];
  const errors: RowError[] = [];
  read.data.entries.forEach((raw, index) => {
    const line = index + 1;
    const entry = entryShape.safeParse(raw);
    if (!entry.success) {
      errors.push(errorAt(line, unreadable(entry.error, line)));
      return;
    }
    // A family export names each entry's baby; one baby's export holds only that baby's.
    if (entry.data.babyId !== undefined && entry.data.babyId !== chosen.id) return;
    const draft = toDraft(entry.data, line);
    if (isRowReason(draft)) errors.push(errorAt(line, draft));
    else drafts.push(draft);
  });
  return { drafts, errors, ignoredColumns: [], child: chosen };
}

/** One baby's CSV export from Attune: the same entries, with moments and cues as words and details as JSON. */
export function parseAttuneCsv(rows: readonly SourceRow[]): ParsedImport {
  const [header, ...body] = rows;
  if (!header || !isAttuneCsvHeader(header.cells))
    throw new NotThisFormat(
      `This is not a CSV export from Attune: its first line should name the columns ${CSV_COLUMNS.join(", ")}.`,
    );
  const names = header.cells.map(columnName);
  const drafts: ImportDraft[] = [];
  const errors: RowError[] = [];
  for (const row of body) {
    if (row.cells.every((c) => c.trim() === "")) continue;
    const cell = (name: string) => (row.cells[names.indexOf(name)] ?? "").trim();
    let details: unknown = {};
    try {
      details = cell("details") ? JSON.parse(cell("details")) : {};
    } catch {
      errors.push(rowError(row.line, "attune_bad_details_json"));
      continue;
    }
    const words = (name: string) => cell(name).split(/\s+/).filter(Boolean);
    const entry = entryShape.safeParse({
      id: cell("id"),
      type: cell("type"),
      startedAt: cell("startedat"),
      endedAt: cell("endedat") || null,
      details,
      moments: words("moments"),
      cues: words("cues"),
      feeling: cell("feeling") ? Number(cell("feeling")) : null,
      note: cell("note") || null,
    });
    if (!entry.success) {
      errors.push(errorAt(row.line, unreadable(entry.error, null)));
      continue;
    }
    const draft = toDraft(entry.data, row.line);
    if (isRowReason(draft)) errors.push(errorAt(row.line, draft));
    else drafts.push(draft);
  }
  const ignoredColumns = header.cells.filter(
    (name) => name.trim() && !CSV_COLUMNS.includes(columnName(name)),
  );
  return { drafts, errors, ignoredColumns };
}

function toDraft(entry: z.infer<typeof entryShape>, line: number): ImportDraft | RowReason {
  const startedAt = Date.parse(entry.startedAt);
  const endedAt = entry.endedAt ? Date.parse(entry.endedAt) : null;
  const problem = unstorable({ type: entry.type, startedAt, endedAt, details: entry.details });
  if (problem) return problem;
  return {
    key: `attune|${entry.id}`,
    sameAs: entry.id,
    line,
    type: entry.type,
    startedAt,
    endedAt,
    details: entry.details,
    note: entry.note ?? null,
    loggedBy: null,
    sourceType: entry.type,
    moments: entry.moments,
    cues: entry.cues,
    feeling: entry.feeling ?? null,
  };
}

function chooseChild(
  children: SourceChild[],
  options: { targetBabyId: string; childId?: string },
): SourceChild {
  if (options.childId !== undefined) {
    const asked = children.find((c) => c.id === options.childId);
    if (!asked) throw new SeveralChildren(children);
    return asked;
  }
  const same = children.find((c) => c.id === options.targetBabyId);
  if (same) return same;
  const [only, ...more] = children;
  if (!only)
    throw new NotThisFormat("This Attune export names no baby, so its entries have no one to go to.");
  if (more.length) throw new SeveralChildren(children);
  return only;
}

/**
 * Why an entry cannot be read: a type or a time said as such, anything else in the schema's words. A JSON
 * file's entry is named by its place in the file (`entry`), a CSV row by its line alone (null).
 */
function unreadable(error: z.ZodError, entry: number | null): RowReason {
  const field = error.issues[0]?.path.join(".");
  if (field === "type")
    return entry === null ? reason("attune_bad_type") : reason("attune_entry_bad_type", { entry });
  if (field === "startedAt")
    return entry === null
      ? reason("attune_bad_started_at")
      : reason("attune_entry_bad_started_at", { entry });
  if (field === "endedAt")
    return entry === null ? reason("attune_bad_ended_at") : reason("attune_entry_bad_ended_at", { entry });
  const problem = describe(error);
  return entry === null
    ? reason("attune_unreadable", { problem })
    : reason("attune_entry_unreadable", { entry, problem });
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "it is not an entry";
  const where = issue.path.join(".");
  return where && !issue.message.startsWith("its") ? `${where} ${issue.message}` : issue.message;
}
