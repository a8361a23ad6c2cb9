import { policy } from "./policy.js";

/** Anyone signed in may read and change their own account and preferences. */
export const ownAccount = policy("account: own", () => true);

/** Only the instance's admins manage other people's accounts and roles. */
export const manageAccounts = policy("account: admin", (actor) => actor.isAdmin);
