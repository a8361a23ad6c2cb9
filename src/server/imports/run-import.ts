// What every import does once its rows are read, whichever way they came (an uploaded file, a pull from Baby
// Buddy): each draft checked as any entry is, given its stable id, counted and sampled for the preview; then,
// unless it is a dry run, written as one batch and audited. One place, so a preview and an import of the same
// rows give the same answer for every format.
import type { ValidEntry } from "../../domain/entries/entry.js";
import { checkEntry } from "../../domain/entries/entry.js";
import { notKept } from "../../domain/import/row-errors.js";
import type { ParsedImport, RowError, SourceChild } from "../../domain/import/types.js";
import type { AppContext } from "../context.js";
import { HttpError } from "../errors.js";
import { importedEntryId } from "./entry-id.js";
import type { UploadFormat } from "./read-upload.js";

const SAMPLE_SIZE = 10;

export interface ImportRun {
  familyId: string;
  babyId: string;
  userId: string;
  ip: string;
  /** What the rows came from: a file's format, or a pull from Baby Buddy's API. */
  format: UploadFormat | "babybuddy";
  timeZone: string;
  dryRun: boolean;
  parsed: ParsedImport;
  child: SourceChild | null;
  /** How the caregiver a source names is written into the note, in the importer's language. */
  loggedBy: (name: string) => string;
}

export type ImportReply = Awaited<ReturnType<typeof runImport>>;

export async function runImport(
  { imports, audit }: Pick<AppContext, "imports" | "audit">,
  run: ImportRun,
  now = Date.now(),
) {
  const errors: RowError[] = [...run.parsed.errors];
  const ready: (ValidEntry & { id: string; sameAs?: string })[] = [];
  const kept = [];
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const counts: Record<string, number> = {};
  // Two rows with one key (two diapers logged in the same minute) are two entries, not one id twice: the
  // second is told apart by its place among them, which a later export of the same history keeps.
  const seen = new Map<string, number>();
  for (const draft of run.parsed.drafts) {
    const repeat = seen.get(draft.key) ?? 0;
    seen.set(draft.key, repeat + 1);
    const key = repeat ? `${draft.key}#${repeat + 1}` : draft.key;
    const note = draft.loggedBy
      ? [draft.note, run.loggedBy(draft.loggedBy)].filter(Boolean).join(" · ").slice(0, 2000)
      : draft.note;
    const checked = checkEntry(
      {
        id: importedEntryId(run.babyId, key),
        type: draft.type,
        startedAt: new Date(draft.startedAt).toISOString(),
        endedAt: draft.endedAt === null ? null : new Date(draft.endedAt).toISOString(),
        details: draft.details,
        moments: draft.moments ?? [],
        cues: draft.cues ?? [],
        feeling: draft.feeling ?? null,
        note,
      },
      now,
    );
    if (!checked.ok) {
      errors.push(notKept(draft.line, checked.problems));
      continue;
    }
    const entry = checked.entry;
    ready.push({ ...entry, id: entry.id as string, ...(draft.sameAs ? { sameAs: draft.sameAs } : {}) });
    if (kept.length < SAMPLE_SIZE) kept.push({ ...draft, note });
    counts[entry.type] = (counts[entry.type] ?? 0) + 1;
    from = Math.min(from, entry.startedAt);
    to = Math.max(to, entry.endedAt ?? entry.startedAt);
  }
  errors.sort((a, b) => a.line - b.line);
  if (ready.length === 0 && errors.length === 0)
    throw new HttpError(400, "no_rows", "The file has its header but no rows: there is nothing to import.");

  const range = ready.length ? { from, to } : null;
  const base = {
    format: run.format,
    counts,
    total: ready.length,
    errors,
    ignoredColumns: run.parsed.ignoredColumns,
    child: run.child,
    range: range && { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() },
    sample: kept.map((d) => ({
      line: d.line,
      type: d.type,
      startedAt: new Date(d.startedAt).toISOString(),
      endedAt: d.endedAt === null ? null : new Date(d.endedAt).toISOString(),
      details: d.details,
      note: d.note,
      loggedBy: d.loggedBy,
      sourceType: d.sourceType,
    })),
  };

  if (run.dryRun) {
    const duplicates = await imports.countExisting(run.babyId, ready);
    return { ...base, id: null, dryRun: true, duplicates, added: ready.length - duplicates };
  }
  const record = await imports.record(
    {
      familyId: run.familyId,
      babyId: run.babyId,
      userId: run.userId,
      format: run.format,
      timeZone: run.timeZone,
      errors: errors.length,
      range,
      entries: ready,
    },
    now,
  );
  await audit.record(
    {
      actorId: run.userId,
      ip: run.ip,
      action: "entries.import",
      subjectType: "baby",
      subjectId: run.babyId,
      familyId: run.familyId,
      details: {
        importId: record.id,
        format: run.format,
        added: record.added,
        duplicates: record.duplicates,
      },
    },
    now,
  );
  return { ...base, id: record.id, dryRun: false, duplicates: record.duplicates, added: record.added };
}
