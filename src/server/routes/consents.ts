import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Consent, ConsentAudit } from "../../db/repositories/consents.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount, familyShare, shareFamilies } from "../policies/case.js";
import { consentSchema } from "../presenters/consent.js";
import { consentViews, grantOf, scopesSchema, shareTermsBody } from "./consent-input.js";
import { errorReplies, errorSchema, idParams } from "./schemas.js";

export function auditFrom(request: FastifyRequest): ConsentAudit {
  const userAgent = request.headers["user-agent"];
  return { actorId: actorOf(request).id, ip: request.ip, ...(userAgent ? { userAgent } : {}) };
}

/**
 * Consent, owned by the family: a caregiver shares the family with a clinician by a code (scopes and a
 * duration), sees every share, narrows or ends any of them; the clinician takes a share up by its code.
 * Every step is in the family's access log.
 */
export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { consents, families } = app.attune;
  const views = (list: Consent[]) => consentViews(app, list);

  app.post(
    "/api/consents",
    {
      config: { policy: shareFamilies },
      schema: {
        tags: ["consents"],
        summary:
          "Share a family with a clinician: returns a code (shown this once) for the clinician to accept within 14 days. Any caregiver of the family may share",
        body: shareTermsBody,
        response: { 201: consentSchema.extend({ code: z.string() }), ...errorReplies },
      },
    },
    async (request, reply) => {
      const { consent, code } = await consents.create(grantOf(request), auditFrom(request));
      const [view] = await views([consent]);
      return reply.status(201).send({ ...(view as z.infer<typeof consentSchema>), code });
    },
  );

  app.get(
    "/api/consents",
    {
      config: { policy: shareFamilies },
      schema: {
        tags: ["consents"],
        summary: "Every share of my families, newest first, ended ones too; familyId narrows to one family",
        querystring: z.object({ familyId: z.string().min(1).max(100).optional() }).strict(),
        response: { 200: z.object({ items: z.array(consentSchema) }), ...errorReplies },
      },
    },
    async (request) => {
      // A family named here has passed the policy; without one, the list is of the actor's own families.
      const { familyId } = request.query;
      const listed = familyId
        ? [familyId]
        : (await families.listForUser(actorOf(request).id)).map((f) => f.id);
      return { items: await views(await consents.forFamilies(listed)) };
    },
  );

  app.patch(
    "/api/consents/:id",
    {
      config: { policy: familyShare },
      schema: {
        tags: ["consents"],
        summary: "Change what a live share covers (narrow it, or add to it). 409 once it has ended",
        params: idParams,
        body: z.object({ scopes: scopesSchema }).strict(),
        response: { 200: consentSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request) => {
      const changed = await consents.updateScopes(request.params.id, request.body.scopes, auditFrom(request));
      if (!changed)
        throw new HttpError(
          409,
          "share_ended",
          "This share has ended, so it cannot change. Share again instead.",
        );
      return (await views([changed]))[0] as z.infer<typeof consentSchema>;
    },
  );

  app.delete(
    "/api/consents/:id",
    {
      config: { policy: familyShare },
      schema: {
        tags: ["consents"],
        summary:
          "End a share now: the clinician's next request is refused. Ending one already ended changes nothing",
        params: idParams,
        response: { 200: consentSchema, ...errorReplies },
      },
    },
    async (request) => {
      const ended = await consents.revoke(request.params.id, actorOf(request).id, auditFrom(request));
      if (!ended) throw notFound("share");
      return (await views([ended]))[0] as z.infer<typeof consentSchema>;
    },
  );

  app.post(
    "/api/consents/:code/accept",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["consents"],
        summary:
          "Clinicians: take up a family's share by its code; opens (or reopens) the case for that family",
        params: z.object({ code: z.string().min(1).max(40) }),
        body: z.object({}).strict().optional(),
        response: {
          200: z.object({ caseId: z.string(), consent: consentSchema }),
          409: errorSchema,
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const outcome = await consents.accept(request.params.code, actorOf(request).id, auditFrom(request));
      if (!outcome.ok) {
        if (outcome.reason === "unknown")
          throw new HttpError(
            404,
            "not_found",
            "No share has that code. Check it with the family, letter by letter.",
          );
        throw new HttpError(
          409,
          `share_${outcome.reason}`,
          {
            used: "This code has already been used. Ask the family for a new one.",
            closed: "This code has expired or the family withdrew it. Ask the family for a new one.",
            own_family: "You are a caregiver in this family, so you cannot also be its clinician here.",
          }[outcome.reason],
        );
      }
      const [view] = await views([outcome.consent]);
      return { caseId: outcome.caseId, consent: view as z.infer<typeof consentSchema> };
    },
  );

  app.get(
    "/api/consents/accepted",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["consents"],
        summary: "Clinicians: the shares I have taken up, newest first, with where each stands",
        response: { 200: z.object({ items: z.array(consentSchema) }), ...errorReplies },
      },
    },
    async (request) => ({ items: await views(await consents.acceptedBy(actorOf(request).id)) }),
  );
};
