/**
 * The one rule for which check-in results a family's clinician may see lives in the database layer
 * (db/repositories/case-reads.ts): the share's scopes (an open case whose active shares cover "screenings"),
 * and each result's `for_clinicians` choice, answered by a caregiver of the family now, kept with that family
 * or without one. Every clinician read of results goes through it; these names stay for the routes.
 */
export { sharedResultsWithAuthor, sharedScreenings } from "../../db/repositories/case-reads.js";
