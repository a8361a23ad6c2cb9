import type { FastifyRequest } from "fastify";
import type { Baby } from "../../db/repositories/babies.js";
import type { Member } from "../../db/repositories/families.js";
import { forbidden, HttpError, notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { type Actor, policy } from "./policy.js";

/**
 * Who may see and change a family's things: its caregivers. Anyone else is told the thing does not exist
 * (404), never that it exists but is not theirs (403). Owners may also manage caregivers and invites.
 * The resolved membership (and baby) is kept on the request for the handler.
 */
export type Membership = Pick<Member, "familyId" | "userId" | "permission" | "relationship">;

declare module "fastify" {
  interface FastifyRequest {
    membership?: Membership;
    baby?: Baby;
  }
}

async function memberOf(
  request: FastifyRequest,
  actor: Actor,
  familyId: string,
): Promise<Member | undefined> {
  return request.server.attune.families.membership(familyId, actor.id);
}

/** Any caregiver of the family in :id. */
export const familyMember = policy("family: caregiver", async (actor, request) => {
  const membership = await memberOf(request, actor, idOf(request));
  if (!membership) throw notFound("family");
  request.membership = membership;
  return true;
});

/** An owner of the family in :id. */
export const familyOwner = policy("family: owner", async (actor, request) => {
  const membership = await memberOf(request, actor, idOf(request));
  if (!membership) throw notFound("family");
  if (membership.permission !== "owner") throw forbidden("Only an owner of this family can do that.");
  request.membership = membership;
  return true;
});

async function admitBabyCaregiver(request: FastifyRequest, actor: Actor, babyId: string) {
  const found = await request.server.attune.babies.withMembership(babyId, actor.id);
  if (!found) throw notFound("baby");
  request.baby = found.baby;
  request.membership = found.membership;
  return true;
}

/** A caregiver of the baby in :id. */
export const babyCaregiver = policy("baby: caregiver", (actor, request) =>
  admitBabyCaregiver(request, actor, idOf(request)),
);

/**
 * A caregiver of the baby named by ?babyId= (routes about a baby that do not live under /api/babies/:id).
 * The gate runs before the query is validated, so a missing id is answered here, as the 400 it is.
 */
export const babyCaregiverByQuery = policy("baby (?babyId): caregiver", (actor, request) => {
  const babyId = (request.query as { babyId?: unknown } | undefined)?.babyId;
  if (typeof babyId !== "string" || babyId === "") {
    throw new HttpError(
      400,
      "invalid_input",
      "The request was not valid: querystring.babyId: say which baby, as ?babyId=<the baby's id>.",
    );
  }
  return admitBabyCaregiver(request, actor, babyId);
});

/** A caregiver of the baby whose entry is :id. */
export const entryCaregiver = policy("entry: caregiver of its baby", async (actor, request) => {
  const entry = await request.server.attune.entries.get(idOf(request));
  const membership = entry && (await memberOf(request, actor, entry.family_id));
  if (!entry || !membership) throw notFound("entry");
  request.membership = membership;
  return true;
});

/** A caregiver of the baby an import (:id) brought history to. */
export const importCaregiver = policy("import: caregiver of its baby", async (actor, request) => {
  const found = await request.server.attune.imports.get(idOf(request));
  const membership = found && (await memberOf(request, actor, found.family_id));
  if (!found || !membership) throw notFound("import");
  request.membership = membership;
  return true;
});

/** Anyone signed in may start a family or accept an invite addressed to them by its code. */
export const anyoneSignedIn = policy("signed in", () => true);
