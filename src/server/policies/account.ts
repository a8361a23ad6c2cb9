import { policy } from "./policy.js";
import { can } from "./rules.js";

/** Only the instance's admins manage other people's accounts and roles. (One's own account: signed-in.ts.) */
export const manageAccounts = policy("account: admin", (actor) => can(actor, "manage", { type: "accounts" }));
