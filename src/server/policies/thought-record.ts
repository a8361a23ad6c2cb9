import { notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { admitToFamily, caregiverOfFamilyNamed, familyNamedIn } from "./family.js";
import { loadingPolicy, withInputCheck } from "./policy.js";
import { can } from "./rules.js";

/**
 * A thought record is its author's alone: anyone else, another caregiver of the same family included, is
 * told it does not exist (404), never that it is someone else's. (A clinician reads shared records through
 * the case, with the family's consent, not through these routes.)
 */
/** The author of the thought record in :id. */
export const ownThoughtRecord = loadingPolicy("thought record: its author", async (actor, request) => {
  const id = idOf(request);
  const record = await request.server.attune.thoughtRecords.get(id);
  if (!record || !can(actor, "read", { type: "thoughtRecord", userId: record.userId }))
    throw notFound("thought_record");
  return { record };
});

/**
 * Writing a record needs the family it is kept with (named in the body) to be one of the author's: any other
 * is answered as not found. Listing one's own records is under the signed-in rule.
 */
export const keepThoughtRecord = caregiverOfFamilyNamed(
  "thought record: kept with one of the author's families",
  "contribute",
);

/** Changing one's record: moving it to another family (named in the body) needs that family to be theirs too. */
export const changeOwnThoughtRecord = withInputCheck(ownThoughtRecord, (actor, request, { record }) => {
  const familyId = familyNamedIn(request);
  const moving = familyId !== undefined && familyId !== record.familyId;
  return !moving || admitToFamily(request, actor, "contribute", familyId);
});
