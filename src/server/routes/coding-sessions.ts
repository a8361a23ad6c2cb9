import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  codingModes,
  codingSessionDetailSchema,
  codingSessionSchema,
  eventBatchReplySchema,
  sessionAnalysisSchema,
} from "../../contract/coding.js";
import type { CodingSession, StoredEvent } from "../../db/repositories/coding-sessions.js";
import { analyse } from "../../domain/coding/analysis.js";
import { toSdis, toTable } from "../../domain/coding/export.js";
import { analysisRequestSchema, MAX_DURATION, MAX_EVENTS } from "../../domain/coding/input.js";
import { DEFAULT_SCHEME_ID, eventProblem, type Scheme } from "../../domain/coding/scheme.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { schemeFor } from "../clinician/coding-scheme.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { codingSessionInCase } from "../policies/coding.js";
import { guarded } from "../policies/loaded.js";
import { codingSessionView } from "../presenters/coding-session.js";
import { caseListRoute } from "./case-list.js";
import { pagedById } from "./paging.js";
import { errorReplies, errorSchema, idParams } from "./schemas.js";

const invalid = (message: string, details?: unknown) => new HttpError(400, "invalid_input", message, details);
const sessionParams = idParams.extend({ sessionId: z.string().min(1).max(100) });
const seconds = z.number().finite().min(0).max(MAX_DURATION);
/** What the family's access log says was read or written. */
const PART = "coding";

/** Said beside every contingency figure (issue 19): more is not better. */
const CAUTION =
  "Moderate contingency, not the most, goes with the most sensitive caregiving: a higher figure is not a better one. Never show a parent a score.";

const sessionTitle = z.string().trim().min(1, "give the session a title").max(200);

