import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { analysisSchema } from "../../contract/coding.js";
import { analyse } from "../../domain/coding/analysis.js";
import { analysisRequestSchema } from "../../domain/coding/input.js";
import { clinicianAccount } from "../policies/case.js";
import { errorReplies } from "./schemas.js";

/**
 * Interaction coding (issue 19). The analysis on its own: coded events in, the measures out, nothing stored.
 * Clinicians use it to check Attune's numbers against GSEQ or BORIS, and the coder screens to preview.
 */
export const codingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/coding/analysis",
    {
      config: { policy: clinicianAccount },
      // 20,000 events with codes and times stay well under 2 MB.
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags: ["coding"],
        summary:
          "Analyse coded events (latency, contingency, Yule's Q in time windows, transitions, time budgets, two coders' κ); stores nothing",
        body: analysisRequestSchema,
        response: { 200: analysisSchema, ...errorReplies },
      },
    },
    async (request) => analyse(request.body),
  );
};
