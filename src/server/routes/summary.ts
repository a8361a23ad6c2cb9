import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { babySchema } from "../../contract/families.js";
import { summarizeSentDay } from "../../domain/entries/summary.js";
import { durationTypes, type EntryType } from "../../domain/entries/vocabulary.js";
import { dayBounds, localDate } from "../../domain/time.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { entrySchema, present } from "./entries.js";
import { errorReplies } from "./schemas.js";

/** A day in the family's time zone: what happened, and the "since last" that the Today screen shows. */
export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families } = app.attune;

  app.get(
    "/api/babies/:id/summary",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["entries"],
          summary: "One day of a baby's log, and the latest feed, diaper and sleep",
          params: z.object({ id: z.string().min(1).max(100) }),
          querystring: z
            .object({ date: z.iso.date({ error: "must be a date as YYYY-MM-DD" }).optional() })
            .strict(),
          response: {
            200: z.object({
              date: z.string(),
              timeZone: z.string(),
              baby: babySchema,
              last: z.object({
                feed: entrySchema.nullable(),
                diaper: entrySchema.nullable(),
                sleep: entrySchema.nullable(),
              }),
              asleep: z.boolean(),
              since: z.string().nullable(),
              counts: z.record(z.string(), z.number()),
              sleepMinutes: z.number(),
              moments: z.record(z.string(), z.number()),
              entries: z.array(entrySchema),
            }),
            ...errorReplies,
          },
        },
      },
      async (request, _reply, { baby }) => {
        const viewer = actorOf(request).id;
        const family = await families.get(baby.familyId);
        const timeZone = family?.timeZone ?? "UTC";
        const now = Date.now();
        const date = request.query.date ?? localDate(now, timeZone);
        const bounds = dayBounds(date, timeZone);
        const [from, to] = bounds;
        const day = (await entries.touching(baby.id, from, to)).filter(
          (e) => Date.parse(e.startedAt) >= from || durationTypes.has(e.type as EntryType),
        );
        const summary = summarizeSentDay(day, bounds, now);
        const before = Math.min(now + 1, to);
        const [feed, diaper, sleep] = await Promise.all(
          ["feed", "diaper", "sleep"].map((type) => entries.latest(baby.id, type, before)),
        );
        const asleep = !!sleep && sleep.endedAt === null;
        return {
          date,
          timeZone,
          baby,
          last: {
            feed: feed ? present(feed, viewer) : null,
            diaper: diaper ? present(diaper, viewer) : null,
            sleep: sleep ? present(sleep, viewer) : null,
          },
          asleep,
          // Asleep since the sleep began; awake since the last sleep ended.
          since: sleep ? (asleep ? sleep.startedAt : sleep.endedAt) : null,
          ...summary,
          entries: day.map((e) => present(e, viewer)),
        };
      },
    ),
  );
};
