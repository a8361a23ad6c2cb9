import { policy } from "./policy.js";

/** Everyone signed in may read the audit trail about themself; admins may read all of it (checked in the route). */
export const readAudit = policy("audit: own or admin", () => true);
