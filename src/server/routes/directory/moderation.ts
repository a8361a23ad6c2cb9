import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { inputOf, type Listing } from "../../../db/repositories/directory-listings.js";
import {
  type ListingStatus,
  listingStatuses,
  type ModerationAction,
  nextStatus,
} from "../../../domain/directory/listing.js";
import { missingForApproval } from "../../../domain/directory/listing-input.js";
import { credentialTypes } from "../../../domain/directory/taxonomy.js";
import { HttpError, notFound } from "../../errors.js";
import { actorOf } from "../../plugins/authorize.js";
import { moderateDirectory, moderateListing } from "../../policies/directory.js";
import { guarded } from "../../policies/loaded.js";
import { moderatorListingSchema, moderatorListingView } from "../../presenters/directory-moderation.js";
import { emailNotVerified } from "../../verified-email.js";
import {
  cursorPage,
  errorReplies,
  errorSchema,
  idParams,
  invalidCursor,
  parseTimeCursor,
  timeCursor,
} from "../schemas.js";
import { auditOf } from "./audit-of.js";

/**
 * The moderators' side: a queue, first come first served; approve, ask for changes or reject (with a reason
 * the provider will read); check credentials (who, when, how) and decide credential changes on live
 * listings. No unapproved listing is ever public: approval is the only way in, and each move is guarded by
 * the status the moderator saw, so two moderators acting at once cannot both win.
 */
const reasonBody = z
  .object({
    reason: z
      .string("give a reason: the provider reads it")
      .trim()
      .min(5, "give a reason of a few words: the provider reads it")
      .max(2000),
  })
  .strict();
const emptyBody = z.object({}).strict().optional();
const QUEUE_PAGE = 25;

function afterOf(cursor: string | undefined) {
  if (!cursor) return null;
  const { createdAt, id } = parseTimeCursor(cursor, "createdAt");
  const num = Number(id);
  if (!Number.isFinite(num)) throw invalidCursor();
  return { createdAt, num };
}

const statusWords: Record<ListingStatus, string> = {
  pending: "waiting for review",
  changes_requested: "sent back for changes",
  approved: "approved",
  rejected: "not accepted",
};

/** What each decision would make of the listing, for the 409 that refuses it. */
const decisionWords: Record<ModerationAction, string> = {
  approve: "approved",
  reject: "turned down",
  request_changes: "sent back for changes",
};

const refusal = (status: ListingStatus, action: ModerationAction) =>
  new HttpError(
    409,
    "listing_status",
    `This listing is ${statusWords[status]}, so it cannot be ${decisionWords[action]} now. Reload the queue to see where it stands.`,
    { status },
  );

