import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { permissions } from "../../domain/family.js";
import { confirmPassword } from "../erasure.js";
import { conflict, notFound, type ResourceKey } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyOwner, familyOwner } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import type { LoadingPolicy } from "../policies/policy.js";
import { signedIn } from "../policies/signed-in.js";
import { memberSchema } from "./families.js";
import { errorReplies, found, idParams } from "./schemas.js";

const passwordBody = z
  .object({ password: z.string().min(1, "enter your password").max(200) })
  .strict()
  .describe("Your own password: deleting cannot be undone");

/** A family or a baby deleted for good: confirmed with the caller's own password, answered with no body. */
const deletion = (tag: "families" | "babies", summary: string) => ({
  tags: [tag],
  summary,
  params: idParams,
  body: passwordBody,
  response: { 204: z.null(), ...errorReplies },
});

const person = z.object({ userId: z.string(), name: z.string() });
const familyErasureSchema = z.object({
  id: z.string(),
  name: z.string(),
  permission: z.enum(permissions),
  fate: z
    .enum(["delete", "leave", "blocked"])
    .describe(
      "delete: you are its only caregiver, so it is deleted with everything in it; leave: its other caregivers keep it, your entries stay without your name or feelings; blocked: you are its only owner and others remain: make one of them an owner, or delete the family, first",
    ),
  babies: z.array(z.object({ id: z.string(), name: z.string(), entries: z.number().int() })),
  entries: z.number().int().describe("Entries in the family's whole log"),
  ownEntries: z.number().int().describe("Entries you logged"),
  otherCaregivers: z.array(person),
  shares: z
    .array(
      z.object({
        id: z.string(),
        clinician: z
          .object({ name: z.string(), email: z.string() })
          .nullable()
          .describe("null for a code nobody has used yet"),
      }),
    )
    .describe("Shares with clinicians that end when the family is deleted"),
  exportPath: z
    .string()
    .nullable()
    .describe("Where an owner downloads the whole family's data first; null when you are not an owner"),
});
const previewSchema = z.object({
  canDelete: z.boolean().describe("false while a family is blocked"),
  families: z.array(familyErasureSchema),
  screenings: z.number().int().describe("Your check-ins, all deleted"),
  thoughtRecords: z.number().int().describe("Your thought records, all deleted"),
  listings: z.array(z.object({ id: z.string(), name: z.string() })).describe("Your directory listings"),
  cases: z.number().int().describe("As a clinician: your cases, deleted with your notes"),
});

/**
 * Erasure that erases (docs/decisions.md, "Erasure"): what deleting an account would do, handing a family
 * over before leaving it, and deleting a family or a baby. Deleting the account itself is better-auth's
 * POST /api/auth/delete-user, which runs src/server/erasure.ts.
 */
export const erasureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { erasure, families, audit } = app.attune;
  const client = (request: { ip: string; headers: { "user-agent"?: string } }) => ({
    ip: request.ip,
    ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
  });

  /**
   * A route that deletes for good once the caller's own password is confirmed: a 404 when there was nothing
   * to delete, and the audit row after the deletion, never before it. No body in the reply.
   */
  function deletionRoute<L>(
    path: string,
    policy: LoadingPolicy<L>,
    schema: ReturnType<typeof deletion>,
    remove: (request: FastifyRequest<{ Params: { id: string } }>, loaded: L) => Promise<boolean>,
    missing: ResourceKey,
    event: (loaded: L) => { action: string; familyId?: string },
  ) {
    app.delete(
      path,
      guarded(policy, { schema }, async (request, reply, loaded) => {
        await confirmPassword(request, request.body.password);
        if (!(await remove(request, loaded))) throw notFound(missing);
        await audit.record({ actorId: actorOf(request).id, ...event(loaded), ...client(request) });
        return reply.status(204).send(null);
      }),
    );
  }

  app.get(
    "/api/me/erasure-preview",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["account"],
        summary:
          "What deleting my account would delete, family by family, and which shares would end (nothing is changed)",
        response: { 200: previewSchema, ...errorReplies },
      },
    },
    async (request) => {
      const plan = await erasure.preview(actorOf(request).id);
      return {
        ...plan,
        canDelete: plan.families.every((f) => f.fate !== "blocked"),
        families: plan.families.map((f) => ({
          ...f,
          permission: f.permission as (typeof permissions)[number],
          exportPath: f.permission === "owner" ? `/api/families/${f.id}/export?format=zip` : null,
        })),
      };
    },
  );

  app.patch(
    "/api/families/:id/caregivers/:userId",
    {
      config: { policy: familyOwner },
      schema: {
        tags: ["families"],
        summary:
          "Make a caregiver an owner, or an owner a caregiver (owners only). A family always keeps one owner",
        params: idParams.extend({ userId: z.string().min(1).max(100) }),
        body: z.object({ permission: z.enum(permissions) }).strict(),
        response: { 200: memberSchema, 409: errorReplies[400], ...errorReplies },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      const { permission } = request.body;
      const updated = await app.attune.families.setPermission(id, userId, permission);
      if (updated === "missing") throw notFound("caregiver");
      if (updated === "last_owner")
        throw conflict("last_owner", "A family needs an owner. Make another caregiver an owner first.");
      await audit.record({
        actorId: actorOf(request).id,
        action: "family.permission",
        subjectType: "user",
        subjectId: userId,
        familyId: id,
        ...client(request),
        details: { permission },
      });
      return found(await families.membership(id, userId), "caregiver");
    },
  );

  deletionRoute(
    "/api/families/:id",
    familyOwner,
    deletion(
      "families",
      "Delete a family with everything in it (owners only, with your password): its babies, log, shares (which end), codes and care-team items. A screening another caregiver answered about its baby is theirs and is kept, without the baby",
    ),
    (request) => erasure.deleteFamily(request.params.id),
    "family",
    // Nothing of the family is kept, not even its id: the trail says only that one was deleted.
    () => ({ action: "family.delete" }),
  );

  deletionRoute(
    "/api/babies/:id",
    babyOwner,
    deletion(
      "babies",
      "Delete a baby and their log (owners only, with your password). Screenings about the baby belong to whoever answered them: they are kept, without the baby",
    ),
    (_request, { baby }) => erasure.deleteBaby(baby.id),
    "baby",
    ({ baby }) => ({ action: "baby.delete", familyId: baby.familyId }),
  );
};
