import type { Kysely } from "kysely";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { caseItemColumns, caseItemOf, named } from "./case-items.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

/** A shared observation as read back, with the names it is shown with. */
export interface Observation {
  id: string;
  caseId: string;
  familyId: string;
  clinician: { id: string; name: string } | null;
  baby: { id: string; name: string } | null;
  caregiver: { id: string; name: string } | null;
  text: string;
  createdAt: number;
  seenAt: number | null;
}

export interface NewObservation {
  caseId: string;
  familyId: string;
  clinicianId: string;
  babyId: string | null;
  caregiverId: string | null;
  text: string;
}

/** Newest first, by family (what the family reads) or by case (what the clinician reads). */
export type ObservationList = ({ familyId: string } | { caseId: string }) & {
  before?: string;
  limit: number;
};

/**
 * Shared observations: written by a clinician in an open case, kept by the family. The family lists them by
 * family, so they stay after every share has ended; the clinician lists them by case, through a policy that
 * has already checked the share.
 */
export function observationsRepository(db: Kysely<Database>) {
  const withNames = () =>
    db
      .selectFrom("observations as o")
      .leftJoin("users as clinician", "clinician.id", "o.clinician_id")
      .leftJoin("babies as baby", "baby.id", "o.baby_id")
      .leftJoin("users as caregiver", "caregiver.id", "o.caregiver_id")
      .select([
        ...caseItemColumns("o"),
        "o.baby_id",
        "baby.name as baby_name",
        "o.caregiver_id",
        "caregiver.name as caregiver_name",
        "o.text",
        "o.created_at",
        "o.seen_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof withNames>["executeTakeFirstOrThrow"]>>;
  const toObservation = (r: Row): Observation => ({
    ...caseItemOf(r),
    baby: named(r.baby_id, r.baby_name),
    caregiver: named(r.caregiver_id, r.caregiver_name),
    text: r.text,
    createdAt: Number(r.created_at),
    seenAt: r.seen_at === null ? null : Number(r.seen_at),
  });

  async function get(id: string): Promise<Observation | undefined> {
    const row = await withNames().where("o.id", "=", id).executeTakeFirst();
    return row ? toObservation(row) : undefined;
  }

  return {
    get,

    /** A new observation and its line in the family's access log, in one transaction. */
    async create(input: NewObservation, audit: WriteAudit, now = Date.now()): Promise<Observation> {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("observations")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            clinician_id: input.clinicianId,
            baby_id: input.babyId,
            caregiver_id: input.caregiverId,
            text: input.text,
            created_at: now,
            seen_at: null,
            seen_by: null,
          })
          .execute();
        await recordCaseWrite(tx, input, "observations", "create", audit, now, { observationId: id });
      });
      return (await get(id)) as Observation;
    },

    async list(by: ObservationList): Promise<Observation[]> {
      let q = withNames().orderBy("o.id", "desc").limit(by.limit);
      q = "familyId" in by ? q.where("o.family_id", "=", by.familyId) : q.where("o.case_id", "=", by.caseId);
      if (by.before) q = q.where("o.id", "<", by.before);
      return (await q.execute()).map(toObservation);
    },

    /** The first caregiver to mark it seen marks it for the family; marking it again changes nothing. */
    async markSeen(id: string, userId: string, now = Date.now()): Promise<Observation | undefined> {
      await db
        .updateTable("observations")
        .set({ seen_at: now, seen_by: userId })
        .where("id", "=", id)
        .where("seen_at", "is", null)
        .execute();
      return get(id);
    },
  };
}
export type ObservationsRepository = ReturnType<typeof observationsRepository>;
