import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { familyAllows } from "./family.js";
import { loadingInputPolicy, loadingPolicy } from "./policy.js";
import { can } from "./rules.js";

/**
 * Screenings are private to the person who answered them (until the clinician work adds sharing with
 * consent). Anyone else is told the screening does not exist (404), never that it is someone else's.
 */
/** The person who answered the screening in :id. */
export const ownScreening = loadingPolicy("screening: own", async (actor, request) => {
  const id = idOf(request);
  const screening = await request.server.attune.screenings.get(id);
  if (!screening || !can(actor, "read", { type: "screening", userId: screening.userId }))
    throw notFound("screening");
  return { screening };
});

/**
 * A check-in about a baby needs its author to be a caregiver of that baby; one about themself needs nothing
 * more. The baby is named in the body, so this decides once the body is validated, and answers a baby that
 * is not theirs as not found. The baby found (none for a check-in about oneself) goes to the handler.
 */
export const checkInSubject = loadingInputPolicy(
  "check-in: about oneself, or a baby one cares for",
  async (actor, request) => {
    const { subject } = request.body as { subject: "self" | { babyId: string } };
    if (subject === "self") return { baby: undefined };
    const found = await request.server.attune.babies.withMembership(subject.babyId, actor.id);
    if (!found || !familyAllows(actor, "contribute", found.membership)) throw notFound("baby");
    return { baby: found.baby };
  },
);
