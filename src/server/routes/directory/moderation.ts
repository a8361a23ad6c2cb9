import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Listing } from "../../../db/repositories/directory-listings.js";
import { listingStatuses, type ModerationAction, nextStatus } from "../../../domain/directory/listing.js";
import { credentialTypes } from "../../../domain/directory/taxonomy.js";
import { HttpError, notFound } from "../../errors.js";
import { actorOf } from "../../plugins/authorize.js";
import { moderateDirectory } from "../../policies/directory.js";
import { moderatorListingSchema, moderatorListingView } from "../../presenters/directory-moderation.js";
import { errorReplies, errorSchema } from "../schemas.js";

/**
 * The moderators' side: a queue, first come first served; approve, ask for changes or reject (with a reason
 * the provider will read); check credentials (who, when, how) and decide credential changes on live
 * listings. No unapproved listing is ever public: approval is the only way in, and each move is guarded by
 * the status the moderator saw, so two moderators acting at once cannot both win.
 */
const idParams = z.object({ id: z.string().min(1).max(100) });
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

const cursorOf = (l: Listing) => Buffer.from(`${l.createdAt}|${l.num}`).toString("base64url");
function afterOf(cursor: string | undefined) {
  if (!cursor) return null;
  const [created, num] = Buffer.from(cursor, "base64url").toString().split("|").map(Number);
  if (!Number.isFinite(created) || !Number.isFinite(num))
    throw new HttpError(
      400,
      "invalid_cursor",
      "That cursor is not one this API gave out: start again without it.",
    );
  return { createdAt: created as number, num: num as number };
}

const statusWords: Record<string, string> = {
  pending: "waiting for review",
  changes_requested: "sent back for changes",
  approved: "approved",
  rejected: "not accepted",
};

export const directoryModerationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, users, audit } = app.attune;

  async function view(l: Listing) {
    const owner = l.ownerId ? await users.findById(l.ownerId) : undefined;
    const events = await directory.events(l.id);
    return moderatorListingView(
      l,
      owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
      events.map((e) => ({ ...e, at: Number(e.at) })),
    );
  }
  const listingOf = (request: FastifyRequest) => {
    if (!request.listing) throw notFound("That listing");
    return request.listing;
  };

  app.get(
    "/api/directory/moderation/queue",
    {
      config: { policy: moderateDirectory },
      schema: {
        tags: ["directory"],
        summary:
          "The moderation queue, oldest first. status=pending (default) also lists live listings whose credential changes wait for review",
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
      const rows = await directory.queue(request.query.status, afterOf(request.query.cursor), QUEUE_PAGE + 1);
      const page = rows.slice(0, QUEUE_PAGE);
      const last = page.at(-1);
      return {
        items: await Promise.all(page.map(view)),
        nextCursor: rows.length > QUEUE_PAGE && last ? cursorOf(last) : null,
      };
    },
  );

  app.get(
    "/api/directory/moderation/:id",
    {
      config: { policy: moderateDirectory },
      schema: {
        tags: ["directory"],
        summary: "One listing in full, with its owner, credential checks and history",
        params: idParams,
        response: { 200: moderatorListingSchema, ...errorReplies },
      },
    },
    async (request) => view(listingOf(request)),
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
      {
        config: { policy: moderateDirectory },
        schema: {
          tags: ["directory"],
          summary: `${decision.summary}. 409 when the listing's status does not allow it`,
          params: idParams,
          body: decision.needsReason ? reasonBody : emptyBody,
          response: { 200: moderatorListingSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const listing = listingOf(request);
        const to = nextStatus(listing.status, decision.action);
        const refuse = () =>
          new HttpError(
            409,
            "listing_status",
            `This listing is ${statusWords[listing.status] ?? listing.status}, so it cannot be ${decision.path.replace("-", " ")}d now. Reload the queue to see where it stands.`,
            { status: listing.status },
          );
        if (!to) throw refuse();
        const reason = decision.needsReason ? (request.body as { reason: string }).reason : null;
        const moved = await directory.transition(listing.id, {
          from: listing.status,
          to,
          action: decision.action,
          actorId: actor.id,
          reason,
        });
        if (!moved) throw refuse();
        await audit.record({
          actorId: actor.id,
          action: `directory.${decision.action}`,
          subjectType: "directory_listing",
          subjectId: listing.id,
          ...(reason ? { details: { reason } } : {}),
        });
        return view(moved);
      },
    );
  }

  app.post(
    "/api/directory/moderation/:id/credentials/:type/verify",
    {
      config: { policy: moderateDirectory },
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
    async (request) => {
      const actor = actorOf(request);
      const listing = listingOf(request);
      const verified = await directory.verifyCredential(listing.id, request.params.type, {
        by: actor.id,
        at: Date.now(),
        method: request.body.method,
      });
      if (!verified) throw notFound("That credential on this listing");
      await directory.recordEvent(listing.id, {
        actorId: actor.id,
        action: "verify_credential",
        reason: `${request.params.type}: ${request.body.method}`,
      });
      await audit.record({
        actorId: actor.id,
        action: "directory.verify_credential",
        subjectType: "directory_listing",
        subjectId: listing.id,
        details: { credential: request.params.type, method: request.body.method },
      });
      return view(verified);
    },
  );

  for (const outcome of ["approve", "reject"] as const) {
    app.post(
      `/api/directory/moderation/:id/credential-changes/${outcome}`,
      {
        config: { policy: moderateDirectory },
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
      async (request) => {
        const actor = actorOf(request);
        const listing = listingOf(request);
        const reason = outcome === "reject" ? (request.body as { reason: string }).reason : null;
        const decided =
          outcome === "approve"
            ? await directory.applyPendingCredentials(listing.id)
            : await directory.discardPendingCredentials(listing.id);
        if (!decided)
          throw new HttpError(
            409,
            "no_credential_changes",
            "This listing has no credential changes waiting for review.",
          );
        await directory.recordEvent(listing.id, {
          actorId: actor.id,
          action: `credential_changes_${outcome}`,
          reason,
        });
        await audit.record({
          actorId: actor.id,
          action: `directory.credential_changes_${outcome}`,
          subjectType: "directory_listing",
          subjectId: listing.id,
          ...(reason ? { details: { reason } } : {}),
        });
        return view(decided);
      },
    );
  }
};
