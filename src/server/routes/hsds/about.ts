import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HSDS_VERSION, hsdsIsPublic } from "./query.js";

/**
 * GET /api/hsds/: which HSDS this API speaks. Attune publishes plain HSDS 3.1, no profile of it, so the
 * profile is the specification itself; the OpenAPI file is Attune's own, which documents these routes.
 */
const HSDS_PROFILE = "https://docs.openreferral.org/en/latest/hsds/overview.html";

export const hsdsAboutRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const url of ["/api/hsds", "/api/hsds/"])
    app.get(
      url,
      {
        config: { policy: hsdsIsPublic },
        schema: {
          tags: ["directory"],
          summary:
            "Open Referral HSDS: the version and profile this API speaks, and its OpenAPI file. Public",
          ...(url === "/api/hsds" ? { hide: true } : {}),
          response: {
            200: z.object({
              version: z.string(),
              profile: z.string().describe("URL of the HSDS profile (plain HSDS: the specification)"),
              openapi_url: z.string(),
            }),
          },
        },
      },
      async (request) => ({
        version: HSDS_VERSION,
        profile: HSDS_PROFILE,
        openapi_url: `${request.protocol}://${request.host}/api/openapi.json`,
      }),
    );
};
