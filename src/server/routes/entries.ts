import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Entry, EntryFilter } from "../../db/repositories/entries.js";
import { toEntry } from "../../db/repositories/entries.js";
import { checkEntry, entryInputSchema } from "../../domain/entries/entry.js";
import { overlaps } from "../../domain/entries/rules.js";
import { entryTypes } from "../../domain/entries/vocabulary.js";
import { conflict, HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver, entryCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { pagedByTime, readPage, type Window } from "./paging.js";
import { errorReplies, idParams, page } from "./schemas.js";

export const entrySchema = z.object({
  id: z.string(),
  babyId: z.string(),
  caregiverId: z.string(),
  type: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  moments: z.array(z.string()),
  cues: z.array(z.string()),
  feeling: z.number().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

/** A stretch of the care log, newest first: started from/to (ISO times) and cursor paging, up to 500 a page. */
export const entryLogQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The care log pages by start time, then id. */
export const entriesByStart = (badCursor?: string) =>
  pagedByTime("startedAt", (e: Entry) => Date.parse(e.startedAt), badCursor);

/** The asked stretch of the log as the repository's filter (times in ms), with the page's window. */
export const entryLogFilter = (
  query: { from?: string | undefined; to?: string | undefined },
  window: Window<{ after: { startedAt: number; id: string } }>,
): EntryFilter => ({
  ...(query.from ? { from: Date.parse(query.from) } : {}),
  ...(query.to ? { to: Date.parse(query.to) } : {}),
  ...window,
});

/** How connected a caregiver felt is theirs alone: other caregivers see the entry without it. */
export function present(entry: Entry, viewerId: string): Entry {
  return entry.caregiverId === viewerId ? entry : { ...entry, feeling: null };
}

/** The co-occupation log of one baby. */
export const entryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries } = app.attune;

  async function overlapping(
    babyId: string,
    type: string,
    startedAt: number,
    endedAt: number | null,
    exceptId?: string,
  ) {
    const now = Date.now();
    const nearby = await entries.list(babyId, {
      type,
      from: startedAt - 24 * 3600_000,
      to: (endedAt ?? startedAt) + 1,
      limit: 50,
    });
    return nearby
      .filter((e) => e.id !== exceptId)
      .filter((e) =>
        overlaps(
          { type: type as never, startedAt, endedAt },
          {
            type: e.type as never,
            startedAt: Date.parse(e.startedAt),
            endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
          },
          now,
        ),
      )
      .map((e) => e.id);
  }

  app.post(
    "/api/babies/:id/entries",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["entries"],
          summary:
            "Log a co-occupation. Send acceptOverlap=true to keep one that overlaps another of its type.",
          params: idParams,
          querystring: z.object({ acceptOverlap: z.enum(["true", "false"]).default("false") }).strict(),
          body: entryInputSchema,
          response: { 200: entrySchema, 201: entrySchema, 409: errorReplies[400], ...errorReplies },
        },
      },
      async (request, reply, { baby }) => {
        const actor = actorOf(request);
        const checked = checkEntry(request.body, Date.now());
        if (!checked.ok) {
          throw new HttpError(
            400,
            "invalid_entry",
            `This entry cannot be saved: ${checked.problems.join("; ")}.`,
            {
              problems: checked.problems,
            },
          );
        }
        const { entry } = checked;
        if (request.query.acceptOverlap !== "true") {
          const clash =
            entry.id && (await entries.get(entry.id))
              ? []
              : await overlapping(baby.id, entry.type, entry.startedAt, entry.endedAt);
          if (clash.length) {
            throw new HttpError(409, "overlap", `This ${entry.type} overlaps another one. Save it anyway?`, {
              overlapping: clash,
            });
          }
        }
        const result = await entries.create(
          { familyId: baby.familyId, babyId: baby.id, caregiverId: actor.id },
          entry,
        );
        if ("clash" in result)
          throw conflict("id_in_use", "That id belongs to another entry. Generate a new id (UUIDv7).");
        return reply.status(result.created ? 201 : 200).send(present(result.entry, actor.id));
      },
    ),
  );

  app.get(
    "/api/babies/:id/entries",
    {
      config: { policy: babyCaregiver },
      schema: {
        tags: ["entries"],
        summary: "A baby's entries, newest first, cursor-paged",
        params: idParams,
        querystring: entryLogQuery.extend({ type: z.enum(entryTypes).optional() }).strict(),
        response: { 200: page(entrySchema), ...errorReplies },
      },
    },
    async (request) => {
      const { type, ...stretch } = request.query;
      const { items, nextCursor } = await readPage(
        entriesByStart("That cursor is not one this API gave out."),
        stretch,
        (window) =>
          entries.list(request.params.id, { ...entryLogFilter(stretch, window), ...(type ? { type } : {}) }),
      );
      const viewer = actorOf(request).id;
      return { items: items.map((e) => present(e, viewer)), nextCursor };
    },
  );

  async function load(id: string) {
    const row = await entries.get(id);
    if (!row || row.deleted_at !== null) throw notFound("entry");
    return toEntry(row);
  }

  app.get(
    "/api/entries/:id",
    {
      config: { policy: entryCaregiver },
      schema: {
        tags: ["entries"],
        summary: "One entry",
        params: idParams,
        response: { 200: entrySchema, ...errorReplies },
      },
    },
    async (request) => present(await load(request.params.id), actorOf(request).id),
  );

  app.patch(
    "/api/entries/:id",
    {
      config: { policy: entryCaregiver },
      schema: {
        tags: ["entries"],
        summary: "Change an entry (send the fields to change)",
        params: idParams,
        body: entryInputSchema.omit({ id: true }).partial().strict(),
        response: { 200: entrySchema, ...errorReplies },
      },
    },
    async (request) => {
      const current = await load(request.params.id);
      const actor = actorOf(request);
      const merged = entryInputSchema.parse({
        type: current.type,
        startedAt: current.startedAt,
        endedAt: current.endedAt,
        details: current.details,
        moments: current.moments,
        cues: current.cues,
        // Only the caregiver who logged a feeling can see or change it.
        feeling: current.caregiverId === actor.id ? current.feeling : null,
        note: current.note,
        ...request.body,
      });
      const checked = checkEntry(merged, Date.now());
      if (!checked.ok) {
        throw new HttpError(
          400,
          "invalid_entry",
          `This change cannot be saved: ${checked.problems.join("; ")}.`,
          {
            problems: checked.problems,
          },
        );
      }
      if (current.caregiverId !== actor.id) checked.entry.feeling = current.feeling;
      const updated = await entries.update(current.id, checked.entry);
      if (!updated) throw notFound("entry");
      return present(updated, actor.id);
    },
  );

  app.delete(
    "/api/entries/:id",
    {
      config: { policy: entryCaregiver },
      schema: {
        tags: ["entries"],
        summary: "Delete an entry (undo with /restore)",
        params: idParams,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (request, reply) => {
      await load(request.params.id);
      await entries.remove(request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/entries/:id/restore",
    {
      config: { policy: entryCaregiver },
      schema: {
        tags: ["entries"],
        summary: "Undo a delete",
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: entrySchema, ...errorReplies },
      },
    },
    async (request) => {
      const restored = await entries.restore(request.params.id);
      if (!restored) throw notFound("entry");
      return present(restored, actorOf(request).id);
    },
  );
};
