import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SWADDLE_UNTIL_DAYS } from "../../content/crying.js";
import { helpRegions } from "../../content/help/emergency.js";
import { cryingReplySchema } from "../../contract/crying.js";
import { cryingReply } from "../../contract/crying-reply.js";
import { locales } from "../../domain/account.js";
import { rankCryingReasons } from "../../domain/guidance/crying.js";
import { HELPED_WINDOW_DAYS, whatHelped } from "../../domain/guidance/soothing.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiverByQuery } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { defaultRegion } from "../region.js";
import { errorReplies } from "./schemas.js";

const HOUR = 3_600_000;

/** The "My baby is crying" helper. */
export const guidanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families, preferences } = app.attune;

  app.get(
    "/api/guidance/crying",
    guarded(
      babyCaregiverByQuery,
      {
        schema: {
          tags: ["guidance"],
          summary:
            "My baby is crying: warning signs first, then the likely reasons ranked from the last 48 h of the log, ways to soothe (what helped before first), and words for the caregiver",
          querystring: z
            .object({
              babyId: z.string().min(1).max(100).describe("The crying baby"),
              lang: z.enum(locales).optional().describe("Default: the caller's language preference"),
              region: z
                .enum(helpRegions)
                .optional()
                .describe(
                  "For emergency numbers. Default: the family's region, else the region in Accept-Language, else US",
                ),
            })
            .strict(),
          response: { 200: cryingReplySchema, ...errorReplies },
        },
      },
      async (request, _reply, { baby }) => {
        const now = Date.now();
        const [family, prefs, recent, soothing] = await Promise.all([
          families.get(baby.familyId),
          preferences.get(actorOf(request).id),
          entries.list(baby.id, { from: now - 48 * HOUR, to: now + 1, limit: 1000 }),
          entries.list(baby.id, {
            type: "soothing",
            from: now - HELPED_WINDOW_DAYS * 24 * HOUR,
            to: now + 1,
            limit: 1000,
          }),
        ]);
        const lang = request.query.lang ?? prefs.locale;
        // The caregiver's own region, then the family's, then the browser's languages (src/server/region.ts).
        const region = request.query.region ?? defaultRegion(request, family?.region, prefs.region);
        const guidance = rankCryingReasons({
          baby,
          now,
          timeZone: family?.timeZone ?? "UTC",
          entries: recent.map((e) => ({
            type: e.type,
            startedAt: Date.parse(e.startedAt),
            endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
            details: e.details,
          })),
        });
        // Swaddling stops once a baby may roll, so it is not offered again just because it helped before.
        const helped = whatHelped(
          soothing.map((e) => ({ startedAt: Date.parse(e.startedAt), details: e.details })),
          now,
          { exclude: guidance.age.days >= SWADDLE_UNTIL_DAYS ? ["swaddling"] : [] },
        );
        // The six ways to soothe that fit the likeliest reasons; the offline helper, without them, shows all.
        return cryingReply({ ...guidance, lang, region, helped, mostSuggestions: 6 });
      },
    ),
  );
};
