import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountAbilitiesSchema } from "../../contract/abilities.js";
import { accountSchema, preferencesSchema } from "../../domain/account.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { accountAbilities } from "../policies/rules.js";
import { signedIn } from "../policies/signed-in.js";
import { familyDetail, familyDetailSchema, familySummarySchema } from "./families.js";
import { errorReplies } from "./schemas.js";

/**
 * What the app needs before it can paint anything, in one request: the account, its families and the family
 * the log opens on. A phone on a slow network pays one round trip instead of a chain of three (/api/me, then
 * /api/families, then /api/families/:id); index.html asks for it while the scripts are still downloading.
 */
export const bootstrapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, preferences, families } = app.attune;

  app.get(
    "/api/bootstrap",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["account"],
        summary:
          "My account, my families, and one family with its caregivers and babies (the one asked for, when I am in it; otherwise my first)",
        querystring: z.object({
          family: z
            .string()
            .max(100)
            .optional()
            .describe("The family the device last showed; ignored unless you are one of its caregivers"),
        }),
        response: {
          200: z.object({
            user: accountSchema,
            preferences: preferencesSchema,
            abilities: accountAbilitiesSchema,
            families: z.array(familySummarySchema),
            family: familyDetailSchema.nullable(),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [user, prefs, own] = await Promise.all([
        users.findById(actor.id),
        preferences.get(actor.id),
        families.listForUser(actor.id),
      ]);
      if (!user) throw notFound("account", { own: true });
      // Only a family found in the person's own list is opened: membership is the list itself.
      const chosen = own.find((f) => f.id === request.query.family) ?? own[0];
      const family = chosen ? await familyDetail(app.attune, chosen.id, actor) : null;
      return { user, preferences: prefs, abilities: accountAbilities(actor), families: own, family };
    },
  );
};
