import type { FastifyRequest } from "fastify";
import type { OpenCase } from "../../db/repositories/cases.js";
import { actorOf } from "../plugins/authorize.js";

/**
 * Every clinician read of a family's data is written to the audit trail under the family, so the family's
 * access log can show which clinician saw what, and when. Written before the reply is sent: a read that
 * could not be logged is not served.
 */
export async function auditCaseRead(request: FastifyRequest, openCase: OpenCase, part: string) {
  const userAgent = request.headers["user-agent"];
  await request.server.attune.audit.record({
    actorId: actorOf(request).id,
    action: "case.read",
    subjectType: "case",
    subjectId: openCase.id,
    familyId: openCase.familyId,
    ip: request.ip,
    ...(userAgent ? { userAgent } : {}),
    details: { part },
  });
}
