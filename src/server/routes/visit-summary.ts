import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { locales } from "../../domain/account.js";
import { babyAge } from "../../domain/age.js";
import { visitSummary } from "../../domain/guidance/visit.js";
import { addCalendarDays, dayBounds, localDate } from "../../domain/time.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver } from "../policies/family.js";
import { visitScreeningSchema, visitScreeningView } from "../presenters/visit-screening.js";
import { babySchema } from "./families.js";
import { errorReplies } from "./schemas.js";

const at = z.string().describe("ISO 8601");

/** The printable page a family brings to a pediatric or perinatal visit. */
export const visitSummaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families, screenings, instruments, preferences } = app.attune;

  app.get(
    "/api/babies/:id/visit-summary",
    {
      config: { policy: babyCaregiver },
      schema: {
        tags: ["guidance"],
        summary:
          "The last 7 or 14 days for an appointment: feeds, sleep, diapers, growth, temperatures, medicines, notes, the questions saved for the visit, and the check-ins the viewer chose to include (their own only)",
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z
          .object({
            days: z.enum(["7", "14"]).default("7"),
            lang: z
              .enum(locales)
              .optional()
              .describe("For the check-ins' band labels. Default: the account's"),
          })
          .strict(),
        response: {
          200: z.object({
            baby: babySchema,
            timeZone: z.string(),
            ageDays: z.number().nullable(),
            correctedAgeDays: z.number().nullable(),
            from: z.string(),
            to: z.string(),
            days: z.array(
              z.object({
                date: z.string(),
                feeds: z.number(),
                breastFeeds: z.number(),
                bottleMl: z.number(),
                solids: z.number(),
                sleepMinutes: z.number(),
                wet: z.number(),
                dirty: z.number(),
              }),
            ),
            growth: z.array(
              z.object({
                at,
                weightKg: z.number().optional(),
                lengthCm: z.number().optional(),
                headCm: z.number().optional(),
              }),
            ),
            temperatures: z.array(z.object({ at, celsius: z.number() })),
            medications: z.array(z.object({ at, name: z.string(), dose: z.string().optional() })),
            notes: z.array(z.object({ at, type: z.string(), text: z.string() })),
            questions: z.array(z.object({ at, text: z.string() })),
            checkIns: z
              .array(visitScreeningSchema)
              .describe(
                "The viewer's own check-ins marked for the visit summary, about themself or this baby, oldest first",
              ),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const baby = request.baby;
      if (!baby) throw notFound("That baby");
      const timeZone = (await families.get(baby.familyId))?.timeZone ?? "UTC";
      const now = Date.now();
      const today = localDate(now, timeZone);
      const days = Number(request.query.days);
      const [start] = dayBounds(addCalendarDays(today, -(days - 1)), timeZone);
      const [, end] = dayBounds(today, timeZone);
      const rows = (await entries.touching(baby.id, start, end)).map((e) => ({
        id: e.id,
        type: e.type,
        startedAt: Date.parse(e.startedAt),
        endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
        details: e.details,
        note: e.note,
      }));
      const summary = visitSummary(rows, today, days, timeZone, now);
      // Each caregiver's check-ins are their own: only the viewer's, and only those they chose to include.
      const viewer = actorOf(request).id;
      const lang = request.query.lang ?? (await preferences.get(viewer)).locale;
      const checkIns = await screenings.forVisit(viewer, baby.id, start, end);
      const iso = <T extends { at: number }>(items: T[]) =>
        items.map((i) => ({ ...i, at: new Date(i.at).toISOString() }));
      const age = baby.birthDate ? babyAge(baby.birthDate, today, baby.gestationalWeeks) : null;
      return {
        baby,
        timeZone,
        ageDays: age?.days ?? null,
        correctedAgeDays: age?.correctedDays ?? null,
        ...summary,
        growth: iso(summary.growth),
        temperatures: iso(summary.temperatures),
        medications: iso(summary.medications),
        notes: iso(summary.notes),
        questions: iso(summary.questions),
        checkIns: checkIns.map((s) => visitScreeningView(s, instruments, lang)),
      };
    },
  );
};
