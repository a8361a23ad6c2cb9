import type { Assignment } from "../../db/repositories/assignments.js";
import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { familyAllows, membershipOf } from "./family.js";
import { policy } from "./policy.js";

/**
 * An assignment a clinician sent belongs to the family: any caregiver of that family may answer it, share or
 * no share; to anyone else it does not exist (404). The clinician reaches it only through an open case.
 */
declare module "fastify" {
  interface FastifyRequest {
    assignment?: Assignment;
  }
}

/** A caregiver of the family the assignment in :id was sent to. */
export const assignmentFamily = policy("assignment: a caregiver of its family", async (actor, request) => {
  const assignment = await request.server.attune.assignments.get(idOf(request));
  const membership = assignment && (await membershipOf(request, actor, assignment.familyId));
  if (!assignment || !familyAllows(actor, "read", membership)) throw notFound("assignment");
  request.assignment = assignment;
  return true;
});
