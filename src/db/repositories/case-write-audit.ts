import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { type AuditRecord, auditRepository } from "./audit.js";

/** Who wrote and from where (the request's part of an audit event). */
export type WriteAudit = Pick<AuditRecord, "actorId" | "ip" | "userAgent">;

/**
 * A clinician's change to a case, in the family's access log beside their reads (`case.read`): the same
 * subject (the case) and `details.part`, with what changed. Called inside the write's own transaction, so the
 * change and its record are stored together or not at all.
 */
export function recordCaseWrite(
  executor: Kysely<Database>,
  at: { caseId: string; familyId: string },
  part: string,
  change: string,
  audit: WriteAudit,
  now: number,
  details: Record<string, unknown> = {},
) {
  return auditRepository(executor).record(
    {
      ...audit,
      action: "case.write",
      subjectType: "case",
      subjectId: at.caseId,
      familyId: at.familyId,
      details: { part, change, ...details },
    },
    now,
  );
}