// BORIS names an observation where Attune says title: either is taken, the title first.
const newSessionBody = z
  .object({
    title: sessionTitle.optional(),
    name: sessionTitle.optional().describe("The same as title, for clients that say name"),
    mode: z.enum(codingModes),
    schemeId: z.string().min(1).max(100).default(DEFAULT_SCHEME_ID),
    babyId: z.string().min(1).max(100).optional(),
    duration: seconds.positive().optional().describe("Seconds, when already known"),
    video: z
      .object({
        name: z.string().trim().min(1).max(255),
        duration: seconds.optional(),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/i, "sha256 is the file's SHA-256 in 64 hexadecimal digits")
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.name !== undefined, {
    path: ["title"],
    message: "give the session a title",
  })
  .transform(({ name, ...b }) => ({ ...b, title: b.title ?? name ?? "" }));

const eventBatchBody = z
  .object({
    coderId: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .describe("Who coded (default: you); a label such as 'second pass' tells two passes apart"),
    events: z
      .array(
        z
          .object({
            id: z
              .string()
              .min(8)
              .max(100)
              .describe("Made on the device, so a batch sent again is stored once"),
            code: z.string().trim().min(1).max(60),
            at: z.number().finite(),
            end: z.number().finite().optional(),
            modifier: z.string().trim().min(1).max(60).optional(),
          })
          .strict(),
      )
      .min(1, "send at least one event")
      .max(MAX_EVENTS),
  })
  .strict();

const analysisQuery = z
  .object({
    pairs: z
      .string()
      .max(2000)
      .regex(/^[^:,]+:[^:,]+(,[^:,]+:[^:,]+)*$/, "write pairs as given:target, separated by commas")
      .optional(),
    coders: z
      .string()
      .max(200)
      .optional()
      .describe("One or two coders, comma-separated (default: all, if two at most)"),
    unit: z.coerce.number().positive().optional(),
    window: z.coerce.number().positive().optional(),
    tolerance: z.coerce.number().min(0).optional(),
  })
  .strict();

/** The coders of a session, in the order they first coded. */
const codersOf = (events: StoredEvent[]) =>
  [...events]
    .sort((a, b) => a.createdAt - b.createdAt)
    .reduce<string[]>((all, e) => {
      if (!all.includes(e.coderId)) all.push(e.coderId);
      return all;
    }, []);

/** T: the session's own length, or the video's, or else the last coded moment. */
function durationOf(session: CodingSession, events: StoredEvent[]): number {
  if (session.duration !== null) return session.duration;
  if (session.video?.duration) return session.video.duration;
  return Math.max(0, ...events.map((e) => e.end ?? e.at));
}

/**
 * Coding sessions in the case file (issue 19): an interaction of the case's dyad, coded live or from a video
 * kept on the clinician's device. Only the case's clinician, only while the family shares; every read goes in
 * the family's access log, and every write with it.
 */
export const codingSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { codingSessions, codingSchemes, babies } = app.attune;

  /** The session's scheme; one deleted from under it leaves the session unreadable, which this says. */
  async function schemeOf(session: CodingSession): Promise<Scheme> {
    const scheme = await schemeFor(codingSchemes, session.schemeId, session.clinicianId);
    if (!scheme) throw notFound("coding_scheme");
    return scheme;
  }

  caseListRoute(app, {
    path: "/api/cases/:id/coding-sessions",
    summary: "The case's coding sessions, newest first",
    tags: ["coding"],
    part: PART,
    item: codingSessionSchema,
    paging: pagedById,
    rows: (open, window) => codingSessions.list({ caseId: open.id, ...window }),
    present: (rows) => rows.map(codingSessionView),
  });

  app.post(
    "/api/cases/:id/coding-sessions",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["coding"],
          summary:
            "Start a coding session: live, or from a local video (only its name, duration and SHA-256 are stored, never the file)",
          params: idParams,
          body: newSessionBody,
          response: { 201: codingSessionSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const { title, mode, schemeId, babyId, duration, video } = request.body;
        const clinicianId = actorOf(request).id;
        // Unknown and another family's ids are answered alike, so nothing is learnt about other families.
        if (babyId && (await babies.get(babyId))?.familyId !== open.familyId)
          throw invalid(
            "babyId: that baby is not in this family. Choose one of the family's babies, or leave it out.",
          );
        if (!(await schemeFor(codingSchemes, schemeId, clinicianId)))
          throw invalid(
            `schemeId: "${schemeId}" is not a scheme of yours. Use "default" or one from GET /api/coding-schemes.`,
          );
        if (video && mode !== "video")
          throw invalid('video: a session with a video is a video session; send mode "video".');
        const made = await codingSessions.create(
          {
            caseId: open.id,
            familyId: open.familyId,
            clinicianId,
            babyId: babyId ?? null,
            title,
            mode,
            schemeId,
            duration: duration ?? null,
            video: video
              ? {
                  name: video.name,
                  duration: video.duration ?? null,
                  sha256: video.sha256?.toLowerCase() ?? null,
                }
              : null,
          },
          writeAuditOf(request),
        );
        return reply.status(201).send(codingSessionView(made));
      },
    ),
  );

  app.get(
    "/api/cases/:id/coding-sessions/:sessionId",
    guarded(
      codingSessionInCase,
      {
        schema: {
          tags: ["coding"],
          summary: "One coding session with its events, in time order",
          params: sessionParams,
          response: { 200: codingSessionDetailSchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase, session }) => {
        const events = await codingSessions.events(session.id);
        await auditCaseRead(request, openCase, PART);
        return {
          ...codingSessionView(session),
          coders: codersOf(events),
          events: events.map(({ createdAt: _, ...e }) => e),
        };
      },
    ),
  );

  app.post(
    "/api/cases/:id/coding-sessions/:sessionId/events",
    guarded(
      codingSessionInCase,
      {
        // 20,000 events with ids, codes and times stay well under 4 MB.
        bodyLimit: 4 * 1024 * 1024,
        schema: {
          tags: ["coding"],
          summary:
            "Add a batch of coded events. Each event's id is made on the device: one the session already has is not stored again, so a batch can safely be sent twice",
          params: sessionParams,
          body: eventBatchBody,
          response: { 200: eventBatchReplySchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { session }) => {
        const scheme = await schemeOf(session);
        const { events, coderId = actorOf(request).id } = request.body;
        for (const [i, event] of events.entries()) {
          const problem = eventProblem(scheme, event, session.duration);
          if (problem) throw invalid(`events[${i}]: ${problem}.`, { event: i, id: event.id });
        }
        const outcome = await codingSessions.addEvents(session, coderId, events, writeAuditOf(request));
        if (outcome.ok)
          return { added: outcome.added, alreadyStored: outcome.alreadyStored, total: outcome.total };
        if (outcome.reason === "too_many")
          throw invalid(
            `This batch would bring the session to ${outcome.total} events, more than ${MAX_EVENTS}: start a new session for the rest.`,
          );
        throw new HttpError(
          409,
          "event_id_taken",
          `Event id ${outcome.eventId} belongs to another session: give each event a new id.`,
        );
      },
    ),
  );

  app.get(
    "/api/cases/:id/coding-sessions/:sessionId/analysis",
    guarded(
      codingSessionInCase,
      {
        schema: {
          tags: ["coding"],
          summary:
            "Analyse the session's stored events: pairs=given:target,… for latency, contingency and Yule's Q; time budgets, transitions, and two coders' agreement",
          params: sessionParams,
          querystring: analysisQuery,
          response: { 200: sessionAnalysisSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase, session }) => {
        const events = await codingSessions.events(session.id);
        const all = codersOf(events);
        const asked = request.query.coders
          ?.split(",")
          .map((c) => c.trim())
          .filter(Boolean);
        const coders = asked ?? all;
        const unknown = coders.find((c) => !all.includes(c));
        if (unknown)
          throw invalid(
            `coders: "${unknown}" has coded nothing in this session. Coders here: ${all.join(", ") || "none yet"}.`,
          );
        if (coders.length === 0)
          throw new HttpError(
            409,
            "nothing_coded",
            "Nothing is coded in this session yet: code some events first.",
          );
        if (coders.length > 2)
          throw invalid(
            `coders: ${coders.length} coders coded this session; choose one or two with ?coders=a,b.`,
          );
        const duration = durationOf(session, events);
        const pairs = (request.query.pairs?.split(",") ?? []).map((p) => {
          const [given = "", target = ""] = p.split(":").map((s) => s.trim());
          return { given, target };
        });
        const parsed = analysisRequestSchema.safeParse({
          duration: duration > 0 ? duration : (request.query.unit ?? 1),
          ...(request.query.unit !== undefined ? { unit: request.query.unit } : {}),
          ...(request.query.window !== undefined ? { window: request.query.window } : {}),
          ...(request.query.tolerance !== undefined ? { tolerance: request.query.tolerance } : {}),
          coders: coders.map((id) => ({
            id,
            events: events
              .filter((e) => e.coderId === id)
              .map((e) =>
                e.end === null ? { code: e.code, at: e.at } : { code: e.code, at: e.at, end: e.end },
              ),
          })),
          pairs,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw invalid(
            `${issue?.path.join(".") || "query"}: ${issue?.message ?? "not something this analysis can take"}.`,
          );
        }
        await auditCaseRead(request, openCase, PART);
        return { ...analyse(parsed.data), duration: parsed.data.duration, coders, caution: CAUTION };
      },
    ),
  );

  app.get(
    "/api/cases/:id/coding-sessions/:sessionId/export",
    guarded(
      codingSessionInCase,
      {
        schema: {
          tags: ["coding"],
          summary:
            "Download the events: csv or tsv in a BORIS-like table (time, subject, behaviour, modifier, status START/STOP/POINT), or sdis (SDIS timed-event text for GSEQ)",
          params: sessionParams,
          querystring: z.object({ format: z.enum(["csv", "tsv", "sdis"]).default("csv") }).strict(),
          response: { 200: z.string().describe("The file"), ...errorReplies },
        },
      },
      async (request, reply, { openCase, session }) => {
        const scheme = await schemeOf(session);
        const events = await codingSessions.events(session.id);
        const { format } = request.query;
        const text =
          format === "sdis"
            ? toSdis(scheme, { title: session.title, duration: durationOf(session, events) }, events)
            : toTable(scheme, events, format);
        await auditCaseRead(request, openCase, PART);
        const type = { csv: "text/csv", tsv: "text/tab-separated-values", sdis: "text/plain" }[format];
        const extension = format === "sdis" ? "sds" : format;
        return reply
          .type(`${type}; charset=utf-8`)
          .header("content-disposition", `attachment; filename="coding-${session.id}.${extension}"`)
          .send(text);
      },
    ),
  );
};
