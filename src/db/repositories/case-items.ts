/**
 * What a clinician sends a family from a case (an observation, a referral, an assignment, a check-in
 * request) has in common as read back: which case and family it is of, and the clinician who sent it, by
 * name. The clinician may have erased their account since: then the item stays, sent by nobody named.
 */

/** Someone an item names, or null when the person (or their name) is gone. */
export const named = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

/** The columns every case item is read with, for its table under the alias `a`, joined to `users as clinician`. */
export const caseItemColumns = <A extends string>(a: A) =>
  [
    `${a}.id`,
    `${a}.case_id`,
    `${a}.family_id`,
    `${a}.clinician_id`,
    "clinician.name as clinician_name",
  ] as const;

/** The part of a case item that `caseItemColumns` reads. */
export const caseItemOf = (r: {
  id: string;
  case_id: string;
  family_id: string;
  clinician_id: string | null;
  clinician_name: string | null;
}) => ({
  id: r.id,
  caseId: r.case_id,
  familyId: r.family_id,
  clinician: named(r.clinician_id, r.clinician_name),
});