export const directoryModerationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, users } = app.attune;

  async function view(l: Listing) {
    const owner = l.ownerId ? await users.findById(l.ownerId) : undefined;
    const events = await directory.events(l.id);
    return moderatorListingView(
      l,
      owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
      events.map((e) => ({ ...e, at: Number(e.at) })),
    );
  }
  const providerVerified = async (l: Listing) => {
    if (l.ownerId) return (await users.findById(l.ownerId))?.emailVerified === true;
    // Imported or seeded listings have no provider account: the moderator vouches for them.
    return !(l.source === "application" && l.applicantEmail);
  };
  const discard = (request: FastifyRequest, listing: Listing, actorId: string) => {
    const { reason } = request.body as { reason: string };
    return directory.discardPendingCredentials(listing.id, Date.now(), {
      actorId,
      reason,
      audit: auditOf(request, "credential_changes_reject", { reason }),
    });
  };

  // The queue answers at two addresses: the moderators' own, and the applications collection the API
  // contract names (GET there is for moderators; POST is a provider applying).
  for (const url of ["/api/directory/moderation/queue", "/api/directory/applications"])
    app.get(
      url,
      {
        config: { policy: moderateDirectory },
        schema: {
          tags: ["directory"],
          summary:
            "The moderation queue, oldest first (moderators). status=pending (default) also lists live listings whose credential changes wait for review",
          querystring: z
            .object({
              status: z
                .enum(listingStatuses, `status is one of: ${listingStatuses.join(", ")}`)
                .default("pending"),
              cursor: z.string().max(200).optional(),
            })
            .strict(),
          response: {
            200: z.object({ items: z.array(moderatorListingSchema), nextCursor: z.string().nullable() }),
            ...errorReplies,
          },
        },
      },
      async (request) => {
        const rows = await directory.queue(
          request.query.status,
          afterOf(request.query.cursor),
          QUEUE_PAGE + 1,
        );
        const { items, nextCursor } = cursorPage(rows, QUEUE_PAGE, (l) => timeCursor(l.createdAt, l.num));
        return { items: await Promise.all(items.map(view)), nextCursor };
      },
    );

  app.get(
    "/api/directory/moderation/:id",
    guarded(
      moderateListing,
      {
        schema: {
          tags: ["directory"],
          summary: "One listing in full, with its owner, credential checks and history",
          params: idParams,
          response: { 200: moderatorListingSchema, ...errorReplies },
        },
      },
      async (_request, _reply, { listing }) => view(listing),
    ),
  );

  const decisions: { path: string; action: ModerationAction; summary: string; needsReason: boolean }[] = [
    {
      path: "approve",
      action: "approve",
      summary: "Approve: the listing becomes public",
      needsReason: false,
    },
    {
      path: "reject",
      action: "reject",
      summary: "Do not accept the listing, with a reason",
      needsReason: true,
    },
    {
      path: "request-changes",
      action: "request_changes",
      summary: "Send the listing back to its provider with what to change",
      needsReason: true,
    },
  ];
  for (const decision of decisions) {
    app.post(
      `/api/directory/moderation/:id/${decision.path}`,
      guarded(
        moderateListing,
        {
          schema: {
            tags: ["directory"],
            summary: `${decision.summary}. 409 when the listing's status does not allow it`,
            params: idParams,
            body: decision.needsReason ? reasonBody : emptyBody,
            response: { 200: moderatorListingSchema, 409: errorSchema, ...errorReplies },
          },
        },
        async (request, _reply, { listing }) => {
          const to = nextStatus(listing.status, decision.action);
          if (!to) throw refusal(listing.status, decision.action);
          const missing = decision.action === "approve" ? missingForApproval(inputOf(listing)) : [];
          if (missing.length)
            throw new HttpError(
              409,
              "listing_incomplete",
              `This listing cannot go public yet: ${missing.join("; ")}. Ask its provider for changes.`,
              { missing },
            );
          // A listing goes public only for a provider who has shown the address is theirs: an owner who followed
          // the link mailed at sign-up (one who applied without an account makes one with that address first).
          if (decision.action === "approve" && !(await providerVerified(listing)))
            throw emailNotVerified("provider");
          const reason = decision.needsReason ? (request.body as { reason: string }).reason : null;
          const moved = await directory.transition(listing.id, {
            from: listing.status,
            to,
            action: decision.action,
            actorId: actorOf(request).id,
            reason,
            audit: auditOf(request, decision.action, reason ? { reason } : undefined),
          });
          if (!moved) {
            // Someone else moved it first: name where it stands now, not where it stood.
            const current = await directory.get(listing.id);
            if (!current) throw notFound("listing");
            throw refusal(current.status, decision.action);
          }
          return view(moved);
        },
      ),
    );
  }

  app.post(
    "/api/directory/moderation/:id/credentials/:type/verify",
    guarded(
      moderateListing,
      {
        schema: {
          tags: ["directory"],
          summary: "Record that a credential was checked: by this moderator, now, and how",
          params: idParams.extend({
            type: z.enum(credentialTypes, "that is not a credential type the directory knows"),
          }),
          body: z
            .object({
              method: z
                .string("say how it was checked, e.g. state licence lookup")
                .trim()
                .min(3, "say how it was checked, e.g. state licence lookup")
                .max(300),
            })
            .strict(),
          response: { 200: moderatorListingSchema, ...errorReplies },
        },
      },
      async (request, _reply, { listing }) => {
        const { type } = request.params;
        const { method } = request.body;
        const verified = await directory.verifyCredential(
          listing.id,
          type,
          { by: actorOf(request).id, at: Date.now(), method },
          auditOf(request, "verify_credential", { credential: type, method }),
        );
        if (!verified) throw notFound("credential_on_this_listing");
        return view(verified);
      },
    ),
  );

  for (const outcome of ["approve", "reject"] as const) {
    app.post(
      `/api/directory/moderation/:id/credential-changes/${outcome}`,
      guarded(
        moderateListing,
        {
          schema: {
            tags: ["directory"],
            summary:
              outcome === "approve"
                ? "Accept the credential changes held on a live listing: they replace the shown ones (unverified until checked)"
                : "Turn down the credential changes held on a live listing, with a reason; the checked ones stay",
            params: idParams,
            body: outcome === "approve" ? emptyBody : reasonBody,
            response: { 200: moderatorListingSchema, 409: errorSchema, ...errorReplies },
          },
        },
        async (request, _reply, { listing }) => {
          const actorId = actorOf(request).id;
          const decided =
            outcome === "approve"
              ? await directory.applyPendingCredentials(listing.id, Date.now(), {
                  actorId,
                  audit: auditOf(request, "credential_changes_approve"),
                })
              : await discard(request, listing, actorId);
          if (!decided)
            throw new HttpError(
              409,
              "no_credential_changes",
              "This listing has no credential changes waiting for review.",
            );
          return view(decided);
        },
      ),
    );
  }
};
