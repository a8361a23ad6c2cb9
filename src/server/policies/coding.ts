import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { clinicianAccount, openCaseFor } from "./case.js";
import { loadingPolicy } from "./policy.js";
import { can } from "./rules.js";

/**
 * Coding sessions are part of the case file: only the case's clinician, only while the family shares, and a
 * session in another case does not exist here (404), like the case itself to anyone else. A coding scheme is
 * its owner's: someone else's is 404.
 */

/** The session in :sessionId, in the open case in :id. */
export const codingSessionInCase = loadingPolicy(
  "coding session: the case's clinician, while shared",
  async (actor, request) => {
    const openCase = await openCaseFor(actor, request);
    const { sessionId = "" } = request.params as { sessionId?: string };
    const session = await request.server.attune.codingSessions.get(sessionId);
    if (
      !session ||
      !can(actor, "use", { type: "codingSession", caseId: session.caseId, openCaseId: openCase.id })
    )
      throw notFound("coding_session");
    return { openCase, session };
  },
);

/** The clinician's own scheme in :id. */
export const ownCodingScheme = loadingPolicy("coding scheme: its owner", async (actor, request) => {
  if (!(await clinicianAccount.allows(actor, request))) throw notFound("coding_scheme");
  const scheme = await request.server.attune.codingSchemes.get(idOf(request));
  if (!scheme || !can(actor, "use", { type: "codingScheme", ownerId: scheme.ownerId }))
    throw notFound("coding_scheme");
  return { scheme };
});
