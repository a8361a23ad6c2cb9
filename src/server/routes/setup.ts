import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { publicAccess } from "../policies/policy.js";

/**
 * Whether this instance still waits for its owner. The sign-up page uses it to say that the first account
 * will be the admin. It reveals only "zero accounts or not".
 */
export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/setup",
    {
      config: { policy: publicAccess("the sign-up page must know before anyone has an account") },
      schema: {
        tags: ["system"],
        summary: "Does this instance still need its owner account?",
        response: { 200: z.object({ needsOwner: z.boolean() }) },
      },
    },
    async () => ({ needsOwner: (await app.attune.users.count()) === 0 }),
  );
};
