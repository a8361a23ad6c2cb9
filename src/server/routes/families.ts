import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { regionFromTimeZone } from "../../content/help/time-zone-region.js";
import { familyAbilitiesSchema } from "../../contract/abilities.js";
import { babySchema } from "../../contract/families.js";
import { throttlesRepository } from "../../db/repositories/throttles.js";
import {
  babyInputSchema,
  babyPatchSchema,
  familyInputSchema,
  familyPatchSchema,
  inviteInputSchema,
  permissions,
  relationships,
} from "../../domain/family.js";
import { conflict, forbidden, HttpError, notFound } from "../errors.js";
import { inviteAcceptThrottle, tooManyInviteAttempts } from "../invite-throttle.js";
import { mailInvite } from "../mail/family-invite.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver, familyMember, familyOwner } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import type { Actor } from "../policies/policy.js";
import { can, familyAbilities } from "../policies/rules.js";
import { signedIn } from "../policies/signed-in.js";
import { familyRegionSchema } from "../region.js";
import { errorReplies, found, idParams } from "./schemas.js";

export const familySchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  customTypes: z.array(z.string()),
  region: familyRegionSchema,
  createdAt: z.string(),
});
// The family's help region is help-line content (src/content/help), so it joins the domain's inputs here.
const familyInput = familyInputSchema.extend({ region: familyRegionSchema.optional() });
const familyPatch = familyPatchSchema.extend({ region: familyRegionSchema.optional() });
/** A caregiver as a member of one family. */
export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  relationship: z.enum(relationships),
  permission: z.enum(permissions),
  joinedAt: z.string(),
});
/**
 * A family with its caregivers and babies, and what the reader may do in it (from the policies' rules):
 * GET /api/families/:id, and the chosen family in GET /api/bootstrap.
 */
export const familyDetailSchema = familySchema.extend({
  caregivers: z.array(memberSchema),
  babies: z.array(babySchema),
  abilities: familyAbilitiesSchema,
});
export const familySummarySchema = familySchema.extend({ permission: z.enum(permissions) });

/**
 * The family's caregivers and babies with it, and the reader's abilities in it (their own membership is in
 * the caregiver list); the caller has already checked the reader is a member.
 */
export async function familyDetail(
  { families, babies }: FastifyInstance["attune"],
  id: string,
  reader: Actor,
) {
  const family = await families.get(id);
  if (!family) return null;
  const [caregivers, babyList] = await Promise.all([families.members(id), babies.listForFamily(id)]);
  const abilities = familyAbilities(
    reader,
    caregivers.find((c) => c.userId === reader.id),
  );
  return { ...family, caregivers, babies: babyList, abilities };
}

const inviteSchema = z.object({
  id: z.string(),
  relationship: z.enum(relationships),
  permission: z.enum(permissions),
  expiresAt: z.string(),
  status: z.enum(["open", "accepted", "revoked", "expired"]),
});
/** A new invite carries its code, this once: only the code's hash is kept. */
const newInviteSchema = inviteSchema.extend({
  code: z
    .string()
    .describe(
      "10 letters and digits without look-alikes (no 0/O, 1/I/L). Shown only now: the server keeps its hash",
    ),
});

