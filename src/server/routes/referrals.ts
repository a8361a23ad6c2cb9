import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StatusChanger, StatusOutcome } from "../../db/repositories/referrals.js";
import { isPublic } from "../../domain/directory/listing.js";
import { contactInputSchema } from "../../domain/directory/listing-input.js";
import {
  REFERRAL_NAME_MAX,
  REFERRAL_NOTE_MAX,
  type ReferralStatus,
  referralServices,
  referralStatuses,
} from "../../domain/referral.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { referralFamily } from "../policies/care-team.js";
import { caseClinician } from "../policies/case.js";
import { familyMember } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { referralSchema, referralView } from "../presenters/referral.js";
import { caseListRoute } from "./case-list.js";
import { pagedById, readPage } from "./paging.js";
import { errorReplies, errorSchema, idParams, page, pageQuery } from "./schemas.js";

const statusBody = z
  .object({ status: z.enum(referralStatuses, `status is one of: ${referralStatuses.join(", ")}`) })
  .strict();

const referralBody = z
  .object({
    providerId: z.string().min(1).max(100).optional().describe("A provider from the public directory"),
    name: z
      .string()
      .trim()
      .min(1, "give the provider's name")
      .max(REFERRAL_NAME_MAX, `keep the name under ${REFERRAL_NAME_MAX} characters`)
      .optional()
      .describe("A provider written in, when they are not in the directory"),
    contact: contactInputSchema.optional().describe("How to reach a provider written in"),
    service: z.enum(referralServices, `service is one of: ${referralServices.join(", ")}`),
    note: z
      .string()
      .trim()
      .max(REFERRAL_NOTE_MAX, `keep the note under ${REFERRAL_NOTE_MAX} characters`)
      .optional()
      .describe("A few words to the family: why this, what to ask for"),
  })
  .strict()
  .superRefine((b, ctx) => {
    if ((b.providerId === undefined) === (b.name === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["providerId"],
        message: "choose a provider from the directory (providerId) or write one in (name), not both",
      });
    if (b.providerId !== undefined && b.contact !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["contact"],
        message: "a directory provider's contact comes from their listing; give a contact only with a name",
      });
  });

const statusWords: Record<ReferralStatus, string> = {
  suggested: "suggested",
  contacted: "contacted",
  booked: "booked",
  attended: "attended",
  declined: "declined",
};

/** 409 for a move the state machine refuses, saying where the referral stands and where it can go. */
function refused(outcome: Extract<StatusOutcome, { ok: false }>): HttpError {
  const { from, to, allowed } = outcome.move;
  const options = allowed.map((s) => `“${statusWords[s]}”`).join(" or ");
  return new HttpError(
    409,
    "referral_status_not_allowed",
    allowed.length
      ? `This referral is marked “${statusWords[from]}”, so it cannot be marked “${statusWords[to]}”. From here it can be marked ${options}.`
      : `This referral is marked “${statusWords[from]}”, which is where a referral ends, so its status no longer changes.`,
    { from, to, allowed },
  );
}

/**
 * Referrals: a clinician refers the family to a public directory listing or to a provider they write in,
 * for one of the directory's services; the family sees them (whatever their shares) and moves each along
 * (domain/referral.ts); the clinician sees where each stands in the case and can move it too.
 */
export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const { referrals, directory } = app.attune;

  async function moveStatus(id: string, status: ReferralStatus, by: StatusChanger) {
    const outcome = await referrals.setStatus(id, status, by);
    if (!outcome) throw notFound("referral");
    if (!outcome.ok) throw refused(outcome);
    return referralView(outcome.referral);
  }

  caseListRoute(app, {
    path: "/api/cases/:id/referrals",
    summary:
      "The referrals made in this case, newest first, with where each stands (the family updates them)",
    part: "referrals",
    item: referralSchema,
    paging: pagedById,
    rows: (open, window) => referrals.list({ caseId: open.id, ...window }),
    present: (rows) => {
      const now = Date.now();
      return rows.map((r) => referralView(r, now));
    },
  });

  app.post(
    "/api/cases/:id/referrals",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Refer the family: to a provider in the public directory (providerId) or one written in (name, contact), for a service, with an optional note. Starts as suggested",
          params: idParams,
          body: referralBody,
          response: { 201: referralSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const { providerId, name, contact, service, note } = request.body;
        const base = {
          caseId: open.id,
          familyId: open.familyId,
          clinicianId: actorOf(request).id,
          service,
          note: note ? note : null,
        };
        let input: Parameters<typeof referrals.create>[0];
        if (providerId !== undefined) {
          // Only what the public can find: a listing awaiting review, rejected or gone stale is not handed on.
          const listing = await directory.get(providerId);
          if (!listing || !isPublic(listing, Date.now()))
            throw new HttpError(
              400,
              "provider_not_listed",
              "That provider is not in the public directory right now (a listing waiting for review, or one not confirmed in the last 180 days, is not shown). Choose a provider from a directory search, or write this one in with a name and a way to reach them.",
            );
          input = { ...base, providerId, name: listing.name };
        } else input = { ...base, providerId: null, name: name ?? "", contact: contact ?? null };
        const made = await referrals.create(input, writeAuditOf(request));
        return reply.status(201).send(referralView(made));
      },
    ),
  );

  app.patch(
    "/api/cases/:id/referrals/:referralId",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Update a referral's status for the family (suggested → contacted → booked → attended, or declined). 409 for a move that is not allowed",
          params: idParams.extend({ referralId: z.string().min(1).max(100) }),
          body: statusBody,
          response: { 200: referralSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const found = await referrals.get(request.params.referralId);
        if (!found || found.caseId !== open.id) throw notFound("referral");
        return moveStatus(found.id, request.body.status, { as: "clinician", audit: writeAuditOf(request) });
      },
    ),
  );

  app.get(
    "/api/families/:id/referrals",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["families"],
        summary:
          "The family's referrals from every clinician, newest first, with the provider's contact while they are listed. They stay the family's after a share ends",
        params: idParams,
        querystring: pageQuery,
        response: { 200: page(referralSchema), ...errorReplies },
      },
    },
    async (request) => {
      const { items, nextCursor } = await readPage(pagedById, request.query, (window) =>
        referrals.list({ familyId: request.params.id, ...window }),
      );
      const now = Date.now();
      return { items: items.map((r) => referralView(r, now)), nextCursor };
    },
  );

  app.patch(
    "/api/referrals/:id",
    {
      config: { policy: referralFamily },
      schema: {
        tags: ["families"],
        summary:
          "Say where a referral stands (contacted, booked, attended, or declined; a declined one can be suggested again). 409 for a move that is not allowed",
        params: idParams,
        body: statusBody,
        response: { 200: referralSchema, 409: errorSchema, ...errorReplies },
      },
    },
    async (request) =>
      moveStatus(request.params.id, request.body.status, { as: "family", audit: writeAuditOf(request) }),
  );
};
