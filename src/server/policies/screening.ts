import type { Screening } from "../../db/repositories/screenings.js";
import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { familyAllows } from "./family.js";
import { policy, policyOnInput } from "./policy.js";
import { can } from "./rules.js";

/**
 * Screenings are private to the person who answered them (until the clinician work adds sharing with
 * consent). Anyone else is told the screening does not exist (404), never that it is someone else's.
 */
declare module "fastify" {
  interface FastifyRequest {
    screening?: Screening;
  }
}

/** The person who answered the screening in :id. */
export const ownScreening = policy("screening: own", async (actor, request) => {
  const id = idOf(request);
  const screening = await request.server.attune.screenings.get(id);
  if (!screening || !can(actor, "read", { type: "screening", userId: screening.userId }))
    throw notFound("screening");
  request.screening = screening;
  return true;
});

/**
 * A check-in about a baby needs its author to be a caregiver of that baby; one about themself needs nothing
 * more. The baby is named in the body, so this decides once the body is validated, and answers a baby that
 * is not theirs as not found. The baby found is kept on the request for the handler.
 */
export const checkInSubject = policyOnInput(
  "check-in: about oneself, or a baby one cares for",
  async (actor, request) => {
    const { subject } = request.body as { subject: "self" | { babyId: string } };
    if (subject === "self") return true;
    const found = await request.server.attune.babies.withMembership(subject.babyId, actor.id);
    if (!found || !familyAllows(actor, "contribute", found.membership)) throw notFound("baby");
    request.baby = found.baby;
    return true;
  },
);
