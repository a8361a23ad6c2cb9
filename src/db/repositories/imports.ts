import type { Kysely, Selectable } from "kysely";
import type { ValidEntry } from "../../domain/entries/entry.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database, ImportsTable } from "../schema.js";
import { entryContentColumns, takeChangeNumbers } from "./entry-rows.js";

/** Rows per insert: 16 columns each stays well inside both databases' limits on parameters. */
const CHUNK = 500;
const chunks = <T>(list: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/** How long an import can be taken back. */
export const UNDO_DAYS = 30;

export interface ImportRecord {
  id: string;
  babyId: string;
  format: string;
  timeZone: string;
  total: number;
  added: number;
  duplicates: number;
  errors: number;
  range: { from: string; to: string } | null;
  createdAt: string;
  undoneAt: string | null;
  /** Whether it can still be undone (not yet undone, and less than 30 days old). */
  undoable: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function toImport(r: Selectable<ImportsTable>, now = Date.now()): ImportRecord {
  return {
    id: r.id,
    babyId: r.baby_id,
    format: r.format,
    timeZone: r.time_zone,
    total: r.total,
    added: r.added,
    duplicates: r.duplicates,
    errors: r.errors,
    range:
      r.range_from !== null && r.range_to !== null ? { from: iso(r.range_from), to: iso(r.range_to) } : null,
    createdAt: iso(r.created_at),
    undoneAt: r.undone_at === null ? null : iso(r.undone_at),
    undoable: r.undone_at === null && now - r.created_at < UNDO_DAYS * 86_400_000,
  };
}

export interface ImportBatch {
  familyId: string;
  babyId: string;
  userId: string;
  format: string;
  timeZone: string;
  errors: number;
  range: { from: number; to: number } | null;
  /**
   * Each with its stable id (derived from the source), so a second import of the same rows adds nothing;
   * `sameAs` is the id an entry of Attune's own export already had, a duplicate when this baby holds it.
   */
  entries: ImportedEntry[];
}

type ImportedEntry = ValidEntry & { id: string; sameAs?: string };

export function importsRepository(db: Kysely<Database>) {
  return {
    /** How many of these entries are already stored: an import's duplicates. */
    async countExisting(babyId: string, entries: readonly ImportedEntry[]): Promise<number> {
      const already = await alreadyHere(db, babyId, entries);
      return entries.filter(already.has).length;
    },

    /**
     * Writes the batch in one transaction: the entries not already here, each a change that syncs, and the
     * import that names them. All or nothing; a failure half-way leaves no trace.
     */
    async record(batch: ImportBatch, now = Date.now()): Promise<ImportRecord> {
      return db.transaction().execute(async (tx) => {
        const id = uuidv7(now);
        const already = await alreadyHere(tx, batch.babyId, batch.entries);
        const fresh = batch.entries.filter((e) => !already.has(e));
        await tx
          .insertInto("imports")
          .values({
            id,
            family_id: batch.familyId,
            baby_id: batch.babyId,
            user_id: batch.userId,
            format: batch.format,
            time_zone: batch.timeZone,
            total: batch.entries.length,
            added: fresh.length,
            duplicates: batch.entries.length - fresh.length,
            errors: batch.errors,
            range_from: batch.range?.from ?? null,
            range_to: batch.range?.to ?? null,
            created_at: now,
            undone_at: null,
          })
          .execute();
        if (fresh.length) {
          // One step of the change counter per entry, taken at once: every entry reaches the family's phones.
          const firstSeq = await takeChangeNumbers(tx, fresh.length);
          const rows = fresh.map((e, i) => ({
            id: e.id,
            family_id: batch.familyId,
            baby_id: batch.babyId,
            caregiver_id: batch.userId,
            ...entryContentColumns(e),
            created_at: now,
            updated_at: now,
            deleted_at: null,
            seq: firstSeq + i,
          }));
          const revived = rows.filter((r) => already.revive.has(r.id));
          const added = rows.filter((r) => !already.revive.has(r.id));
          for (const part of chunks(added)) await tx.insertInto("entries").values(part).execute();
          // Entries an undone import took back return as they read now, with a new step so phones hear.
          for (const { id: entryId, ...row } of revived)
            await tx.updateTable("entries").set(row).where("id", "=", entryId).execute();
          for (const part of chunks(fresh.map((e) => ({ import_id: id, entry_id: e.id }))))
            await tx.insertInto("import_entries").values(part).execute();
        }
        const row = await tx.selectFrom("imports").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
        return toImport(row, now);
      });
    },

    async get(id: string): Promise<Selectable<ImportsTable> | undefined> {
      return db.selectFrom("imports").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async list(babyId: string, now = Date.now()): Promise<ImportRecord[]> {
      const rows = await db
        .selectFrom("imports")
        .selectAll()
        .where("baby_id", "=", babyId)
        .orderBy("created_at", "desc")
        .limit(200)
        .execute();
      return rows.map((r) => toImport(r, now));
    },

    /**
     * Takes an import back: its entries are deleted (as tombstones, so every phone drops them too), and only
     * its own. Returns how many went, or null when it was already undone.
     */
    async undo(id: string, now = Date.now()): Promise<number | null> {
      return db.transaction().execute(async (tx) => {
        const done = await tx
          .updateTable("imports")
          .set({ undone_at: now })
          .where("id", "=", id)
          .where("undone_at", "is", null)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) return null;
        const ids = (
          await tx.selectFrom("import_entries").select("entry_id").where("import_id", "=", id).execute()
        ).map((r) => r.entry_id);
        let removed = 0;
        for (const part of chunks(ids)) {
          const live = await tx
            .selectFrom("entries")
            .select("id")
            .where("id", "in", part)
            .where("deleted_at", "is", null)
            .execute();
          if (!live.length) continue;
          const top = await tx
            .updateTable("change_counter")
            .set((eb) => ({ value: eb("value", "+", live.length) }))
            .where("id", "=", 1)
            .returning("value")
            .executeTakeFirstOrThrow();
          let seq = Number(top.value) - live.length;
          for (const { id: entryId } of live)
            await tx
              .updateTable("entries")
              .set({ deleted_at: now, updated_at: now, seq: ++seq })
              .where("id", "=", entryId)
              .execute();
          removed += live.length;
        }
        return removed;
      });
    },
  };
}

/**
 * Which entries are already stored: by their derived id (for any baby: ids are global), or by the id they
 * had in Attune before (only for this baby: another family's entry with that id is not this one). An entry
 * an undone import took back is not here: importing again (say with the right time zone) brings it back,
 * and `revive` names those. One the family deleted themselves stays deleted: a later export still holds it.
 */
async function alreadyHere(
  db: Kysely<Database>,
  babyId: string,
  entries: readonly ImportedEntry[],
): Promise<{ has: (entry: ImportedEntry) => boolean; revive: Set<string> }> {
  const found = new Set<string>();
  const revive = new Set<string>();
  for (const part of chunks(entries.map((e) => e.id))) {
    const rows = await db
      .selectFrom("entries")
      .select((eb) => [
        "entries.id",
        "entries.deleted_at",
        eb
          .exists(
            eb
              .selectFrom("import_entries")
              .innerJoin("imports", "imports.id", "import_entries.import_id")
              .whereRef("import_entries.entry_id", "=", "entries.id")
              .whereRef("imports.undone_at", "=", "entries.deleted_at")
              .select("imports.id"),
          )
          .as("undone"),
      ])
      .where("entries.id", "in", part)
      .execute();
    for (const r of rows)
      if (r.deleted_at !== null && r.undone) revive.add(r.id);
      else found.add(r.id);
  }
  const before = new Set<string>();
  for (const part of chunks(entries.flatMap((e) => (e.sameAs ? [e.sameAs] : [])))) {
    const rows = await db
      .selectFrom("entries")
      .select("id")
      .where("baby_id", "=", babyId)
      .where("deleted_at", "is", null)
      .where("id", "in", part)
      .execute();
    for (const r of rows) before.add(r.id);
  }
  return {
    has: (e) => found.has(e.id) || (e.sameAs !== undefined && before.has(e.sameAs)),
    revive,
  };
}
