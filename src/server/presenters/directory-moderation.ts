import { z } from "zod";
import { inputOf, type Listing } from "../../db/repositories/directory-listings.js";
import { missingForApproval } from "../../domain/directory/listing-input.js";
import { credentialTypes } from "../../domain/directory/taxonomy.js";
import { ownListingSchema, ownListingView } from "./directory-own.js";

/**
 * A listing as a moderator sees it: everything its owner sees, plus who owns it, who checked each
 * credential and how, and who did what in its history.
 */
export const moderatorListingSchema = ownListingSchema.extend({
  review: z.enum(["new", "credential_change", "none"]).describe("What the queue asks of the moderator"),
  source: z.enum(["application", "hsds_import", "demo"]),
  owner: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  applicantEmail: z
    .string()
    .nullable()
    .describe("Who applied without an account, until an account with this email takes the listing over"),
  missing: z
    .array(z.string())
    .describe("What the listing lacks before it can be approved; empty when it is whole"),
  verifications: z.array(
    z.object({
      type: z.enum(credentialTypes),
      detail: z.string().nullable(),
      verified: z.object({ by: z.string(), at: z.string(), method: z.string() }).nullable(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
      actorId: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
});

export function moderatorListingView(
  l: Listing,
  owner: { id: string; name: string; email: string } | null,
  history: { action: string; reason: string | null; at: number; actorId: string | null }[],
  now = Date.now(),
): z.infer<typeof moderatorListingSchema> {
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
