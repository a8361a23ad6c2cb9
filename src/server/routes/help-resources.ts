import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isHelpRegion } from "../../content/help/crisis.js";
import { helpResources } from "../../content/help/resources.js";
import { publicAccess } from "../policies/policy.js";
import { crisisSchema, crisisView } from "../presenters/help.js";
import { personRegionOf, regionOf, regionParam } from "../region.js";
import { errorReplies } from "./schemas.js";

// Public on purpose: someone in crisis may not be signed in, or may be helping someone who is not. It reads
// the session when there is one, so a signed-in person without a region asked gets their own region's lines.
const helpIsPublic = publicAccess("crisis lines must reach people who are not signed in", {
  readsSession: true,
});

const resourceSchema = z.object({
  key: z.string(),
  name: z.string(),
  url: z.string(),
  description: z.object({ en: z.string(), es: z.string() }),
  source: z.string(),
});

/** "Need help now?": a region's crisis lines (in the order to show them) and other perinatal help. */
export const helpResourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/help-resources",
    {
      config: { policy: helpIsPublic },
      schema: {
        tags: ["well-being"],
        summary:
          "Help lines for a region: crisis lines first, then the emergency number, then perinatal and other support lines; and organisations for perinatal mental health. Public: no account needed. Without a region: the signed-in person's own region, else their family's, else the browser's languages",
        querystring: z.object({ region: regionParam.optional() }).strict(),
        response: {
          200: crisisSchema.extend({ resources: z.array(resourceSchema) }).describe("Help for one region"),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const region = request.actor
        ? await personRegionOf(request, app.attune, request.actor.id, { asked: request.query.region })
        : regionOf(request, request.query.region);
      const crisis = crisisView(region);
      const resources = isHelpRegion(region) ? helpResources[region] : [];
      return {
        ...crisis,
        resources: resources.map((r) => ({ ...r, description: { ...r.description } })),
      };
    },
  );
};
