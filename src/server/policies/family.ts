import type { FastifyRequest } from "fastify";
import type { Baby } from "../../db/repositories/babies.js";
import type { Member } from "../../db/repositories/families.js";
import { forbidden, HttpError, notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { type Actor, loadingPolicy, policyOnInput } from "./policy.js";
import { type Action, can, type FamilyRole } from "./rules.js";

/**
 * Who may see and change a family's things: its caregivers (rules.ts). Anyone else is told the thing does
 * not exist (404), never that it exists but is not theirs (403). Owners may also manage caregivers and invites.
 * Each policy hands what it loaded (the membership, the baby) to the route's handler (policies/loaded.ts).
 */
export type Membership = Pick<Member, "familyId" | "userId" | "permission" | "relationship">;

/** The actor's membership of a family, or undefined when they are not one of its caregivers. */
export function membershipOf(request: FastifyRequest, actor: Actor, familyId: string) {
  return request.server.attune.families.membership(familyId, actor.id);
}

/** Whether the rules let the actor do this in the family their membership (if any) is of. */
export function familyAllows<M extends FamilyRole>(
  actor: Actor,
  action: Action<"family">,
  membership: M | undefined,
): membership is M {
  return can(actor, action, { type: "family", membership });
}

/** Any caregiver of the family in :id. */
export const familyMember = loadingPolicy("family: caregiver", async (actor, request) => {
  const membership = await membershipOf(request, actor, idOf(request));
  if (!familyAllows(actor, "read", membership)) throw notFound("family");
  return { membership };
});

/** A caregiver who is not an owner knows the family exists, so they are told why they are refused (403). */
function requireOwner(actor: Actor, membership: Membership) {
  if (!familyAllows(actor, "manage", membership))
    throw forbidden("Only an owner of this family can do that.");
}

/** An owner of the family in :id. */
export const familyOwner = loadingPolicy("family: owner", async (actor, request) => {
  const membership = await membershipOf(request, actor, idOf(request));
  if (!familyAllows(actor, "read", membership)) throw notFound("family");
  requireOwner(actor, membership);
  return { membership };
});

/** The baby and the actor's membership of its family, when they are one of its caregivers. */
async function babyCaredForBy(
  request: FastifyRequest,
  actor: Actor,
  babyId: string,
): Promise<{ baby: Baby; membership: Membership }> {
  const found = await request.server.attune.babies.withMembership(babyId, actor.id);
  if (!found || !familyAllows(actor, "read", found.membership)) throw notFound("baby");
  return found;
}

/** An owner of the family of the baby in :id. */
export const babyOwner = loadingPolicy("baby: an owner of its family", async (actor, request) => {
  const found = await babyCaredForBy(request, actor, idOf(request));
  requireOwner(actor, found.membership);
  return found;
});

/** A caregiver of the baby in :id. */
export const babyCaregiver = loadingPolicy("baby: caregiver", (actor, request) =>
  babyCaredForBy(request, actor, idOf(request)),
);

/**
 * A caregiver of the baby named by ?babyId= (routes about a baby that do not live under /api/babies/:id).
 * The gate runs before the query is validated, so a missing id is answered here, as the 400 it is.
 */
export const babyCaregiverByQuery = loadingPolicy("baby (?babyId): caregiver", async (actor, request) => {
  const babyId = (request.query as { babyId?: unknown } | undefined)?.babyId;
  if (typeof babyId !== "string" || babyId === "") {
    throw new HttpError(
      400,
      "invalid_input",
      "The request was not valid: querystring.babyId: say which baby, as ?babyId=<the baby's id>.",
    );
  }
  return babyCaredForBy(request, actor, babyId);
});

/** A caregiver of the baby whose entry is :id. */
export const entryCaregiver = loadingPolicy("entry: caregiver of its baby", async (actor, request) => {
  const entry = await request.server.attune.entries.get(idOf(request));
  const membership = entry && (await membershipOf(request, actor, entry.family_id));
  if (!entry || !familyAllows(actor, "read", membership)) throw notFound("entry");
  return { entry, membership };
});

/** A caregiver of the baby an import (:id) brought history to. */
export const importCaregiver = loadingPolicy("import: caregiver of its baby", async (actor, request) => {
  const found = await request.server.attune.imports.get(idOf(request));
  const membership = found && (await membershipOf(request, actor, found.family_id));
  if (!found || !familyAllows(actor, "read", membership)) throw notFound("import");
  return { imported: found, membership };
});

/** Lets the actor do this in the family named by id, or refuses it as not found (to anyone else it does not exist). */
export async function admitToFamily(
  request: FastifyRequest,
  actor: Actor,
  action: Action<"family">,
  familyId: string,
) {
  if (!familyAllows(actor, action, await membershipOf(request, actor, familyId))) throw notFound("family");
  return true;
}

/** The family a request names in its validated body or query (`familyId`), when it names one. */
export function familyNamedIn(request: FastifyRequest): string | undefined {
  const named = (input: unknown) => (input as { familyId?: string } | undefined)?.familyId;
  return named(request.body) ?? named(request.query);
}

/**
 * A caregiver of the family the body or query names, decided once they are validated: the family a share
 * is made for, a thought record is kept with, or a list is narrowed to. A request that names none acts only
 * on the actor's own families, which the route reads itself.
 */
export function caregiverOfFamilyNamed(name: string, action: Action<"family">) {
  return policyOnInput(name, (actor, request) => {
    const familyId = familyNamedIn(request);
    return familyId === undefined || admitToFamily(request, actor, action, familyId);
  });
}
