import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkInRoleOf, suggestedCheckIns } from "../../domain/screening/schedule.js";
import { localDate } from "../../domain/time.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiverByQuery } from "../policies/family.js";
import { errorReplies } from "./schemas.js";

/** How many of a person's own check-ins are enough to know which suggested windows are already done. */
const RECENT_CHECK_INS = 200;

/** Suggested times to check in, for the gentle reminders the caregiver can turn off. */
export const checkInRoutes: FastifyPluginAsyncZod = async (app) => {
  const { families, screenings, preferences, instruments } = app.attune;

  app.get(
    "/api/screenings/suggestions",
    {
      config: { policy: babyCaregiverByQuery },
      schema: {
        tags: ["well-being"],
        summary:
          "Suggested check-ins for me around this baby: due now or upcoming (windows already done or passed are left out), and whether I want reminders",
        querystring: z.object({ babyId: z.string().min(1).max(100) }).strict(),
        response: {
          200: z.object({
            reminders: z.boolean().describe("The person's choice: false means show no reminders"),
            today: z.string(),
            items: z.array(
              z.object({
                key: z.string(),
                instrumentId: z.string(),
                from: z.string(),
                until: z.string(),
                status: z.enum(["due", "upcoming"]),
              }),
            ),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { baby, membership } = request;
      if (!baby || !membership) throw notFound("That baby");
      const timeZone = (await families.get(baby.familyId))?.timeZone ?? "UTC";
      const [prefs, mine] = await Promise.all([
        preferences.get(actor.id),
        screenings.list(actor.id, { limit: RECENT_CHECK_INS }),
      ]);
      // The caregiver's own check-ins, about themself or this baby, count; those about another baby do not.
      const done = mine
        .filter((s) => s.babyId === null || s.babyId === baby.id)
        .map((s) => ({ instrumentId: s.instrumentId, completedOn: localDate(s.completedAt, timeZone) }));
      const today = localDate(Date.now(), timeZone);
      const items = suggestedCheckIns(
        baby,
        checkInRoleOf(membership.relationship),
        done,
        today,
        (id) => instruments.get(id)?.attune.available ?? false,
      );
      return { reminders: prefs.checkinReminders, today, items };
    },
  );
};
