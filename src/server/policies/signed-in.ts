import { policy } from "./policy.js";

/**
 * Anyone signed in, on their own things: their account and preferences; the lists of what is theirs alone
 * (their check-ins, thought records, listings, idea marks, suggestions); starting a family, or joining one by an
 * invite's code (the code is the permission); the libraries every signed-in person reads (instruments, ideas);
 * and sync, whose pull is their own families' and whose every pushed change is checked on its own against
 * the family it names (routes/sync.ts). A route under this rule reads and writes only rows keyed by the
 * actor, or shared material: anything that names someone else's thing has a rule of its own.
 */
export const signedIn = policy("signed in: their own things", () => true);
