import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountAbilitiesSchema } from "../../contract/abilities.js";
import { accountSchema, preferencesSchema } from "../../domain/account.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { accountAbilities } from "../policies/rules.js";
import { signedIn } from "../policies/signed-in.js";
import { errorReplies } from "./schemas.js";

/** The signed-in person's own account and preferences (language, units, clock, theme). */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, preferences } = app.attune;

  app.get(
    "/api/me",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["account"],
        summary: "Who am I, and what are my preferences?",
        response: {
          200: z.object({
            user: accountSchema,
            preferences: preferencesSchema,
            abilities: accountAbilitiesSchema,
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await users.findById(actor.id);
      if (!user) throw notFound("account", { own: true });
      return { user, preferences: await preferences.get(actor.id), abilities: accountAbilities(actor) };
    },
  );

  app.patch(
    "/api/me/preferences",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["account"],
        summary: "Change some of my preferences",
        body: preferencesSchema.partial().strict(),
        response: { 200: z.object({ preferences: preferencesSchema }), ...errorReplies },
      },
    },
    async (request) => ({ preferences: await preferences.update(actorOf(request).id, request.body) }),
  );
};
