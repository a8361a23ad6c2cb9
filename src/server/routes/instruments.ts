import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Locale, locales } from "../../domain/account.js";
import type { InstrumentDefinition } from "../../domain/screening/definition.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { signedIn } from "../policies/signed-in.js";
import {
  instrumentDetail,
  instrumentDetailSchema,
  instrumentSummary,
  instrumentSummarySchema,
} from "../presenters/instrument.js";
import { errorReplies, errorSchema } from "./schemas.js";

/** The 409 for an instrument this server does not offer, with the reason in the message. */
export function unavailable(d: InstrumentDefinition, details: Record<string, unknown> = {}) {
  const reason = d.attune.unavailableReason;
  return new HttpError(
    409,
    "instrument_unavailable",
    `${d.attune.shortName} is not available on this server: ${reason?.en ?? "it is not offered."}`,
    { instrumentId: d.id, reason, ...details },
  );
}

const lang = z.enum(locales).optional().describe("Default: the account's language");

/** The screening instruments: which this server offers, and each definition for rendering. */
export const instrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { instruments, preferences } = app.attune;
  const langOf = async (userId: string, asked?: Locale) => asked ?? (await preferences.get(userId)).locale;

  app.get(
    "/api/instruments",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["well-being"],
        summary: "The screening instruments, offered ones first; those not offered say why",
        querystring: z.object({ lang }).strict(),
        response: { 200: z.object({ items: z.array(instrumentSummarySchema) }), ...errorReplies },
      },
    },
    async (request) => {
      const l = await langOf(actorOf(request).id, request.query.lang);
      return { items: instruments.all.map((d) => instrumentSummary(d, l)) };
    },
  );

  app.get(
    "/api/instruments/:id",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["well-being"],
        summary:
          "One instrument's definition for rendering: items and options in the published order, in the asked language where a published translation exists (else English, with a note), scoring rules, licence and citation. 409 for an instrument this server does not offer",
        params: z.object({ id: z.string().min(1).max(40) }),
        querystring: z.object({ lang }).strict(),
        response: { 200: instrumentDetailSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request) => {
      const d = instruments.get(request.params.id);
      if (!d) throw notFound("instrument");
      if (!d.attune.available) throw unavailable(d);
      return instrumentDetail(d, await langOf(actorOf(request).id, request.query.lang));
    },
  );
};
