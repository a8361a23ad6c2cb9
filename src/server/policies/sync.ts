import { policy } from "./policy.js";

/**
 * Anyone signed in may sync; each change is then checked against the families the person is a caregiver
 * in (a change for any other baby is refused as not found), and the pull returns only those families.
 */
export const syncOwnFamilies = policy("sync: own families' entries", () => true);
