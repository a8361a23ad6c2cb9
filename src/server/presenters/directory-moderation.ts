import { type ModeratorListing, moderatorListingSchema } from "../../contract/directory.js";
import { inputOf, type Listing } from "../../db/repositories/directory-listings.js";
import { missingForApproval } from "../../domain/directory/listing-input.js";
import { ownListingView } from "./directory-own.js";

/**
 * A listing as a moderator sees it: everything its owner sees, plus who owns it, who checked each
 * credential and how, and who did what in its history.
 */
export { moderatorListingSchema };

export function moderatorListingView(
  l: Listing,
  owner: { id: string; name: string; email: string } | null,
  history: { action: string; reason: string | null; at: number; actorId: string | null }[],
  now = Date.now(),
): ModeratorListing {
  return {
    ...ownListingView(l, history, now),
    review: l.status === "pending" ? "new" : l.pendingCredentials ? "credential_change" : "none",
    source: l.source,
    owner,
    applicantEmail: owner ? null : l.applicantEmail,
    missing: missingForApproval(inputOf(l)),
    verifications: l.credentials.map((c) => ({
      type: c.type,
      detail: c.detail,
      verified: c.verified
        ? { by: c.verified.by, at: new Date(c.verified.at).toISOString(), method: c.verified.method }
        : null,
    })),
    events: history.map((h) => ({
      action: h.action,
      reason: h.reason,
      at: new Date(Number(h.at)).toISOString(),
      actorId: h.actorId,
    })),
    createdAt: new Date(l.createdAt).toISOString(),
  };
}
