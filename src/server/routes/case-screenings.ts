import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ScoreSeries, scoreSeriesReply } from "../../contract/case-reads.js";
import { locales } from "../../domain/account.js";
import type { BandResult, SafetyFlag } from "../../domain/screening/score.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { sharedResultsWithAuthor } from "../clinician/shared-screenings.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import { scoreReading } from "../presenters/visit-screening.js";
import { errorReplies, idParams } from "./schemas.js";

const seriesKey = (r: { user_id: string; instrument_id: string; baby_id: string | null }) =>
  `${r.user_id}|${r.instrument_id}|${r.baby_id ?? ""}`;

/**
 * The family's shared check-in results over time, for the case file's charts: one series per caregiver and
 * questionnaire (and baby, for questionnaires about a baby). Only results their caregiver shared with
 * clinicians (clinician/shared-screenings.ts), never the answers themselves.
 */
export const caseScreeningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, instruments, preferences } = app.attune;

  app.get(
    "/api/cases/:id/screenings",
    guarded(
      caseClinician("screenings"),
      {
        schema: {
          tags: ["cases"],
          summary:
            "The family's shared check-in results over time, as series per caregiver and questionnaire, each on the questionnaire's range with its bands and safety flags. Only results the caregiver chose to share with clinicians",
          params: idParams,
          querystring: z
            .object({
              from: z.iso.datetime({ offset: true }).optional().describe("Results completed at or after"),
              to: z.iso.datetime({ offset: true }).optional().describe("Results completed before"),
              lang: z.enum(locales).optional().describe("For the band labels. Default: the account's"),
            })
            .strict()
            .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
              message: "from must be on or before to",
              path: ["from"],
            }),
          response: { 200: scoreSeriesReply, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const { from, to } = request.query;
        const lang = request.query.lang ?? (await preferences.get(actorOf(request).id)).locale;
        let query = sharedResultsWithAuthor(database.db, open.familyId);
        if (from) query = query.where("screenings.completed_at", ">=", Date.parse(from));
        if (to) query = query.where("screenings.completed_at", "<", Date.parse(to));
        const rows = await query.execute();
        await auditCaseRead(request, open, "screenings");

        const series = new Map<string, ScoreSeries>();
        for (const r of rows) {
          const result = JSON.parse(r.result) as { bands?: BandResult[]; flags?: SafetyFlag[] };
          const total = Number(r.total);
          const reading = scoreReading(
            { instrumentId: r.instrument_id, total, bands: result.bands ?? [] },
            instruments,
            lang,
          );
          const key = seriesKey(r);
          let known = series.get(key);
          if (!known) {
            known = {
              caregiver: { id: r.user_id, name: r.name },
              instrumentId: r.instrument_id,
              shortName: reading.shortName,
              about: r.baby_id ? "baby" : "self",
              babyId: r.baby_id,
              range: reading.range,
              points: [],
            };
            series.set(key, known);
          }
          known.points.push({
            id: r.id,
            completedAt: new Date(Number(r.completed_at)).toISOString(),
            total,
            band: reading.band,
            flagged: (result.flags ?? []).length > 0,
          });
        }
        // A total above the registry's range (an older definition) still fits on its chart.
        for (const s of series.values()) s.range.max = Math.max(s.range.max, ...s.points.map((p) => p.total));
        const ordered = [...series.values()].sort(
          (a, b) =>
            a.caregiver.name.localeCompare(b.caregiver.name) ||
            a.shortName.localeCompare(b.shortName) ||
            (a.babyId ?? "").localeCompare(b.babyId ?? ""),
        );
        return { series: ordered };
      },
    ),
  );
};
