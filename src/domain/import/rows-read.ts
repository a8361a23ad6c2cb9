// What every reader does with a row once it has read it: keep it as a draft when Attune could store it, or
// name why not at the row's line. One place, so a file from any app is held to the same rule.
import { errorAt, type RowReason } from "./row-errors.js";
import { unstorable } from "./storable.js";
import type { ImportDraft, RowError } from "./types.js";

/** Where a draft came from in its file: its identity, its line, who logged it and the source's word for it. */
export type RowOrigin = Pick<ImportDraft, "key" | "line" | "loggedBy" | "sourceType">;

/** A row read as an entry, before the reader says where it came from. */
export type EntryRead = Omit<ImportDraft, keyof RowOrigin>;

/** The drafts and errors of one file, gathered row by row in the file's order. */
export class RowsRead {
  readonly drafts: ImportDraft[] = [];
  readonly errors: RowError[] = [];

  /** A row that could not be read, and why. */
  refuse(line: number, why: RowReason): void {
    this.errors.push(errorAt(line, why));
  }

  /** A row that was read: a draft, unless Attune could not keep it (a 30-hour sleep, a 90 kg baby). */
  keep(read: EntryRead, origin: RowOrigin): void {
    const problem = unstorable(read);
    if (problem) this.refuse(origin.line, problem);
    else this.drafts.push({ ...read, ...origin });
  }
}
