import type { Kysely, Selectable } from "kysely";
import type { Feeling, ThoughtRecordContent } from "../../domain/thought-record.js";
import type { Database } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";
import { newestFirstPage } from "./keyset.js";

/** The table as stored (migration 0012). */
export interface ThoughtRecordsTable {
  id: string;
  /** The caregiver who wrote it: the only person who reads or changes it. */
  user_id: string;
  /** The family it is kept with: whose clinician may read it once shared. Null once that family is deleted
   * (migration 0021): the record stays its author's, shared with no one. */
  family_id: string | null;
  situation: string | null;
  automatic_thought: string | null;
  /** JSON array of { name, intensity, after }. */
  feelings: string;
  evidence_for: string | null;
  evidence_against: string | null;
  balanced_thought: string | null;
  /** 0/1: the author let a clinician the family shares with read it. */
  shared_with_clinicians: number;
  created_at: number;
  updated_at: number;
}
type WithThoughtRecords = Database & { thought_records: ThoughtRecordsTable };

export interface ThoughtRecord extends ThoughtRecordContent {
  id: string;
  userId: string;
  createdAt: number;
  updatedAt: number;
}

/** Who wrote and from where: the request's part of an audit event. */
export type ThoughtRecordAudit = Pick<AuditRecord, "actorId" | "ip" | "userAgent">;

export interface ThoughtRecordPage {
  /** Resume after this (createdAt, id) position, newest first. */
  after?: { createdAt: number; id: string };
  limit: number;
}

