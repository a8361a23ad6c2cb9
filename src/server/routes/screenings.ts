import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { instrumentIds } from "../../content/instruments/index.js";
import type { Screening } from "../../db/repositories/screenings.js";
import { type Locale, locales } from "../../domain/account.js";
import { sameCheckIn } from "../../domain/screening/same-check-in.js";
import { safetyFlags, scoreScreening } from "../../domain/screening/score.js";
import { conflict, HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { guarded } from "../policies/loaded.js";
import { checkInSubject, ownScreening } from "../policies/screening.js";
import { signedIn } from "../policies/signed-in.js";
import { crisisSchema, crisisView } from "../presenters/help.js";
import { answerSchema, screeningSchema, screeningView } from "../presenters/screening.js";
import { screeningBundle } from "../presenters/screening-fhir.js";
import { personRegionOf, regionParam } from "../region.js";
import { unavailable } from "./instruments.js";
import { pagedByTime, readPage } from "./paging.js";
import { errorReplies, errorSchema, idParams, pageQuery } from "./schemas.js";

/** One's own results page by when they were completed. */
const ownScreeningsPaging = pagedByTime(
  "completedAt",
  (s: Screening) => s.completedAt,
  "That cursor is not one this API gave out.",
);

/**
 * Well-being check-ins: scoring and keeping a completed screening, and reading one's own results.
 *
 * Safety comes first and cannot be lost to a bad request: the safety rules run on the raw answers before
 * anything else is checked, and any refusal of a request whose answers raised a flag (instrument not
 * offered, a baby that is not theirs, an answer missing or out of range) still carries `details.flags`
 * and `details.crisis`, so the web can show the crisis panel at once. Such a refusal stores no screening,
 * but the flag is written to the audit trail (never the answers). The answers' schema is deliberately
 * loose (any number as an option) so that a malformed option reaches the safety check and is then named
 * by item, instead of being refused before it.
 *
 * A phone that finished a check-in offline sends it with a `clientId` it made once for that check-in, and
 * may send it again (a lost reply, a retry racing the background sender): the same person and clientId is
 * stored once, and sending it again answers 200 with the screening kept the first time.
 */
const lang = z.enum(locales).optional().describe("Default: the account's language");

const answerInput = z
  .object({
    item: z.string().min(1).max(20).describe('The item\'s linkId: "1", "2", …'),
    option: z.number().describe("0-based position of the chosen answer in the item's published order"),
  })
  .strict();

const screeningInput = z
  .object({
    instrumentId: z.enum(instrumentIds),
    subject: z.union([z.literal("self"), z.object({ babyId: z.string().min(1).max(100) }).strict()]),
    lang,
    region: regionParam.optional(),
    answers: z.array(answerInput).max(200),
    clientId: z
      .uuid("clientId must be a UUID, made once on the phone for this check-in")
      .optional()
      .describe(
        "Made once on the phone for this check-in, so a resend is stored once: the same clientId again answers 200 with the screening kept then",
      ),
    completedAt: z.iso
      .datetime({ offset: true, error: "completedAt is a date and time such as 2026-11-22T09:30:00Z" })
      .optional()
      .describe(
        "When it was finished, for a check-in finished offline and sent later (so trends date it right). Within the last year; a time in the future is taken as now; default now",
      ),
  })
  .strict();

/**
 * The time a check-in was finished. A phone whose clock runs ahead would date it in the future: that is
 * taken as now, since refusing would drop a check-in over a wrong clock. Older than a year is refused, as no
 * queue on a phone waits that long.
 */
const OLDEST_CHECK_IN_DAYS = 365;

function completedAtOf(given: string | undefined, now: number): number {
  if (!given) return now;
  const at = Date.parse(given);
  if (at < now - OLDEST_CHECK_IN_DAYS * 86_400_000)
    throw new HttpError(
      400,
      "invalid_completed_at",
      `completedAt must be within the last ${OLDEST_CHECK_IN_DAYS} days: check the phone's date and time.`,
      { field: "completedAt" },
    );
  return Math.min(at, now);
}

type CheckInInput = z.infer<typeof screeningInput>;

const resultSchema = screeningSchema.extend({ crisis: crisisSchema.optional() });

const fhirBundleSchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  type: z.literal("collection"),
  timestamp: z.string(),
  entry: z.array(
    z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) }),
  ),
});

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { instruments, screenings, audit, preferences } = app.attune;
  const langOf = async (userId: string, asked?: Locale) => asked ?? (await preferences.get(userId)).locale;

  /**
   * Safety first: what a check-in's raw answers say, read before any other check can refuse it. Every
   * refusal goes through `refuse`, which adds the flags and the crisis lines to a flagged check-in's refusal
   * and writes the flag (unstored) to the audit trail. An instrument that is not offered is refused here.
   */
  async function safetyFirst(
    request: FastifyRequest<{ Body: CheckInInput; Querystring: { region?: string } }>,
  ) {
    const actor = actorOf(request);
    const { instrumentId, subject, answers } = request.body;
    const definition = instruments.get(instrumentId);
    if (!definition) throw notFound("instrument");
    const region = await personRegionOf(request, app.attune, actor.id, {
      asked: request.body.region ?? request.query.region,
      babyId: subject === "self" ? undefined : subject.babyId,
    });
    const flags = safetyFlags(definition, answers);
    const crisis = flags.length ? crisisView(region) : undefined;
    const client = {
      ip: request.ip,
      ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
    };
    // No family on the event: a flag is as private as the screening, and family views of the trail must not show it.
    const flagEvent = (stored: boolean) => ({
      actorId: actor.id,
      action: "screening.safety_flag",
      ...client,
      details: { instrumentId, flags, stored, region: crisis?.region ?? region },
    });
    const refuse = async (error: HttpError): Promise<never> => {
      if (!crisis) throw error;
      await audit.record(flagEvent(false));
      const details = (error.details ?? {}) as Record<string, unknown>;
      throw new HttpError(error.statusCode, error.code, error.message, { ...details, flags, crisis });
    };
    if (!definition.attune.available) await refuse(unavailable(definition));
    return { definition, flags, flagEvent, crisis, refuse };
  }

  app.post(
    "/api/screenings",
    // A baby that is not theirs is refused by the policy, after the safety answers are read (safetyFirst).
    guarded(
      checkInSubject,
      {
        config: {
          refused: async (request, refusal) => {
            const { refuse } = await safetyFirst(
              request as FastifyRequest<{ Body: CheckInInput; Querystring: { region?: string } }>,
            );
            return refuse(refusal as HttpError);
          },
        },
        schema: {
          tags: ["well-being"],
          summary:
            "Score and keep a completed check-in. A safety answer adds `crisis` (show it first). A refused request whose answers raised a flag carries details.flags and details.crisis",
          querystring: z.object({ region: regionParam.optional() }).strict(),
          body: screeningInput,
          response: { 200: resultSchema, 201: resultSchema, 409: errorSchema, ...errorReplies },
        },
      },
      // The policy has admitted the baby a check-in is about (checkInSubject); one about oneself has none.
      async (request, reply, { baby }) => {
        const actor = actorOf(request);
        const { instrumentId, answers } = request.body;
        const { definition, flags, flagEvent, crisis, refuse } = await safetyFirst(request);
        const outcome = scoreScreening(definition, answers);
        if (!outcome.ok) {
          const { error } = outcome;
          return refuse(
            new HttpError(400, "invalid_answers", `The answers cannot be scored: ${error.message}.`, {
              item: error.item,
              kind: error.kind,
            }),
          );
        }

        let completedAt = Date.now();
        try {
          completedAt = completedAtOf(request.body.completedAt, completedAt);
        } catch (error) {
          await refuse(error as HttpError); // a flagged check-in keeps its crisis lines even when refused
        }
        const scoreOf = (item: string, option: number) =>
          definition.item.find((i) => i.linkId === item)?.answerOption[option]?.score ?? 0;
        const answeredIn = await langOf(actor.id, request.body.lang);
        const { screening: saved, created } = await screenings.create(
          {
            userId: actor.id,
            babyId: baby?.id ?? null,
            familyId: baby?.familyId ?? null,
            instrumentId,
            instrumentVersion: definition.version,
            lang: answeredIn,
            ...outcome.score,
          },
          answers.map((a) => ({ item: a.item, option: a.option, score: scoreOf(a.item, a.option) })),
          flags.length ? flagEvent(true) : undefined,
          { clientId: request.body.clientId, now: completedAt },
        );
        if (!created) {
          const kept = {
            instrumentId: saved.instrumentId,
            babyId: saved.babyId,
            answers: await screenings.answers(saved.id),
          };
          const sent = { instrumentId, babyId: baby?.id ?? null, answers };
          if (!sameCheckIn(kept, sent))
            await refuse(
              conflict(
                "client_id_reused",
                "This clientId was already used for a different check-in. Make a new clientId for each check-in, and send the same one again only to retry that same check-in.",
              ),
            );
        }
        const view = screeningView(saved, answeredIn);
        return reply.status(created ? 201 : 200).send({ ...view, ...(crisis ? { crisis } : {}) });
      },
    ),
  );

  app.get(
    "/api/screenings",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["well-being"],
        summary: "My own check-in results, newest first (for trends), cursor-paged",
        querystring: pageQuery.extend({
          subject: z
            .string()
            .min(1)
            .max(100)
            .optional()
            .describe('"self", or a baby\'s id for check-ins about that baby; all when absent'),
          instrumentId: z.enum(instrumentIds).optional(),
          lang,
        }),
        response: {
          200: z.object({ items: z.array(screeningSchema), nextCursor: z.string().nullable() }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { subject, instrumentId } = request.query;
      const { items, nextCursor } = await readPage(ownScreeningsPaging, request.query, (window) =>
        screenings.list(actor.id, {
          ...(subject ? { subject: subject === "self" ? ("self" as const) : { babyId: subject } } : {}),
          ...(instrumentId ? { instrumentId } : {}),
          ...window,
        }),
      );
      const l = await langOf(actor.id, request.query.lang);
      return { items: items.map((s) => screeningView(s, l)), nextCursor };
    },
  );

  app.get(
    "/api/screenings/:id",
    guarded(
      ownScreening,
      {
        schema: {
          tags: ["well-being"],
          summary: "One of my check-in results, with its answers; with `crisis` when it raised a safety flag",
          params: idParams,
          querystring: z.object({ lang, region: regionParam.optional() }).strict(),
          response: {
            200: resultSchema.extend({ answers: z.array(answerSchema) }),
            ...errorReplies,
          },
        },
      },
      async (request, _reply, { screening: s }) => {
        const view = screeningView(s, await langOf(actorOf(request).id, request.query.lang));
        // The same region order as when it was answered: asked, the person's own, the family's, the browser's.
        const crisis = s.flags.length
          ? crisisView(
              await personRegionOf(request, app.attune, s.userId, {
                asked: request.query.region,
                babyId: s.babyId ?? undefined,
              }),
            )
          : undefined;
        return { ...view, answers: await screenings.answers(s.id), ...(crisis ? { crisis } : {}) };
      },
    ),
  );

  app.get(
    "/api/screenings/:id/fhir",
    guarded(
      ownScreening,
      {
        schema: {
          tags: ["well-being"],
          summary:
            "One of my check-in results as a FHIR R4 Bundle (collection): the QuestionnaireResponse and an Observation per score, with LOINC codes where they exist",
          params: idParams,
          response: { 200: fhirBundleSchema, ...errorReplies },
        },
      },
      async (_request, reply, { screening: s }) => {
        const definition = instruments.get(s.instrumentId);
        if (!definition) throw notFound("screening");
        reply.header("content-type", "application/fhir+json; charset=utf-8");
        return screeningBundle(s, await screenings.answers(s.id), definition);
      },
    ),
  );
};
