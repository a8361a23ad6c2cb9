// What an importer makes of another tracker's export: entry drafts in Attune's words, and the rows it could
// not read, each with its line and why. Pure data, so the preview and the import read the same answer.
import type { EntryType } from "../entries/vocabulary.js";

/** One row of a file, with the line it starts on (the header is line 1). */
export interface SourceRow {
  line: number;
  cells: string[];
}

export interface ImportDraft {
  /**
   * The row's identity within its source: the source's own id when it has one, else the row's content. The
   * same row read again gives the same key, which is what lets a second import of a file add nothing.
   */
  key: string;
  line: number;
  type: EntryType;
  startedAt: number;
  /** Equal to startedAt for care the source logged at a moment, with no length (a bottle, a dose). */
  endedAt: number | null;
  details: Record<string, unknown>;
  note: string | null;
  /** The caregiver the source names, kept as words: never turned into an account. */
  loggedBy: string | null;
  /** The source's own name for this kind of row ("Tummy time"). */
  sourceType: string;
}

export interface RowError {
  line: number;
  message: string;
}

export interface ParsedImport {
  drafts: ImportDraft[];
  errors: RowError[];
  /** Columns the importer does not read, named so the person knows what was left behind. */
  ignoredColumns: string[];
}

/** Why a whole file cannot be read as the format asked for (no rows are then read at all). */
export class NotThisFormat extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotThisFormat";
  }
}
