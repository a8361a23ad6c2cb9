import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * The one rule for which check-in results a family's clinician may see: those the caregiver who answered
 * chose to share with clinicians (`for_clinicians`), answered by someone who is a caregiver of the family
 * now. A caregiver's check-in about themself is kept without a family: it belongs to each family they are
 * in; one kept with a family belongs to that family only. The caller adds its columns, and must itself
 * have checked an active share that covers "screenings".
 *
 * Every clinician read of results (the caseload, the case's charts, its visit summary) starts here, so
 * unsharing a result hides it everywhere from the next request.
 */
export function sharedScreenings(db: Kysely<Database>, familyIds: string[]) {
  return db
    .selectFrom("screenings")
    .innerJoin("family_members", "family_members.user_id", "screenings.user_id")
    .where("family_members.family_id", "in", familyIds)
    .where("screenings.for_clinicians", "=", 1)
    .where((eb) =>
      eb.or([
        eb("screenings.family_id", "is", null),
        eb("screenings.family_id", "=", eb.ref("family_members.family_id")),
      ]),
    );
}

/**
 * The shared results of one family with who answered each, oldest first: what the case's charts and its
 * visit summary both read. The caller narrows it (period, baby) and must have checked the "screenings" scope.
 */
export function sharedResultsWithAuthor(db: Kysely<Database>, familyId: string) {
  return sharedScreenings(db, [familyId])
    .innerJoin("users", "users.id", "screenings.user_id")
    .select([
      "screenings.id",
      "screenings.user_id",
      "users.name",
      "screenings.baby_id",
      "screenings.instrument_id",
      "screenings.completed_at",
      "screenings.total",
      "screenings.result",
    ])
    .orderBy("screenings.completed_at", "asc")
    .orderBy("screenings.id", "asc");
}
