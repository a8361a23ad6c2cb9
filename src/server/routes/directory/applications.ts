import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Listing } from "../../../db/repositories/directory-listings.js";
import { nextStatus } from "../../../domain/directory/listing.js";
import { listingInputSchema } from "../../../domain/directory/listing-input.js";
import { HttpError, notFound } from "../../errors.js";
import { actorOf } from "../../plugins/authorize.js";
import { applyToDirectory, ownListing } from "../../policies/directory.js";
import { ownListingSchema, ownListingView } from "../../presenters/directory-own.js";
import { errorReplies, errorSchema } from "../schemas.js";
import { coordinatesOf } from "./place.js";

/** A practice and a few of its people is plenty; more than this from one account looks like scraping. */
const MAX_LISTINGS_PER_ACCOUNT = 10;

const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * The provider's side of the directory: apply (listings are opt-in only, never scraped), see one's own
 * listings and where they stand, edit them, reconfirm availability, and withdraw.
 */
export const directoryApplicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, audit } = app.attune;
  const view = async (l: Listing) => ownListingView(l, await directory.events(l.id));

  app.post(
    "/api/directory/applications",
    {
      config: { policy: applyToDirectory },
      schema: {
        tags: ["directory"],
        summary:
          "Apply to be listed. The listing waits for a moderator (status pending) and is not public until approved",
        body: listingInputSchema,
        response: { 201: ownListingSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if ((await directory.countOwnedBy(actor.id)) >= MAX_LISTINGS_PER_ACCOUNT)
        throw new HttpError(
          409,
          "too_many_listings",
          `One account can hold up to ${MAX_LISTINGS_PER_ACCOUNT} listings. Withdraw one you no longer need, or write to the moderators.`,
        );
      const coordinates = coordinatesOf(request.body);
      const listing = await directory.create(
        { ...request.body, coordinates },
        { ownerId: actor.id, source: "application", status: "pending" },
      );
      await audit.record({
        actorId: actor.id,
        action: "directory.apply",
        subjectType: "directory_listing",
        subjectId: listing.id,
      });
      return reply.status(201).send(await view(listing));
    },
  );

  app.get(
    "/api/directory/mine",
    {
      config: { policy: applyToDirectory },
      schema: {
        tags: ["directory"],
        summary: "My listings: where each stands in review, and when to reconfirm",
        response: { 200: z.object({ items: z.array(ownListingSchema) }), ...errorReplies },
      },
    },
    async (request) => {
      const mine = await directory.ownedBy(actorOf(request).id);
      return { items: await Promise.all(mine.map(view)) };
    },
  );

  app.put(
    "/api/directory/providers/:id",
    {
      config: { policy: ownListing },
      schema: {
        tags: ["directory"],
        summary:
          "Edit my listing. One sent back for changes, or not accepted, goes back to the moderators; on a live listing, changed credentials wait for a moderator while the checked ones stay shown",
        params: idParams,
        body: listingInputSchema,
        response: { 200: ownListingSchema, ...errorReplies },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const current = request.listing;
      if (!current) throw notFound("That listing");
      let updated = await directory.update(current.id, {
        ...request.body,
        coordinates: coordinatesOf(request.body),
      });
      if (!updated) throw notFound("That listing");
      const back = nextStatus(updated.status, "resubmit");
      if (back)
        updated =
          (await directory.transition(current.id, {
            from: updated.status,
            to: back,
            action: "resubmit",
            actorId: actor.id,
          })) ?? updated;
      await audit.record({
        actorId: actor.id,
        action: "directory.edit",
        subjectType: "directory_listing",
        subjectId: current.id,
        details: { heldForReview: Boolean(updated.pendingCredentials), resubmitted: Boolean(back) },
      });
      return view(updated);
    },
  );

  app.post(
    "/api/directory/providers/:id/reconfirm",
    {
      config: { policy: ownListing },
      schema: {
        tags: ["directory"],
        summary:
          "Say again whether I am taking new clients. Keeps the listing in search (it is asked every 90 days and hidden after 180 without)",
        params: idParams,
        body: z.object({ accepting: z.boolean("accepting is true or false") }).strict(),
        response: { 200: ownListingSchema, ...errorReplies },
      },
    },
    async (request) => {
      const listing = await directory.reconfirm(request.params.id, request.body.accepting);
      if (!listing) throw notFound("That listing");
      await audit.record({
        actorId: actorOf(request).id,
        action: "directory.reconfirm",
        subjectType: "directory_listing",
        subjectId: listing.id,
        details: { accepting: request.body.accepting },
      });
      return view(listing);
    },
  );

  app.delete(
    "/api/directory/providers/:id",
    {
      config: { policy: ownListing },
      schema: {
        tags: ["directory"],
        summary: "Withdraw my listing: it leaves the directory at once",
        params: idParams,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      if (!(await directory.remove(request.params.id))) throw notFound("That listing");
      await audit.record({
        actorId: actorOf(request).id,
        action: "directory.withdraw",
        subjectType: "directory_listing",
        subjectId: request.params.id,
      });
      return reply.status(204).send(null);
    },
  );
};
