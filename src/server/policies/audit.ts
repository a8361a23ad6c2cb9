import { caregiverOfFamilyNamed } from "./family.js";

/**
 * Everyone signed in reads the trail about themself; a family's access log (?familyId=) is its caregivers'
 * (any other family: not found); the instance's security events (?all=true) are the admins' — anyone else
 * asking for them is shown their own trail, decided by the same rule (`auditTrail.readInstance`) in the route.
 */
export const readAudit = caregiverOfFamilyNamed(
  "audit: own trail; a family's access log, its caregivers; the instance's, admins",
  "read",
);

/** Sign-in and account security events, each with its failed twin (routes/auth.ts). No details but the status. */
const accountEvents = ["sign_up", "sign_in", "sign_out", "change_password", "delete"].flatMap((a) => [
  [`account.${a}`, []],
  [`account.${a}_failed`, ["status"]],
]) as [string, readonly string[]][];

/**
 * What the instance admin's view of the whole trail (`GET /api/audit?all=true`) holds: sign-in and account
 * security, role changes, directory moderation and system events. It is an allow-list, not a deny-list: a
 * person's check-ins and safety flags, their sharing choices, thought records, a family's shares and every
 * clinician read or change of a family's data are theirs and their family's, not the instance owner's, and an
 * action added later stays out of the admin's sight until someone decides here that it belongs in it.
 *
 * Each action names the details the admin sees with it; any other detail a writer adds later is left out.
 */
export const adminAuditActions: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...accountEvents,
  // Role changes (routes/admin-users.ts).
  ["account.grant", ["from", "to"]],
  // The directory's listings and their moderation (routes/directory/, routes/hsds/import.ts): public
  // listings, not anyone's private data.
  ["directory.apply", []],
  ["directory.claim", []],
  ["directory.edit", ["heldForReview", "resubmitted"]],
  ["directory.reconfirm", ["accepting"]],
  ["directory.withdraw", []],
  ["directory.hsds_import", ["index", "hsdsServiceId"]],
  ["directory.approve", ["reason"]],
  ["directory.reject", ["reason"]],
  ["directory.request_changes", ["reason"]],
  ["directory.verify_credential", ["credential", "method"]],
  ["directory.credential_changes_approve", []],
  ["directory.credential_changes_reject", ["reason"]],
]);
