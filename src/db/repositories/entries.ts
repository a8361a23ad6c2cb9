import type { Kysely, Selectable, Transaction } from "kysely";
import type { ValidEntry } from "../../domain/entries/entry.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database, EntriesTable } from "../schema.js";
import { entryContentColumns, takeChangeNumbers } from "./entry-rows.js";
import { newestFirstPage } from "./keyset.js";

export interface Entry {
  id: string;
  babyId: string;
  caregiverId: string;
  type: string;
  startedAt: string;
  endedAt: string | null;
  details: Record<string, unknown>;
  moments: string[];
  cues: string[];
  feeling: number | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toEntry(r: Selectable<EntriesTable>): Entry {
  return {
    id: r.id,
    babyId: r.baby_id,
    caregiverId: r.caregiver_id,
    type: r.type,
    startedAt: iso(r.started_at) as string,
    endedAt: iso(r.ended_at),
    details: JSON.parse(r.details),
    moments: JSON.parse(r.moments),
    cues: JSON.parse(r.cues),
    feeling: r.feeling,
    note: r.note,
    createdAt: iso(r.created_at) as string,
    updatedAt: iso(r.updated_at) as string,
    deletedAt: iso(r.deleted_at),
  };
}

/** The next change number, for one write. */
const nextSeq = (tx: Transaction<Database>) => takeChangeNumbers(tx, 1);

export interface EntryFilter {
  from?: number;
  to?: number;
  type?: string;
  /** Resume after this (startedAt ms, id) position, newest first. */
  after?: { startedAt: number; id: string };
  limit: number;
}

export function entriesRepository(db: Kysely<Database>) {
  /** A baby's entries (or, given `{ familyId }`, every baby's in the family) that are not deleted. */
  const live = (of: string | { familyId: string }) =>
    db
      .selectFrom("entries")
      .selectAll()
      .where(typeof of === "string" ? "baby_id" : "family_id", "=", typeof of === "string" ? of : of.familyId)
      .where("deleted_at", "is", null);

  return {
    async get(id: string): Promise<Selectable<EntriesTable> | undefined> {
      return db.selectFrom("entries").selectAll().where("id", "=", id).executeTakeFirst();
    },

    /**
     * Stores a new entry, or returns the existing one when the same id arrives again (a retried or
     * duplicated push). Exactly once: the id is the entry's identity, whoever sends it how often.
     */
    async create(
      scope: { familyId: string; babyId: string; caregiverId: string },
      entry: ValidEntry,
      now = Date.now(),
    ): Promise<{ entry: Entry; created: boolean } | { clash: true }> {
      const id = entry.id ?? uuidv7(now);
      const row: Selectable<EntriesTable> = {
        id,
        family_id: scope.familyId,
        baby_id: scope.babyId,
        caregiver_id: scope.caregiverId,
        ...entryContentColumns(entry),
        created_at: now,
        updated_at: now,
        deleted_at: null,
        seq: 0,
      };
      // Insert-or-nothing instead of look-then-insert: one statement fewer on the hottest write. A repeat
      // leaves a gap in seq, which sync tolerates (it only asks for "greater than").
      const inserted = await db.transaction().execute(async (tx) => {
        row.seq = await nextSeq(tx);
        return tx
          .insertInto("entries")
          .values(row)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .executeTakeFirst();
      });
      if (inserted) return { entry: toEntry(row), created: true };
      const existing = await this.get(id);
      // The same id for another baby is not a retry; never hand back someone else's entry.
      if (!existing || existing.baby_id !== scope.babyId) return { clash: true } as const;
      return { entry: toEntry(existing), created: false };
    },

    async update(id: string, entry: ValidEntry, now = Date.now()): Promise<Entry | undefined> {
      return db.transaction().execute(async (tx) => {
        await tx
          .updateTable("entries")
          .set({
            ...entryContentColumns(entry),
            updated_at: now,
            seq: await nextSeq(tx),
          })
          .where("id", "=", id)
          .where("deleted_at", "is", null)
          .execute();
        const row = await tx.selectFrom("entries").selectAll().where("id", "=", id).executeTakeFirst();
        return row && toEntry(row);
      });
    },

    /** A delete leaves a tombstone so that it reaches every device; deleting twice is harmless. */
    async remove(id: string, now = Date.now()): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const seq = await nextSeq(tx);
        await tx
          .updateTable("entries")
          .set({ deleted_at: now, updated_at: now, seq })
          .where("id", "=", id)
          .where("deleted_at", "is", null)
          .execute();
      });
    },

    /** Undo of a delete: the entry comes back, as a new change. */
    async restore(id: string, now = Date.now()): Promise<Entry | undefined> {
      return db.transaction().execute(async (tx) => {
        const seq = await nextSeq(tx);
        await tx
          .updateTable("entries")
          .set({ deleted_at: null, updated_at: now, seq })
          .where("id", "=", id)
          .execute();
        const row = await tx.selectFrom("entries").selectAll().where("id", "=", id).executeTakeFirst();
        return row && toEntry(row);
      });
    },

    /**
     * One change pushed by a device. The later edit wins per entry (by the device's edit time); an equal
     * edit time is the same change arriving again and is simply acknowledged, so pushes are exactly-once.
     */
    async applySync(
      scope: { familyId: string; babyId: string; caregiverId: string },
      change: { op: "upsert"; entry: ValidEntry & { id: string } } | { op: "delete"; id: string },
      editedAt: number,
    ): Promise<"applied" | "stale" | "clash"> {
      return db.transaction().execute(async (tx) => {
        const id = change.op === "upsert" ? change.entry.id : change.id;
        const existing = await tx.selectFrom("entries").selectAll().where("id", "=", id).executeTakeFirst();
        if (existing && existing.baby_id !== scope.babyId) return "clash";
        if (existing && editedAt < existing.updated_at) return "stale";
        if (existing && editedAt === existing.updated_at) return "applied";
        if (change.op === "delete") {
          if (!existing || existing.deleted_at !== null) return "applied";
          await tx
            .updateTable("entries")
            .set({ deleted_at: editedAt, updated_at: editedAt, seq: await nextSeq(tx) })
            .where("id", "=", id)
            .execute();
          return "applied";
        }
        const e = change.entry;
        const fields = {
          ...entryContentColumns(e),
          updated_at: editedAt,
          seq: await nextSeq(tx),
        };
        if (existing) {
          // Only the caregiver who logged a feeling may change it.
          if (existing.caregiver_id !== scope.caregiverId) fields.feeling = existing.feeling;
          await tx
            .updateTable("entries")
            .set({ ...fields, deleted_at: null })
            .where("id", "=", id)
            .execute();
        } else {
          await tx
            .insertInto("entries")
            .values({
              id,
              family_id: scope.familyId,
              baby_id: scope.babyId,
              caregiver_id: scope.caregiverId,
              created_at: Math.min(editedAt, Date.now()),
              deleted_at: null,
              ...fields,
            })
            .execute();
        }
        return "applied";
      });
    },

    /** Every change (tombstones included) in these families after `seq`, oldest first. */
    async changesSince(familyIds: string[], seq: number, limit: number) {
      if (familyIds.length === 0) return [];
      return db
        .selectFrom("entries")
        .selectAll()
        .where("family_id", "in", familyIds)
        .where("seq", ">", seq)
        .orderBy("seq")
        .limit(limit)
        .execute();
    },

    async currentSeq(): Promise<number> {
      const row = await db
        .selectFrom("change_counter")
        .select("value")
        .where("id", "=", 1)
        .executeTakeFirstOrThrow();
      return Number(row.value);
    },

    /** The latest entry of a type that started before `before` (for "since last" cards). */
    async latest(babyId: string, type: string, before: number): Promise<Entry | undefined> {
      const row = await live(babyId)
        .where("type", "=", type)
        .where("started_at", "<", before)
        .orderBy("started_at", "desc")
        .limit(1)
        .executeTakeFirst();
      return row && toEntry(row);
    },

    /** Entries that touch [from, to): started in it, or started up to a day before and may run into it. */
    async touching(babyId: string, from: number, to: number): Promise<Entry[]> {
      const rows = await live(babyId)
        .where("started_at", ">=", from - 24 * 3600_000)
        .where("started_at", "<", to)
        .orderBy("started_at")
        .execute();
      return rows
        .filter((r) => r.started_at >= from || r.ended_at === null || r.ended_at > from)
        .map(toEntry);
    },

    /** A baby's entries (or, given `{ familyId }`, every baby's in the family), newest first, without tombstones. */
    async list(of: string | { familyId: string }, f: EntryFilter): Promise<Entry[]> {
      let q = live(of);
      if (f.from !== undefined) q = q.where("started_at", ">=", f.from);
      if (f.to !== undefined) q = q.where("started_at", "<", f.to);
      if (f.type) q = q.where("type", "=", f.type);
      const after: [number, string] | undefined = f.after && [f.after.startedAt, f.after.id];
      return (await newestFirstPage(q, ["started_at", "id"], f.limit, after).execute()).map(toEntry);
    },
  };
}
export type EntriesRepository = ReturnType<typeof entriesRepository>;
