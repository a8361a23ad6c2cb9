import type { Kysely } from "kysely";
import type { AssignmentKind, AssignmentStatus } from "../../domain/assignment.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { auditRepository } from "./audit.js";
import { caseItemColumns, caseItemOf, named } from "./case-items.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";

/** An assignment as read back, with the names it is shown with. */
export interface Assignment {
  id: string;
  caseId: string;
  familyId: string;
  clinician: { id: string; name: string } | null;
  kind: AssignmentKind;
  ref: string;
  note: string | null;
  status: AssignmentStatus;
  statusAt: number | null;
  /** The caregiver who answered last. */
  answeredBy: { id: string; name: string } | null;
  reflection: string | null;
  createdAt: number;
}

export interface NewAssignment {
  caseId: string;
  familyId: string;
  clinicianId: string;
  kind: AssignmentKind;
  ref: string;
  note: string | null;
}

export type AssignmentList = ({ familyId: string } | { caseId: string }) & { before?: string; limit: number };

/**
 * Assignments: sent by a clinician in an open case, kept by the family. The family lists them by family (they
 * stay after a share ends); the clinician lists them by case, behind a policy that has checked the share.
 */
export function assignmentsRepository(db: Kysely<Database>) {
  const withNames = () =>
    db
      .selectFrom("assignments as a")
      .leftJoin("users as clinician", "clinician.id", "a.clinician_id")
      .leftJoin("users as answerer", "answerer.id", "a.status_by")
      .select([
        ...caseItemColumns("a"),
        "a.kind",
        "a.ref",
        "a.note",
        "a.status",
        "a.status_at",
        "a.status_by",
        "answerer.name as answerer_name",
        "a.reflection",
        "a.created_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof withNames>["executeTakeFirstOrThrow"]>>;
  const toAssignment = (r: Row): Assignment => ({
    ...caseItemOf(r),
    kind: r.kind as AssignmentKind,
    ref: r.ref,
    note: r.note,
    status: r.status as AssignmentStatus,
    statusAt: r.status_at === null ? null : Number(r.status_at),
    answeredBy: named(r.status_by, r.answerer_name),
    reflection: r.reflection,
    createdAt: Number(r.created_at),
  });

  async function get(id: string): Promise<Assignment | undefined> {
    const row = await withNames().where("a.id", "=", id).executeTakeFirst();
    return row ? toAssignment(row) : undefined;
  }

  return {
    get,

    /** A new assignment and its line in the family's access log, in one transaction. */
    async create(input: NewAssignment, audit: WriteAudit, now = Date.now()): Promise<Assignment> {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("assignments")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            clinician_id: input.clinicianId,
            kind: input.kind,
            ref: input.ref,
            note: input.note,
            status: "sent",
            status_at: null,
            status_by: null,
            reflection: null,
            created_at: now,
          })
          .execute();
        await recordCaseWrite(tx, input, "assignments", "create", audit, now, {
          assignmentId: id,
          kind: input.kind,
          ref: input.ref,
        });
      });
      return (await get(id)) as Assignment;
    },

    async list(by: AssignmentList): Promise<Assignment[]> {
      let q = withNames().orderBy("a.id", "desc").limit(by.limit);
      q = "familyId" in by ? q.where("a.family_id", "=", by.familyId) : q.where("a.case_id", "=", by.caseId);
      if (by.before) q = q.where("a.id", "<", by.before);
      return (await q.execute()).map(toAssignment);
    },

    /**
     * A caregiver's answer: read or tried, and optionally their reflection (an empty one clears it; none
     * leaves it as it was). Recorded in the family's trail without the reflection's words.
     */
    async answer(
      id: string,
      answer: { status: AssignmentStatus; reflection?: string },
      audit: WriteAudit,
      now = Date.now(),
    ): Promise<Assignment | undefined> {
      const found = await get(id);
      if (!found) return undefined;
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable("assignments")
          .set({
            status: answer.status,
            status_at: now,
            status_by: audit.actorId,
            ...(answer.reflection === undefined ? {} : { reflection: answer.reflection || null }),
          })
          .where("id", "=", id)
          .execute();
        await auditRepository(tx).record(
          {
            ...audit,
            action: "assignment.answer",
            subjectType: "assignment",
            subjectId: id,
            familyId: found.familyId,
            details: {
              status: answer.status,
              reflection: answer.reflection === undefined ? "kept" : "written",
            },
          },
          now,
        );
      });
      return get(id);
    },
  };
}
export type AssignmentsRepository = ReturnType<typeof assignmentsRepository>;
