import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { babyAge } from "../../domain/age.js";
import { reflectOnWeek } from "../../domain/guidance/weekly.js";
import { addCalendarDays, dayBounds, localDate } from "../../domain/time.js";
import { babyCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { errorReplies, idParams } from "./schemas.js";

const range = z.object({ low: z.number(), high: z.number(), source: z.string() }).nullable();

/** The gentle weekly reflection: a description of the week, never a score. */
export const reflectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families } = app.attune;

  app.get(
    "/api/babies/:id/reflection",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["guidance"],
          summary:
            "A week of the log described: sleep and feeds averaged over its full days (never today) beside the usual ranges for the (corrected) age, and the routines that carried the most moments of connection",
          params: idParams,
          querystring: z
            .object({
              from: z.iso
                .date({ error: "must be the week's first day as YYYY-MM-DD" })
                .optional()
                .describe(
                  "First day of the week; default: the seven days ending today in the family's time zone",
                ),
            })
            .strict(),
          response: {
            200: z.object({
              from: z.string(),
              to: z.string(),
              timeZone: z.string(),
              ageDays: z.number().nullable(),
              days: z.array(
                z.object({
                  date: z.string(),
                  sleepMinutes: z.number(),
                  feeds: z.number(),
                  diapers: z.number(),
                  complete: z.boolean().describe("The day has ended in the family's time zone"),
                }),
              ),
              fullDays: z
                .number()
                .describe(
                  "Days of the week that have ended, from the first day anything was logged: what the averages draw on",
                ),
              routines: z.array(
                z.object({
                  type: z.string(),
                  logged: z.number(),
                  withMoments: z.number(),
                  moments: z.record(z.string(), z.number()),
                }),
              ),
              sleep: z.object({
                averageHours: z.number().nullable(),
                days: z.number().describe("The full days with sleep logged: the average is over these"),
                range,
              }),
              feeds: z.object({
                averagePerDay: z.number().nullable(),
                days: z.number().describe("The full days with feeds logged: the average is over these"),
                range,
              }),
            }),
            ...errorReplies,
          },
        },
      },
      async (request, _reply, { baby }) => {
        const timeZone = (await families.get(baby.familyId))?.timeZone ?? "UTC";
        const now = Date.now();
        const today = localDate(now, timeZone);
        const from = request.query.from ?? addCalendarDays(today, -6);
        const [start] = dayBounds(from, timeZone);
        const [, end] = dayBounds(addCalendarDays(from, 6), timeZone);
        // Corrected age when the baby came early: the ranges are about development, not the calendar.
        const age = baby.birthDate ? babyAge(baby.birthDate, today, baby.gestationalWeeks) : null;
        const ageDays = age ? (age.correctedDays ?? age.days) : null;
        const week = (await entries.touching(baby.id, start, end)).map((e) => ({
          type: e.type,
          startedAt: Date.parse(e.startedAt),
          endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
          moments: e.moments,
        }));
        // Whether logging began before this week: if not, the days before the first entry are not averaged.
        const [earlier] = await entries.list(baby.id, { to: start, limit: 1 });
        const loggedSince = earlier ? Date.parse(earlier.startedAt) : null;
        return { ...reflectOnWeek(week, from, timeZone, ageDays, now, loggedSince), timeZone, ageDays };
      },
    ),
  );
};
