import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Listing } from "../../../db/repositories/directory-listings.js";
import { applicationInputSchema, listingInputSchema } from "../../../domain/directory/listing-input.js";
import { HttpError, notFound } from "../../errors.js";
import { actorOf } from "../../plugins/authorize.js";
import { applyToDirectory, ownListing } from "../../policies/directory.js";
import { guarded } from "../../policies/loaded.js";
import { signedIn } from "../../policies/signed-in.js";
import { ownListingSchema, ownListingView } from "../../presenters/directory-own.js";
import { errorReplies, errorSchema, idParams } from "../schemas.js";
import { auditOf } from "./audit-of.js";
import { providerCoordinates } from "./place.js";

/** A practice and a few of its people is plenty; more than this from one account looks like scraping. */
const MAX_LISTINGS_PER_ACCOUNT = 10;

/**
 * The provider's side of the directory: apply (listings are opt-in only, never scraped), see one's own
 * listings and where they stand, edit them, reconfirm availability, and withdraw.
 */
export const directoryApplicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, users } = app.attune;
  const view = async (l: Listing) => ownListingView(l, await directory.events(l.id));
  const accountEmail = async (userId: string | undefined) =>
    userId ? (await users.findById(userId))?.email : undefined;

  app.post(
    "/api/directory/applications",
    {
      config: { policy: applyToDirectory },
      schema: {
        tags: ["directory"],
        summary:
          "Apply to be listed, signed in or not. The listing waits for a moderator (status pending) and is not public until approved. It may start with a name, an email, services, languages and telehealth regions or a place; a moderator asks for the rest before approving. Without an account, email is required, and an account made later with that email takes the application over",
        body: applicationInputSchema,
        response: { 201: ownListingSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { email, contact, ...fields } = request.body;
      const actor = request.actor;
      if (!actor && !email)
        throw new HttpError(
          400,
          "email_required",
          "Give an email address (email) so the moderators can reach you about your application, or sign in first.",
          { field: "email" },
        );
      const held = actor
        ? await directory.countOwnedBy(actor.id)
        : await directory.countUnclaimed(email as string);
      if (held >= MAX_LISTINGS_PER_ACCOUNT)
        throw new HttpError(
          409,
          "too_many_listings",
          `One ${actor ? "account" : "email address"} can hold up to ${MAX_LISTINGS_PER_ACCOUNT} listings. Withdraw one you no longer need, or write to the moderators.`,
        );
      // The cap is a brake on scraping, not an invariant: two applications racing past it do no harm.
      const applicant = actor ? undefined : (email as string);
      const listing = { ...fields, contact: contact ?? { email: email ?? (await accountEmail(actor?.id)) } };
      const created = await directory.create(
        { ...listing, coordinates: providerCoordinates(listing) },
        {
          ownerId: actor?.id ?? null,
          ...(applicant ? { applicantEmail: applicant } : {}),
          source: "application",
          status: "pending",
          audit: auditOf(request, "apply"),
        },
      );
      return reply.status(201).send(await view(created));
    },
  );

  app.get(
    "/api/directory/mine",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["directory"],
        summary: "My listings: where each stands in review, and when to reconfirm",
        response: { 200: z.object({ items: z.array(ownListingSchema) }), ...errorReplies },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // Applications sent before this account existed, from its email, become its own here, once the account
      // has shown the address is its own (the link mailed at sign-up): signing up with it is not enough.
      const me = await users.findById(actor.id);
      if (me?.emailVerified) await directory.claimApplications(actor.id, me.email, auditOf(request, "claim"));
      const mine = await directory.ownedBy(actor.id);
      return { items: await Promise.all(mine.map(view)) };
    },
  );

  app.put(
    "/api/directory/providers/:id",
    guarded(
      ownListing,
      {
        schema: {
          tags: ["directory"],
          summary:
            "Edit my listing. One sent back for changes, or not accepted, goes back to the moderators; on a live listing, changed credentials wait for a moderator while the checked ones stay shown",
          params: idParams,
          body: listingInputSchema,
          response: { 200: ownListingSchema, ...errorReplies },
        },
      },
      async (request, _reply, { listing: current }) => {
        const edited = await directory.edit(
          current.id,
          { ...request.body, coordinates: providerCoordinates(request.body) },
          { actorId: actorOf(request).id, audit: auditOf(request, "edit") },
        );
        if (!edited) throw notFound("listing");
        return view(edited.listing);
      },
    ),
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
      const { accepting } = request.body;
      const listing = await directory.reconfirm(
        request.params.id,
        accepting,
        Date.now(),
        auditOf(request, "reconfirm", { accepting }),
      );
      if (!listing) throw notFound("listing");
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
      if (!(await directory.remove(request.params.id, auditOf(request, "withdraw"))))
        throw notFound("listing");
      return reply.status(204).send(null);
    },
  );
};
