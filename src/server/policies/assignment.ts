import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { familyAllows, membershipOf } from "./family.js";
import { loadingPolicy } from "./policy.js";

/**
 * An assignment a clinician sent belongs to the family: any caregiver of that family may answer it, share or
 * no share; to anyone else it does not exist (404). The clinician reaches it only through an open case.
 */
/** A caregiver of the family the assignment in :id was sent to. */
export const assignmentFamily = loadingPolicy(
  "assignment: a caregiver of its family",
  async (actor, request) => {
    const assignment = await request.server.attune.assignments.get(idOf(request));
    const membership = assignment && (await membershipOf(request, actor, assignment.familyId));
    if (!assignment || !familyAllows(actor, "read", membership)) throw notFound("assignment");
    return { assignment };
  },
);