/** Families, their caregivers, babies and invites. `inviteAcceptsPerMinute`: per client address and per account. */
export const familyRoutes: FastifyPluginAsyncZod<{ inviteAcceptsPerMinute: number }> = async (
  app,
  options,
) => {
  const { families, babies, invites } = app.attune;
  const inviteThrottle = inviteAcceptThrottle(
    throttlesRepository(app.attune.database.db),
    options.inviteAcceptsPerMinute,
  );

  app.post(
    "/api/families",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["families"],
        summary:
          "Start a family; you become its owner. Without a region, the region is guessed from the time zone when it lies in one Attune has help lines for",
        body: familyInput,
        response: { 201: familySchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { region, ...family } = request.body;
      // A family in Madrid should see 112, not 911, from its first day; null (no guess) keeps asking devices.
      const guessed = region === undefined ? regionFromTimeZone(family.timeZone) : region;
      return reply
        .status(201)
        .send(await families.create({ ...family, region: guessed }, actorOf(request).id));
    },
  );

  app.get(
    "/api/families",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["families"],
        summary: "The families you are a caregiver in",
        response: {
          200: z.object({ items: z.array(familySummarySchema) }),
          ...errorReplies,
        },
      },
    },
    async (request) => ({ items: await families.listForUser(actorOf(request).id) }),
  );

  app.get(
    "/api/families/:id",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["families"],
        summary: "A family with its caregivers and babies",
        params: idParams,
        response: {
          200: familyDetailSchema,
          ...errorReplies,
        },
      },
    },
    async (request) => {
      return found(await familyDetail(app.attune, request.params.id, actorOf(request)), "family");
    },
  );

  app.patch(
    "/api/families/:id",
    {
      // Settings change every caregiver's day boundaries, quick log and help lines, so they are an owner's call.
      config: { policy: familyOwner },
      schema: {
        tags: ["families"],
        summary:
          "Rename a family, change its time zone (day boundaries follow it), its region for help lines (null: not set) or its own kinds of care",
        params: idParams,
        body: familyPatch,
        response: { 200: familySchema, ...errorReplies },
      },
    },
    async (request) => {
      return found(await families.update(request.params.id, request.body), "family");
    },
  );

  app.delete(
    "/api/families/:id/caregivers/:userId",
    guarded(
      familyMember,
      {
        schema: {
          tags: ["families"],
          summary: "Leave a family yourself, or (owners) remove a caregiver",
          params: idParams.extend({ userId: z.string().min(1).max(100) }),
          response: { 204: z.null(), 409: errorReplies[400], ...errorReplies },
        },
      },
      async (request, reply, { membership }) => {
        const { id, userId } = request.params;
        const caregiver = { type: "caregiver", membership, userId } as const;
        if (!can(actorOf(request), "remove", caregiver)) {
          throw forbidden("Only an owner can remove another caregiver.");
        }
        const target = await families.membership(id, userId);
        if (!target) throw notFound("caregiver");
        if (target.permission === "owner" && (await families.countOwners(id)) <= 1) {
          throw conflict("last_owner", "A family needs an owner. Make another caregiver an owner first.");
        }
        await families.removeMember(id, userId);
        return reply.status(204).send(null);
      },
    ),
  );

  app.post(
    "/api/families/:id/babies",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["babies"],
        summary: "Add a baby (born, or expected with a due date)",
        params: idParams,
        body: babyInputSchema,
        response: { 201: babySchema, ...errorReplies },
      },
    },
    async (request, reply) => reply.status(201).send(await babies.create(request.params.id, request.body)),
  );

  app.get(
    "/api/families/:id/babies",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["babies"],
        summary: "The family's babies",
        params: idParams,
        response: { 200: z.object({ items: z.array(babySchema) }), ...errorReplies },
      },
    },
    async (request) => ({ items: await babies.listForFamily(request.params.id) }),
  );

  app.get(
    "/api/babies/:id",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["babies"],
          summary: "A baby",
          params: idParams,
          response: { 200: babySchema, ...errorReplies },
        },
      },
      async (_request, _reply, { baby }) => baby,
    ),
  );

  app.patch(
    "/api/babies/:id",
    {
      config: { policy: babyCaregiver },
      schema: {
        tags: ["babies"],
        summary: "Change a baby's details (a birth date makes an expected baby born)",
        params: idParams,
        body: babyPatchSchema,
        response: { 200: babySchema, ...errorReplies },
      },
    },
    async (request) => {
      const baby = await babies.update(request.params.id, request.body);
      if (!baby) throw notFound("baby");
      if (!baby.birthDate && !baby.dueDate) {
        throw new HttpError(400, "invalid_input", "A baby needs a birthDate, or a dueDate while expected.");
      }
      return baby;
    },
  );

  app.post(
    "/api/families/:id/invites",
    {
      config: { policy: familyOwner },
      schema: {
        tags: ["invites"],
        summary: "Invite a caregiver: a single-use code that expires in 7 days",
        params: idParams,
        body: inviteInputSchema.extend({
          email: z
            .email("must be an email address, like name@example.com")
            .max(254)
            .optional()
            .describe(
              "Also mail the code to this address, when mail is on (in its owner's language, else yours)",
            ),
        }),
        response: {
          201: newInviteSchema.extend({
            mailed: z
              .boolean()
              .describe("The code went to the email given (false: no email, or mail is off)"),
          }),
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const { email, ...input } = request.body;
      const invite = await invites.create(request.params.id, input, actorOf(request).id);
      const mailed = email ? await mailInvite(app, request, invite, email) : false;
      return reply.status(201).send({ ...invite, mailed });
    },
  );

  app.get(
    "/api/families/:id/invites",
    {
      config: { policy: familyOwner },
      schema: {
        tags: ["invites"],
        summary: "Open invites",
        params: idParams,
        response: { 200: z.object({ items: z.array(inviteSchema) }), ...errorReplies },
      },
    },
    async (request) => ({ items: await invites.listOpen(request.params.id) }),
  );

  app.delete(
    "/api/families/:id/invites/:inviteId",
    {
      config: { policy: familyOwner },
      schema: {
        tags: ["invites"],
        summary: "Revoke an open invite",
        params: idParams.extend({ inviteId: z.string().min(1).max(100) }),
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      if (!(await invites.revoke(request.params.id, request.params.inviteId))) throw notFound("open_invite");
      return reply.status(204).send(null);
    },
  );

  const refusal: Record<string, [number, string]> = {
    unknown: [404, "No invite has that code. Check it with the person who sent it."],
    used: [410, "That invite has already been used. Ask for a new one."],
    revoked: [410, "That invite was withdrawn. Ask for a new one."],
    expired: [410, "That invite has expired (they last 7 days). Ask for a new one."],
    already_member: [409, "You are already a caregiver in this family."],
  };

  app.post(
    "/api/invites/:code/accept",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["invites"],
        summary:
          "Join a family with an invite code (case, spaces and dashes do not matter). Limited like signing in: so many tries a minute per client address and per account",
        params: z.object({ code: z.string().min(4).max(40) }),
        body: z.object({}).strict().optional(),
        response: {
          200: familySchema,
          409: errorReplies[400],
          410: errorReplies[400],
          429: errorReplies[400],
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const wait = await inviteThrottle.admit(request.ip, actorOf(request).id);
      if (wait !== null) {
        reply.header("retry-after", String(wait));
        throw tooManyInviteAttempts(wait);
      }
      const outcome = await invites.accept(request.params.code, actorOf(request).id);
      if (!outcome.ok) {
        const [status, message] = refusal[outcome.reason] ?? [400, "That invite cannot be used."];
        throw new HttpError(status, `invite_${outcome.reason}`, message);
      }
      return found(await families.get(outcome.familyId), "family");
    },
  );
};
