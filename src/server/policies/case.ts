import type { FastifyRequest } from "fastify";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { ConsentScope } from "../../domain/consent.js";
import { forbidden, notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { caregiverOfFamilyNamed, familyAllows, membershipOf } from "./family.js";
import { type Actor, type LoadingPolicy, loadingPolicy, policy } from "./policy.js";
import { can } from "./rules.js";

/**
 * Who may see a family's data as a clinician, and who manages a family's shares.
 * - A case is readable only by its clinician, and only while the family has an active share with them: the
 *   share is read from the database on every request, so a revocation or an expiry holds from the next one.
 *   To anyone else (another clinician, a caregiver, a guessed id) the case does not exist: 404.
 * - Within an open case, a part the family has not shared (a scope) is refused with 403 and says which.
 * - A share belongs to its family: any caregiver of that family may see, narrow or end it; anyone else is
 *   told it does not exist.
 */
const scopeWords: Record<ConsentScope, string> = {
  entries: "its care log",
  screenings: "check-in results",
  moments: "connection moments and feelings",
  thought_records: "thought records",
  visit_summary: "its visit summary",
};

/** The clinician of the open case in :id; with a scope, only if the family's shares cover it. */
export function caseClinician(scope?: ConsentScope): LoadingPolicy<{ openCase: OpenCase }> {
  const name = `case: its clinician, while shared${scope ? ` (${scope})` : ""}`;
  return loadingPolicy(name, async (actor, request) => ({
    openCase: await openCaseFor(actor, request, scope),
  }));
}

/** The case in :id, open to this clinician (and covering the scope), or the refusal the rules chose. */
export async function openCaseFor(actor: Actor, request: FastifyRequest, scope?: ConsentScope) {
  const open = await request.server.attune.cases.open(idOf(request), actor.id);
  if (!open || !can(actor, "read", { type: "case", open })) throw notFound("case");
  if (scope && !can(actor, "read", { type: "casePart", open, scope }))
    throw forbidden(
      `The family has not shared ${scopeWords[scope]} with you. They can add it to their share.`,
    );
  return open;
}

/** Clinician accounts: a caseload, and taking up a family's share. */
export const clinicianAccount = policy("clinician account", (actor) => {
  if (!can(actor, "keep", { type: "caseload" })) throw forbidden("Only clinician accounts have a caseload.");
  return true;
});

/** A caregiver of the family whose share is in :id. */
export const familyShare = loadingPolicy("consent: a caregiver of its family", async (actor, request) => {
  const consent = await request.server.attune.consents.get(idOf(request));
  const membership = consent && (await membershipOf(request, actor, consent.familyId));
  if (!consent || !familyAllows(actor, "share", membership)) throw notFound("share");
  return { consent };
});

/**
 * A caregiver of the family a new share is for (the body's familyId), or whose shares are listed
 * (?familyId=; without it, the list is of the actor's own families).
 */
export const shareFamilies = caregiverOfFamilyNamed("consent: a caregiver of the family it names", "share");
