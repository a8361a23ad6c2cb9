import { type OwnListing, ownListingSchema } from "../../contract/directory.js";
import type { Listing } from "../../db/repositories/directory-listings.js";
import { inputOf } from "../../db/repositories/directory-listings.js";
import { freshnessOf, HIDE_AFTER_DAYS, RECONFIRM_AFTER_DAYS } from "../../domain/directory/listing.js";
import { providerView } from "./directory.js";

/**
 * A listing as its owner sees it: the public view, plus where it stands (status in review, the moderator's
 * note, credential changes waiting), when to reconfirm, and the words of the application for the edit form.
 * The history names what happened and when, never which moderator.
 */
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export { ownListingSchema };

export function ownListingView(
  l: Listing,
  history: { action: string; reason: string | null; at: number }[],
  now = Date.now(),
): OwnListing {
  return {
    ...providerView(l, now),
    status: l.status,
    freshness: freshnessOf(l.confirmedAt, now),
    reconfirmBy: day(l.confirmedAt + RECONFIRM_AFTER_DAYS * DAY_MS),
    hiddenAfter: day(l.confirmedAt + HIDE_AFTER_DAYS * DAY_MS),
    moderationNote: l.moderationNote,
    pendingCredentials: l.pendingCredentials,
    input: inputOf(l),
    history: history.map((h) => ({
      action: h.action,
      reason: h.reason,
      at: new Date(Number(h.at)).toISOString(),
    })),
  };
}
