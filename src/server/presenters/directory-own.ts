import { z } from "zod";
import type { Listing } from "../../db/repositories/directory-listings.js";
import { inputOf } from "../../db/repositories/directory-listings.js";
import {
  freshnessOf,
  HIDE_AFTER_DAYS,
  listingStatuses,
  RECONFIRM_AFTER_DAYS,
} from "../../domain/directory/listing.js";
import { credentialInputSchema, storedListingInputSchema } from "../../domain/directory/listing-input.js";
import { providerSchema, providerView } from "./directory.js";

/**
 * A listing as its owner sees it: the public view, plus where it stands (status in review, the moderator's
 * note, credential changes waiting), when to reconfirm, and the words of the application for the edit form.
 * The history names what happened and when, never which moderator.
 */
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const historySchema = z.object({ action: z.string(), reason: z.string().nullable(), at: z.string() });

export const ownListingSchema = providerSchema.extend({
  status: z.enum(listingStatuses),
  freshness: z.enum(["fresh", "reconfirm_due", "stale"]),
  reconfirmBy: z.string().describe("YYYY-MM-DD: 90 days after the last confirmation"),
  hiddenAfter: z.string().describe("YYYY-MM-DD: unconfirmed after this day, the listing leaves search"),
  moderationNote: z
    .string()
    .nullable()
    .describe("The moderator's reason, when changes were asked for or it was not accepted"),
  pendingCredentials: z.array(credentialInputSchema).nullable(),
  input: storedListingInputSchema.describe("The listing in the words of the application, for the edit form"),
  history: z.array(historySchema),
});

export function ownListingView(
  l: Listing,
  history: { action: string; reason: string | null; at: number }[],
  now = Date.now(),
): z.infer<typeof ownListingSchema> {
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
