import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { stageOf } from "../../domain/screening/fit.js";
import { checkInRoleOf, mergeSuggestions, suggestedCheckIns } from "../../domain/screening/schedule.js";
import { localDate } from "../../domain/time.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiverByQuery } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { signedIn } from "../policies/signed-in.js";
import { errorReplies } from "./schemas.js";

/** How many of a person's own check-ins are enough to know which suggested windows are already done. */
const RECENT_CHECK_INS = 200;

const suggestionSchema = z.object({
  key: z.string(),
  instrumentId: z.string(),
  from: z.string(),
  until: z.string(),
  status: z.enum(["due", "upcoming"]),
});

/** Suggested times to check in, for the gentle reminders the caregiver can turn off. */
export const checkInRoutes: FastifyPluginAsyncZod = async (app) => {
  const { families, babies, screenings, preferences, instruments } = app.attune;
  const offered = (id: string) => instruments.get(id)?.attune.available ?? false;

  app.get(
    "/api/screenings/suggestions",
    guarded(
      babyCaregiverByQuery,
      {
        schema: {
          tags: ["well-being"],
          summary:
            "Suggested check-ins for me around this baby: due now or upcoming (windows already done or passed are left out), and whether I want reminders",
          querystring: z.object({ babyId: z.string().min(1).max(100) }).strict(),
          response: {
            200: z.object({
              reminders: z.boolean().describe("The person's choice: false means show no reminders"),
              today: z.string(),
              items: z.array(suggestionSchema),
            }),
            ...errorReplies,
          },
        },
      },
      async (request, _reply, { baby, membership }) => {
        const actor = actorOf(request);
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
        const items = suggestedCheckIns(baby, checkInRoleOf(membership.relationship), done, today, offered);
        return { reminders: prefs.checkinReminders, today, items };
      },
    ),
  );

  app.get(
    "/api/screenings/suggestions/mine",
    {
      config: { policy: signedIn },
      schema: {
        tags: ["well-being"],
        summary:
          "Suggested check-ins for me around every baby in every family I belong to, one per questionnaire (the one due now, else the soonest), whether I want reminders, and where I am: expecting, after a birth, both or neither (which questionnaires fit)",
        response: {
          200: z.object({
            reminders: z.boolean().describe("The person's choice: false means show no reminders"),
            items: z.array(suggestionSchema.extend({ babyId: z.string() })),
            stage: z.object({
              expecting: z.boolean().describe("A baby on the way in one of my families"),
              afterBirth: z.boolean().describe("A born baby in one of my families"),
            }),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [prefs, mine, myFamilies] = await Promise.all([
        preferences.get(actor.id),
        screenings.list(actor.id, { limit: RECENT_CHECK_INS }),
        families.listForUser(actor.id),
      ]);
      const perFamily = await Promise.all(
        myFamilies.map(async (family) => {
          const [membership, list] = await Promise.all([
            families.membership(family.id, actor.id),
            babies.listForFamily(family.id),
          ]);
          const today = localDate(Date.now(), family.timeZone);
          return { family, membership, today, babies: list };
        }),
      );
      const everyBaby = perFamily.flatMap((f) => f.babies.map((baby) => ({ ...f, baby })));
      const lists = everyBaby.map(({ family, membership, today, baby }) => {
        if (!membership) return [];
        // As for one baby: check-ins about oneself, or about this baby, count; those about another do not.
        const done = mine
          .filter((s) => s.babyId === null || s.babyId === baby.id)
          .map((s) => ({
            instrumentId: s.instrumentId,
            completedOn: localDate(s.completedAt, family.timeZone),
          }));
        return suggestedCheckIns(baby, checkInRoleOf(membership.relationship), done, today, offered).map(
          (s) => ({ ...s, babyId: baby.id }),
        );
      });
      return {
        reminders: prefs.checkinReminders,
        items: mergeSuggestions(lists),
        stage: stageOf(everyBaby.map(({ baby, today }) => ({ ...baby, today }))),
      };
    },
  );
};
