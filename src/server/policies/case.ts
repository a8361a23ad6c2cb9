import type { OpenCase } from "../../db/repositories/cases.js";
import type { Consent } from "../../db/repositories/consents.js";
import type { ConsentScope } from "../../domain/consent.js";
import { forbidden, notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { policy } from "./policy.js";

/**
 * Who may see a family's data as a clinician, and who manages a family's shares.
 * - A case is readable only by its clinician, and only while the family has an active share with them: the
 *   share is read from the database on every request, so a revocation or an expiry holds from the next one.
 *   To anyone else (another clinician, a caregiver, a guessed id) the case does not exist: 404.
 * - Within an open case, a part the family has not shared (a scope) is refused with 403 and says which.
 * - A share belongs to its family: any caregiver of that family may see, narrow or end it; anyone else is
 *   told it does not exist.
 */
declare module "fastify" {
  interface FastifyRequest {
    openCase?: OpenCase;
    consent?: Consent;
  }
}

const scopeWords: Record<ConsentScope, string> = {
  entries: "its care log",
  screenings: "check-in results",
  moments: "connection moments and feelings",
  thought_records: "thought records",
  visit_summary: "its visit summary",
};

/** The clinician of the open case in :id; with a scope, only if the family's shares cover it. */
export function caseClinician(scope?: ConsentScope) {
  return policy(`case: its clinician, while shared${scope ? ` (${scope})` : ""}`, async (actor, request) => {
    const open = await request.server.attune.cases.open(idOf(request), actor.id);
    if (!open) throw notFound("case");
    if (scope && !open.scopes.includes(scope))
      throw forbidden(
        `The family has not shared ${scopeWords[scope]} with you. They can add it to their share.`,
      );
    request.openCase = open;
    return true;
  });
}

/** Clinician accounts: a caseload, and taking up a family's share. */
export const clinicianAccount = policy("clinician account", (actor) => {
  if (actor.role !== "clinician") throw forbidden("Only clinician accounts have a caseload.");
  return true;
});

/** A caregiver of the family whose share is in :id. */
export const familyShare = policy("consent: a caregiver of its family", async (actor, request) => {
  const consent = await request.server.attune.consents.get(idOf(request));
  if (!consent || !(await request.server.attune.families.membership(consent.familyId, actor.id)))
    throw notFound("share");
  request.consent = consent;
  return true;
});

/** Anyone signed in: a caregiver shares their own families (checked against the body in the route). */
export const shareFamilies = policy("consent: caregivers share their families", () => true);