export function toThoughtRecord(r: Selectable<ThoughtRecordsTable>): ThoughtRecord {
  return {
    id: r.id,
    userId: r.user_id,
    familyId: r.family_id,
    situation: r.situation,
    automaticThought: r.automatic_thought,
    feelings: JSON.parse(r.feelings) as Feeling[],
    evidenceFor: r.evidence_for,
    evidenceAgainst: r.evidence_against,
    balancedThought: r.balanced_thought,
    sharedWithClinicians: Number(r.shared_with_clinicians) === 1,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function toColumns(content: ThoughtRecordContent) {
  return {
    family_id: content.familyId,
    situation: content.situation,
    automatic_thought: content.automaticThought,
    feelings: JSON.stringify(content.feelings),
    evidence_for: content.evidenceFor,
    evidence_against: content.evidenceAgainst,
    balanced_thought: content.balancedThought,
    shared_with_clinicians: content.sharedWithClinicians ? 1 : 0,
  };
}

/**
 * Thought records (domain/thought-record.ts). Private to their author: the routes read a record by id and
 * check its author, and `list` is by author. `sharedInFamily` is the one read for someone else: the
 * clinician side, after it has checked an active share with the thought-records scope.
 *
 * Every write and its audit event are stored in one transaction. Audit events name the record and which
 * fields changed, never the words, and carry no family: a private record's existence is not shown to
 * anyone else in the family's trail.
 *
 * The table's type lives here rather than in schema.ts (`withTables`), so this aggregate stays in one file.
 */
export function thoughtRecordsRepository(database: Kysely<Database>) {
  const db = database.withTables<{ thought_records: ThoughtRecordsTable }>();
  const audited = (tx: Kysely<WithThoughtRecords>) => auditRepository(tx as unknown as Kysely<Database>);
  const subject = (id: string) => ({ subjectType: "thought_record", subjectId: id });

  async function get(id: string): Promise<ThoughtRecord | undefined> {
    const row = await db.selectFrom("thought_records").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toThoughtRecord(row);
  }

  return {
    get,

    /**
     * Stores a new record under the id the device made (or one made here), or, when that id is taken,
     * stores nothing and hands back the record kept under it (`created: false`): the caller decides
     * whether it is the same record sent again. Insert-or-nothing rather than look-then-insert, so two
     * copies sent at once store one row on both databases.
     */
    async create(
      record: { id: string; userId: string; content: ThoughtRecordContent },
      audit: ThoughtRecordAudit,
      now = Date.now(),
    ): Promise<{ record: ThoughtRecord; created: boolean }> {
      const inserted = await db.transaction().execute(async (tx) => {
        const row = await tx
          .insertInto("thought_records")
          .values({
            id: record.id,
            user_id: record.userId,
            ...toColumns(record.content),
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .executeTakeFirst();
        if (!row) return false;
        await audited(tx).record(
          {
            ...audit,
            action: "thought_record.create",
            ...subject(record.id),
            details: { sharedWithClinicians: record.content.sharedWithClinicians },
          },
          now,
        );
        return true;
      });
      if (inserted) {
        const made = {
          ...record.content,
          id: record.id,
          userId: record.userId,
          createdAt: now,
          updatedAt: now,
        };
        return { record: made, created: true };
      }
      const kept = await get(record.id);
      // Only a taken id makes the insert do nothing, and that row is gone only with its author or family.
      if (!kept) throw new Error("thought record: the insert stored nothing and no record was found");
      return { record: kept, created: false };
    },

    /** One person's own records, newest first. */
    async list(userId: string, page: ThoughtRecordPage): Promise<ThoughtRecord[]> {
      const q = db.selectFrom("thought_records").selectAll().where("user_id", "=", userId);
      const { after } = page;
      const rows = await newestFirstPage(
        q,
        ["created_at", "id"],
        page.limit,
        after && [after.createdAt, after.id],
      ).execute();
      return rows.map(toThoughtRecord);
    },

    /**
     * Replaces a record's words and choices with `content` (already merged and checked by the caller, who
     * has checked the author). `changed` names the fields that differ, for the audit trail; a change of
     * who may read it is recorded as its own event, as the author's consent.
     */
    async update(
      id: string,
      content: ThoughtRecordContent,
      changed: readonly string[],
      audit: ThoughtRecordAudit,
      now = Date.now(),
    ): Promise<ThoughtRecord | undefined> {
      return db.transaction().execute(async (tx) => {
        const done = await tx
          .updateTable("thought_records")
          .set({ ...toColumns(content), updated_at: now })
          .where("id", "=", id)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) return undefined;
        const words = changed.filter((field) => field !== "sharedWithClinicians");
        if (words.length)
          await audited(tx).record(
            { ...audit, action: "thought_record.update", ...subject(id), details: { changed: words } },
            now,
          );
        if (words.length !== changed.length)
          await audited(tx).record(
            {
              ...audit,
              action: "thought_record.sharing",
              ...subject(id),
              details: { sharedWithClinicians: content.sharedWithClinicians },
            },
            now,
          );
        const row = await tx
          .selectFrom("thought_records")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
        return row && toThoughtRecord(row);
      });
    },

    /** Deletes a record for good (the author's choice), with its audit event. False when it was already gone. */
    async remove(id: string, audit: ThoughtRecordAudit, now = Date.now()): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const done = await tx.deleteFrom("thought_records").where("id", "=", id).executeTakeFirst();
        if (Number(done.numDeletedRows) === 0) return false;
        await audited(tx).record({ ...audit, action: "thought_record.delete", ...subject(id) }, now);
        return true;
      });
    },

    /**
     * The records the family's caregivers marked shared with clinicians, newest first: for the clinician
     * side, which must first have checked an active share of this family that covers thought records (and
     * audit the read). Only people who are still caregivers of the family: a record kept with a family its
     * author has since left is not the family's to share.
     */
    async sharedInFamily(
      familyId: string,
      page: ThoughtRecordPage = { limit: 200 },
    ): Promise<ThoughtRecord[]> {
      // Only a caregiver of the family now: one who has left no longer shows.
      const q = db
        .selectFrom("thought_records as t")
        .innerJoin("family_members as m", (join) =>
          join.onRef("m.family_id", "=", "t.family_id").onRef("m.user_id", "=", "t.user_id"),
        )
        .selectAll("t")
        .where("t.family_id", "=", familyId)
        .where("t.shared_with_clinicians", "=", 1);
      const { after } = page;
      const rows = await newestFirstPage(
        q,
        ["t.created_at", "t.id"],
        page.limit,
        after && [after.createdAt, after.id],
      ).execute();
      return rows.map(toThoughtRecord);
    },
  };
}
export type ThoughtRecordsRepository = ReturnType<typeof thoughtRecordsRepository>;
