import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Idea, ideaById, ideas } from "../../content/ideas/index.js";
import { sources } from "../../content/sources.js";
import type { IdeaMark } from "../../db/repositories/idea-marks.js";
import { type Locale, locales } from "../../domain/account.js";
import { ageBandOf, ageBands, dailyIdea, occasions, pickIdea } from "../../domain/guidance/ideas.js";
import { SITUATION_WINDOW_MS, situationsFromLog } from "../../domain/guidance/situation.js";
import { localDate } from "../../domain/time.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiverByQuery } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { signedIn } from "../policies/signed-in.js";
import { errorReplies, idParams } from "./schemas.js";

const ideaView = z.object({
  id: z.string(),
  ageBands: z.array(z.enum(ageBands)),
  occasions: z.array(z.enum(occasions)),
  text: z.string(),
  why: z.string(),
  source: z.object({
    key: z.string(),
    title: z.string(),
    author: z.string(),
    year: z.union([z.number(), z.string()]),
    published: z.string().optional(),
    url: z.string().optional(),
  }),
  saved: z.boolean(),
  hidden: z.boolean(),
});
const lang = z.enum(locales).optional().describe("Default: the account's language");

function view(idea: Idea, lang: Locale, mark: IdeaMark | undefined) {
  return {
    id: idea.id,
    ageBands: [...idea.ageBands],
    occasions: [...idea.occasions],
    text: idea.text[lang],
    why: idea.why[lang],
    source: { key: idea.source, ...sources[idea.source] },
    saved: mark?.savedAt != null,
    hidden: mark?.hiddenAt != null,
  };
}

/** Bonding ideas: the whole library, the day's card and "an idea for this moment", and saving or hiding one. */
export const ideaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ideaMarks, preferences, families, entries } = app.attune;
  const langOf = async (userId: string, asked?: Locale) => asked ?? (await preferences.get(userId)).locale;
  const marksOf = async (userId: string) =>
    new Map((await ideaMarks.forUser(userId)).map((m) => [m.ideaId, m]));

  app.get(
    "/api/guidance/ideas",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["guidance"],
        summary: "The library of bonding ideas, each with its age bands, moments of care, reason and source",
        querystring: z
          .object({
            lang,
            band: z.enum(ageBands).optional(),
            occasion: z.enum(occasions).optional(),
            saved: z.enum(["true", "false"]).optional().describe("Only the ideas this person saved"),
            limit: z.coerce.number().int().min(1).max(1000).default(200),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(ideaView), total: z.number() }), ...errorReplies },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { band, occasion, saved, limit } = request.query;
      const lang = await langOf(actor.id, request.query.lang);
      const marks = await marksOf(actor.id);
      const matching = ideas.filter(
        (idea) =>
          (!band || idea.ageBands.includes(band)) &&
          (!occasion || idea.occasions.includes(occasion)) &&
          (saved !== "true" || marks.get(idea.id)?.savedAt != null),
      );
      return {
        items: matching.slice(0, limit).map((i) => view(i, lang, marks.get(i.id))),
        total: matching.length,
      };
    },
  );

  app.get(
    "/api/guidance/ideas/pick",
    guarded(
      babyCaregiverByQuery,
      {
        schema: {
          tags: ["guidance"],
          summary:
            "One idea for this baby's age: for a moment of care (occasion), or without one the day's idea (steady through the family's day). Records that it was shown.",
          querystring: z
            .object({ babyId: z.string().min(1).max(100), occasion: z.enum(occasions).optional(), lang })
            .strict(),
          response: {
            200: z.object({ band: z.enum(ageBands).nullable(), idea: ideaView.nullable() }),
            ...errorReplies,
          },
        },
      },
      async (request, _reply, { baby }) => {
        const actor = actorOf(request);
        const timeZone = (await families.get(baby.familyId))?.timeZone ?? "UTC";
        const now = Date.now();
        const band = ageBandOf(baby, localDate(now, timeZone));
        if (!band) return { band: null, idea: null };
        const marks = await marksOf(actor.id);
        const hidden = new Set([...marks.values()].filter((m) => m.hiddenAt != null).map((m) => m.ideaId));
        const seenAt = new Map(
          [...marks.values()].filter((m) => m.seenAt != null).map((m) => [m.ideaId, m.seenAt as number]),
        );
        const { occasion } = request.query;
        // NICU ideas only while the log speaks of the NICU; a family at home is not offered them.
        const situations = situationsFromLog(await entries.touching(baby.id, now - SITUATION_WINDOW_MS, now));
        const idea = occasion
          ? pickIdea(ideas, { band, occasion, hidden, seenAt, now, seed: `${baby.id}|${now}`, situations })
          : dailyIdea(ideas, { band, hidden, seenAt, now, timeZone, babyId: baby.id, situations });
        if (!idea) return { band, idea: null };
        await ideaMarks.seen(actor.id, idea.id, now);
        const lang = await langOf(actor.id, request.query.lang);
        return { band, idea: view(idea, lang, marks.get(idea.id)) };
      },
    ),
  );

  app.put(
    "/api/guidance/ideas/:id/mark",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["guidance"],
        summary: "Save an idea to come back to, or hide it so it is not offered again (and undo either)",
        params: idParams,
        querystring: z.object({ lang }).strict(),
        body: z
          .object({ saved: z.boolean().optional(), hidden: z.boolean().optional() })
          .strict()
          .refine((b) => b.saved !== undefined || b.hidden !== undefined, {
            message: "send saved, hidden, or both (true or false)",
          }),
        response: { 200: ideaView, ...errorReplies },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const idea = ideaById(request.params.id);
      if (!idea) throw notFound("idea");
      await ideaMarks.mark(actor.id, idea.id, request.body);
      const lang = await langOf(actor.id, request.query.lang);
      return view(idea, lang, (await marksOf(actor.id)).get(idea.id));
    },
  );
};
