/**
 * A listing's life: a provider applies (or a moderator imports an HSDS dataset), a moderator approves,
 * rejects with a reason, or asks for changes; the provider answers changes by resubmitting. Only an approved
 * listing can ever be public, and only while its availability is fresh: the users' main complaint about
 * directories is ghost listings, so a listing must reconfirm every 90 days and is hidden after 180 without.
 */
export const listingStatuses = ["pending", "changes_requested", "approved", "rejected"] as const;
export type ListingStatus = (typeof listingStatuses)[number];

export const moderationActions = ["approve", "reject", "request_changes"] as const;
export type ModerationAction = (typeof moderationActions)[number];

export type ListingEvent = ModerationAction | "resubmit";

/** Which event moves which status where; anything else is refused (a 409 that says the current status). */
const transitions: Record<ListingEvent, Partial<Record<ListingStatus, ListingStatus>>> = {
  approve: { pending: "approved" },
  reject: { pending: "rejected", changes_requested: "rejected" },
  request_changes: { pending: "changes_requested" },
  resubmit: { changes_requested: "pending", rejected: "pending" },
};

export function nextStatus(current: ListingStatus, event: ListingEvent): ListingStatus | null {
  return transitions[event][current] ?? null;
}

/** A reason is owed to the provider whenever they are told no or not yet. */
export const needsReason = (action: ModerationAction) => action !== "approve";

const DAY_MS = 86_400_000;
/** A listing is asked to reconfirm its availability this long after it last did. */
export const RECONFIRM_AFTER_DAYS = 90;
/** Unconfirmed this long, a listing leaves search until it reconfirms. */
export const HIDE_AFTER_DAYS = 180;

export type Freshness = "fresh" | "reconfirm_due" | "stale";

export function freshnessOf(confirmedAt: number, now: number): Freshness {
  const age = now - confirmedAt;
  if (age > HIDE_AFTER_DAYS * DAY_MS) return "stale";
  if (age > RECONFIRM_AFTER_DAYS * DAY_MS) return "reconfirm_due";
  return "fresh";
}

/** The oldest confirmation that still keeps a listing in search at `now` (for the indexed query). */
export const visibleSince = (now: number) => now - HIDE_AFTER_DAYS * DAY_MS;

export function isPublic(listing: { status: ListingStatus; confirmedAt: number }, now: number): boolean {
  return listing.status === "approved" && listing.confirmedAt >= visibleSince(now);
}

/** Changes a provider can make to a live listing without a moderator; credentials always go back to one. */
export const credentialFields = ["credentials"] as const;
