import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { familyAllows, membershipOf } from "./family.js";
import { loadingPolicy } from "./policy.js";

/**
 * What a clinician sent a family (observations, referrals) belongs to the family: any caregiver of that
 * family may act on it, share or no share; to anyone else it does not exist (404). The clinician reaches the
 * same things only through an open case (policies/case.ts).
 */
/** A caregiver of the family the observation in :id was sent to. */
export const observationFamily = loadingPolicy(
  "observation: a caregiver of its family",
  async (actor, request) => {
    const observation = await request.server.attune.observations.get(idOf(request));
    const membership = observation && (await membershipOf(request, actor, observation.familyId));
    if (!observation || !familyAllows(actor, "read", membership)) throw notFound("observation");
    return { observation };
  },
);

/** A caregiver of the family the referral in :id was made for. */
export const referralFamily = loadingPolicy("referral: a caregiver of its family", async (actor, request) => {
  const referral = await request.server.attune.referrals.get(idOf(request));
  const membership = referral && (await membershipOf(request, actor, referral.familyId));
  if (!referral || !familyAllows(actor, "read", membership)) throw notFound("referral");
  return { referral };
});
