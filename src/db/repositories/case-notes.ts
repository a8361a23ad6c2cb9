import type { Kysely } from "kysely";
import type { CaseNoteKind } from "../../domain/case-note.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

export interface Amendment {
  id: string;
  author: { id: string; name: string } | null;
  text: string;
  createdAt: number;
}

/** A note with its amendments (oldest first: the order in which the record grew). */
export interface CaseNote {
  id: string;
  caseId: string;
  familyId: string;
  authorId: string;
  authorName: string;
  kind: CaseNoteKind;
  text: string;
  createdAt: number;
  updatedAt: number;
  signedAt: number | null;
  amendments: Amendment[];
}

/** Where a note is, for its audit line: the case and the family whose access log it goes in. */
type At = { caseId: string; familyId: string };

/** Why a change to a note was not made. */
export type NoteRefusal = "signed" | "not_signed";

/**
 * A clinician's notes in a case (domain/case-note.ts). Signing is a one-way conditional update, so a note
 * cannot be edited and signed at the same time by two tabs: whichever lands second sees the other's result.
 * Every change is stored with its line in the family's access log, in one transaction; the text is not put
 * in the log, only that a note was written, edited, signed or amended.
 *
 * Private notes are never exported: a FHIR bundle or any other export of the case must ask for "progress"
 * notes only (see `list`'s kind, which is always given).
 */
export function caseNotesRepository(db: Kysely<Database>) {
  const withAuthor = () =>
    db
      .selectFrom("case_notes as n")
      .innerJoin("users as author", "author.id", "n.author_id")
      .select([
        "n.id",
        "n.case_id",
        "n.family_id",
        "n.author_id",
        "author.name as author_name",
        "n.kind",
        "n.text",
        "n.created_at",
        "n.updated_at",
        "n.signed_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof withAuthor>["executeTakeFirstOrThrow"]>>;

  /** The amendments of these notes in one query, by note. */
  async function amendmentsOf(noteIds: string[]): Promise<Map<string, Amendment[]>> {
    const byNote = new Map<string, Amendment[]>();
    if (!noteIds.length) return byNote;
    const rows = await db
      .selectFrom("case_note_amendments as a")
      .leftJoin("users as author", "author.id", "a.author_id")
      .select(["a.id", "a.note_id", "a.author_id", "author.name as author_name", "a.text", "a.created_at"])
      .where("a.note_id", "in", noteIds)
      .orderBy("a.id")
      .execute();
    for (const r of rows) {
      const list = byNote.get(r.note_id) ?? [];
      list.push({
        id: r.id,
        author: r.author_id && r.author_name !== null ? { id: r.author_id, name: r.author_name } : null,
        text: r.text,
        createdAt: Number(r.created_at),
      });
      byNote.set(r.note_id, list);
    }
    return byNote;
  }

  async function withAmendments(rows: Row[]): Promise<CaseNote[]> {
    const amendments = await amendmentsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      familyId: r.family_id,
      authorId: r.author_id,
      authorName: r.author_name,
      kind: r.kind as CaseNoteKind,
      text: r.text,
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
      signedAt: r.signed_at === null ? null : Number(r.signed_at),
      amendments: amendments.get(r.id) ?? [],
    }));
  }

  async function get(id: string): Promise<CaseNote | undefined> {
    const row = await withAuthor().where("n.id", "=", id).executeTakeFirst();
    return row ? (await withAmendments([row]))[0] : undefined;
  }

  const audited = (
    tx: Kysely<Database>,
    at: At,
    change: string,
    noteId: string,
    audit: WriteAudit,
    now: number,
  ) => recordCaseWrite(tx, at, "notes", change, audit, now, { noteId });

  return {
    get,

    /**
     * One author's notes of one kind in a case, newest first; `before` pages on from a note id. (A case is one
     * clinician's, so today that is every note in it; the author is named so that it stays true.)
     */
    async list(by: {
      caseId: string;
      authorId: string;
      kind: CaseNoteKind;
      before?: string;
      limit: number;
    }): Promise<CaseNote[]> {
      let q = withAuthor()
        .where("n.case_id", "=", by.caseId)
        .where("n.author_id", "=", by.authorId)
        .where("n.kind", "=", by.kind)
        .orderBy("n.id", "desc")
        .limit(by.limit);
      if (by.before) q = q.where("n.id", "<", by.before);
      return withAmendments(await q.execute());
    },

    async create(
      input: At & { authorId: string; kind: CaseNoteKind; text: string },
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<CaseNote> {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("case_notes")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            author_id: input.authorId,
            kind: input.kind,
            text: input.text,
            created_at: now,
            updated_at: now,
            signed_at: null,
          })
          .execute();
        await audited(tx, input, "create", id, audit, now);
      });
      return (await get(id)) as CaseNote;
    },

    /** Change an unsigned note; a signed one is left as it is and refused. */
    async edit(
      note: CaseNote,
      change: { text?: string; kind?: CaseNoteKind },
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<CaseNote | NoteRefusal> {
      const done = await db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("case_notes")
          .set({ ...change, updated_at: now })
          .where("id", "=", note.id)
          .where("signed_at", "is", null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await audited(tx, note, "edit", note.id, audit, now);
        return true;
      });
      return done ? ((await get(note.id)) as CaseNote) : "signed";
    },

    /** Sign (lock) a note, once. */
    async sign(note: CaseNote, audit: WriteAudit, now = Date.now()): Promise<CaseNote | NoteRefusal> {
      const done = await db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("case_notes")
          .set({ signed_at: now })
          .where("id", "=", note.id)
          .where("signed_at", "is", null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await audited(tx, note, "sign", note.id, audit, now);
        return true;
      });
      return done ? ((await get(note.id)) as CaseNote) : "signed";
    },

    /** Add to a signed note; the original is untouched. An unsigned note is simply edited instead. */
    async amend(
      note: CaseNote,
      input: { authorId: string; text: string },
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<CaseNote | NoteRefusal> {
      const id = uuidv7(now);
      const done = await db.transaction().execute(async (tx) => {
        // Signing is one-way, so a note seen signed here stays signed until this commits.
        const row = await tx
          .selectFrom("case_notes")
          .select("signed_at")
          .where("id", "=", note.id)
          .executeTakeFirst();
        if (!row || row.signed_at === null) return false;
        await tx
          .insertInto("case_note_amendments")
          .values({ id, note_id: note.id, author_id: input.authorId, text: input.text, created_at: now })
          .execute();
        await audited(tx, note, "amend", note.id, audit, now);
        return true;
      });
      return done ? ((await get(note.id)) as CaseNote) : "not_signed";
    },
  };
}
export type CaseNotesRepository = ReturnType<typeof caseNotesRepository>;
