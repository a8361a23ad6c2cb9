import { forbidden, notFound } from "../errors.js";
import { idOf } from "../routes/schemas.js";
import { loadingPolicy, policy, publicAccess } from "./policy.js";
import { can } from "./rules.js";

/**
 * Who may do what in the directory. Searching is public (routes/directory/search.ts). A provider manages
 * only their own listings (their list of them is under the signed-in rule): anyone else is told the listing
 * does not exist (404), never whose it is.
 * Moderators are people an admin appointed (role "moderator"), and admins themselves.
 */
/**
 * Anyone may apply to be listed, with or without an account: a provider should not have to sign up before
 * finding out whether the directory will have them. Nothing is public until a moderator approves it.
 */
export const applyToDirectory = publicAccess("providers apply before, or without, an account", {
  readsSession: true,
});

/** The owner of the listing in :id. */
export const ownListing = loadingPolicy("directory: listing owner", async (actor, request) => {
  const id = idOf(request);
  const listing = await request.server.attune.directory.get(id);
  if (!listing || !can(actor, "manage", { type: "listing", ownerId: listing.ownerId }))
    throw notFound("listing");
  return { listing };
});

/** Moderators only; the listing in :id, when the route names one, is loaded for the handler. */
export const moderateDirectory = policy("directory: moderator", (actor) => {
  if (!can(actor, "moderate", { type: "directory" }))
    throw forbidden("Only the directory's moderators can do this.");
  return true;
});

/** A moderator, on the listing in :id. */
export const moderateListing = loadingPolicy("directory: moderator, on a listing", async (actor, request) => {
  await moderateDirectory.allows(actor, request);
  const listing = await request.server.attune.directory.get(idOf(request));
  if (!listing) throw notFound("listing");
  return { listing };
});
