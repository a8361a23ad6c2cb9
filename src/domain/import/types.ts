// What an importer makes of another tracker's export: entry drafts in Attune's words, and the rows it could
// not read, each with its line and why. Pure data, so the preview and the import read the same answer.
import type { Cue, EntryType, Moment } from "../entries/vocabulary.js";
import type { RowErrorCode } from "./row-errors.js";

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
  /** Moments of connection and cues: only Attune's own export has them. */
  moments?: Moment[];
  cues?: Cue[];
  feeling?: number | null;
  /**
   * The id the row already has in Attune (Attune's own export): when this baby holds an entry with it, the
   * row is already here, and importing the export back where it came from adds nothing.
   */
  sameAs?: string;
}

/** A child an export is about, as the file names them: an import can make the baby from it. */
export interface SourceChild {
  /** The source's own id for the child, to choose one when a file holds several. */
  id: string;
  name: string;
  birthDate: string | null;
}

/** A file that holds several children's history, when no child was chosen: the person picks one. */
export class SeveralChildren extends Error {
  constructor(readonly children: SourceChild[]) {
    super(
      `This file holds the history of ${children.length} children (${children.map((c) => c.name).join(", ")}). Choose which child to bring into this baby's log.`,
    );
    this.name = "SeveralChildren";
  }
}

/**
 * A row that cannot be read or kept: a code and its values, which the web words in the reader's language
 * (row-errors.ts holds the catalogue), and the same in English.
 */
export interface RowError {
  line: number;
  code: RowErrorCode;
  /** The values the sentence quotes: the file's own text, or numbers. */
  params: Record<string, string | number>;
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
