import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CheckinRequest, CountedCheckIn } from "../../db/repositories/checkin-requests.js";
import {
  type CheckInSchedule,
  checkInStatus,
  MAX_EVERY_WEEKS,
  MAX_TIMES,
  MIN_EVERY_WEEKS,
  occurrences,
  scheduleProblem,
} from "../../domain/checkin-request.js";
import { localDate, startOfDay } from "../../domain/time.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { familyMember } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import {
  type CaseCheckinView,
  caseCheckinSchema,
  caseCheckinsReply,
  type FamilyCheckinView,
  familyCheckinsReply,
} from "../presenters/checkin-request.js";
import { errorReplies, idParams } from "./schemas.js";

const day = z.iso.date("use a date as YYYY-MM-DD");

const invalid = (message: string, details?: unknown) => new HttpError(400, "invalid_input", message, details);
const iso = (ms: number) => new Date(ms).toISOString();

/** The local dates each (caregiver, instrument) checked in on, and the check-ins themselves, newest first. */
function byPerson(found: CountedCheckIn[], timeZone: string) {
  const out = new Map<string, { on: string; checkIn: CountedCheckIn }[]>();
  for (const c of found) {
    const key = `${c.userId} ${c.instrumentId}`;
    out.set(key, [...(out.get(key) ?? []), { on: localDate(c.completedAt, timeZone), checkIn: c }]);
  }
  return (r: CheckinRequest) => out.get(`${r.caregiver.id} ${r.instrumentId}`) ?? [];
}

/** The earliest moment any of these requests could count a check-in from. */
const earliest = (requests: CheckinRequest[], timeZone: string) =>
  Math.min(
    ...requests.map((r) => startOfDay(occurrences(r.schedule)[0]?.opensOn ?? r.schedule.startsOn, timeZone)),
  );

/**
 * Check-in requests (domain/checkin-request.ts): a clinician asks one caregiver to complete a screening once
 * or on a schedule. The family sees what is due; the clinician sees a result only when the caregiver who
 * answered chose to share it and the family's share covers check-in results. Otherwise the clinician reads
 * "not shared yet", which is the same whether the check-in was done or not.
 */
export const checkinRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { checkinRequests, families, instruments } = app.attune;
  const timeZoneOf = async (familyId: string) => (await families.get(familyId))?.timeZone ?? "UTC";
  const instrumentName = (id: string) => instruments.get(id)?.attune.shortName ?? id;

  app.get(
    "/api/cases/:id/checkins",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "The check-ins this clinician asked the family for, newest first, each with its due dates and whether the latest due one was completed and shared (or just not shared yet)",
          params: idParams,
          response: { 200: caseCheckinsReply, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const timeZone = await timeZoneOf(open.familyId);
        const now = Date.now();
        const today = localDate(now, timeZone);
        const requests = await checkinRequests.list({ caseId: open.id });
        const resultsShared = open.scopes.includes("screenings");
        // Two consents: the share's scope, and each caregiver's own choice per check-in (sharedOnly).
        const shared =
          resultsShared && requests.length
            ? await checkinRequests.completions({
                familyId: open.familyId,
                userIds: [...new Set(requests.map((r) => r.caregiver.id))],
                instrumentIds: [...new Set(requests.map((r) => r.instrumentId))],
                since: earliest(requests, timeZone),
                sharedOnly: true,
              })
            : [];
        const sharedBy = byPerson(shared, timeZone);
        await auditCaseRead(request, open, "checkins");
        const items = requests.map((r): CaseCheckinView => {
          const mine = sharedBy(r);
          const status = checkInStatus(
            r.schedule,
            mine.map((c) => c.on),
            today,
          );
          const latest = status.latest;
          const answer =
            latest && status.latestDone
              ? mine.find((c) => c.on >= latest.opensOn && c.on < latest.closesOn)?.checkIn
              : undefined;
          const open = latest !== null && today < latest.closesOn;
          return {
            id: r.id,
            caregiver: r.caregiver,
            instrumentId: r.instrumentId,
            instrumentName: instrumentName(r.instrumentId),
            schedule: r.schedule,
            dueDates: occurrences(r.schedule).map((o) => o.dueOn),
            latestDueOn: latest?.dueOn ?? null,
            nextDueOn: status.nextDueOn,
            result: latest === null ? "not_due_yet" : answer ? "shared" : "not_shared_yet",
            shared: answer
              ? { screeningId: answer.screeningId, completedAt: iso(answer.completedAt), total: answer.total }
              : null,
            running: r.stoppedAt === null && (open || status.nextDueOn !== null),
            createdAt: iso(r.createdAt),
            stoppedAt: r.stoppedAt === null ? null : iso(r.stoppedAt),
          };
        });
        return { today, resultsShared, items };
      },
    ),
  );

  app.post(
    "/api/cases/:id/checkins",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary: `Ask one caregiver of the family to check in with an instrument this server offers: once (leave everyWeeks out), or every ${MIN_EVERY_WEEKS} to ${MAX_EVERY_WEEKS} weeks until a date or for up to ${MAX_TIMES} times. Dates are the family's local dates; startsOn defaults to their today`,
          params: idParams,
          body: z
            .object({
              caregiverId: z.string().min(1).max(100),
              instrumentId: z.string().min(1).max(50),
              startsOn: day.optional(),
              everyWeeks: z.number().int().min(MIN_EVERY_WEEKS).max(MAX_EVERY_WEEKS).optional(),
              until: day.optional(),
              times: z.number().int().min(1).max(MAX_TIMES).optional(),
            })
            .strict(),
          response: { 201: caseCheckinSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const body = request.body;
        const definition = instruments.get(body.instrumentId);
        if (!definition?.attune.available) {
          const offered = instruments.all.filter((d) => d.attune.available).map((d) => d.id);
          throw invalid(
            `instrumentId: this server does not offer "${body.instrumentId}". Choose one of: ${offered.join(", ")}.`,
            { field: "instrumentId", offered },
          );
        }
        // Unknown people and another family's are answered alike, so nothing is learnt about other families.
        if (!(await families.membership(open.familyId, body.caregiverId)))
          throw invalid(
            "caregiverId: that person is not a caregiver in this family. Choose one of the family's caregivers.",
            { field: "caregiverId" },
          );
        const timeZone = await timeZoneOf(open.familyId);
        const today = localDate(Date.now(), timeZone);
        const schedule: CheckInSchedule = {
          startsOn: body.startsOn ?? today,
          everyWeeks: body.everyWeeks ?? null,
          until: body.until ?? null,
          times: body.times ?? null,
        };
        const problem = scheduleProblem(schedule, today);
        if (problem) throw invalid(problem);
        const made = await checkinRequests.create(
          {
            caseId: open.id,
            familyId: open.familyId,
            clinicianId: actorOf(request).id,
            caregiverId: body.caregiverId,
            instrumentId: definition.id,
            schedule,
          },
          writeAuditOf(request),
        );
        const status = checkInStatus(schedule, [], today);
        return reply.status(201).send({
          id: made.id,
          caregiver: made.caregiver,
          instrumentId: made.instrumentId,
          instrumentName: instrumentName(made.instrumentId),
          schedule: made.schedule,
          dueDates: occurrences(schedule).map((o) => o.dueOn),
          latestDueOn: status.latest?.dueOn ?? null,
          nextDueOn: status.nextDueOn,
          // Nothing can have been shared for a request made this moment.
          result: status.latest === null ? "not_due_yet" : "not_shared_yet",
          shared: null,
          running: true,
          createdAt: iso(made.createdAt),
          stoppedAt: null,
        } satisfies CaseCheckinView);
      },
    ),
  );

  app.delete(
    "/api/cases/:id/checkins/:requestId",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Stop a check-in request: the family is no longer asked. The case keeps it as stopped; stopping it again changes nothing",
          params: z.object({ id: z.string().min(1).max(100), requestId: z.string().min(1).max(100) }),
          response: { 200: z.object({ id: z.string(), stopped: z.literal(true) }), ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const { requestId } = request.params;
        const stopped = await checkinRequests.stop(requestId, open.id, open.familyId, writeAuditOf(request));
        if (!stopped) throw notFound("check_in_request");
        return { id: requestId, stopped: true as const };
      },
    ),
  );

  app.get(
    "/api/families/:id/checkin-requests",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["families"],
        summary:
          "The check-ins the family's clinicians asked for that are still running, for each caregiver: due now, done, or next. Whether one is done is shown only to the caregiver it asks",
        params: idParams,
        response: { 200: familyCheckinsReply, ...errorReplies },
      },
    },
    async (request) => {
      const familyId = request.params.id;
      const actor = actorOf(request);
      const timeZone = await timeZoneOf(familyId);
      const today = localDate(Date.now(), timeZone);
      const [requests, members] = await Promise.all([
        checkinRequests.list({ familyId }),
        families.members(familyId),
      ]);
      // Someone who has left the family is no longer asked here.
      const current = new Set(members.map((m) => m.userId));
      const asked = requests.filter((r) => current.has(r.caregiver.id));
      const own = asked.filter((r) => r.caregiver.id === actor.id);
      const done = byPerson(
        own.length
          ? await checkinRequests.completions({
              familyId,
              userIds: [actor.id],
              instrumentIds: [...new Set(own.map((r) => r.instrumentId))],
              since: earliest(own, timeZone),
              sharedOnly: false,
            })
          : [],
        timeZone,
      );
      const items: FamilyCheckinView[] = [];
      for (const r of asked) {
        const mine = r.caregiver.id === actor.id;
        const status = checkInStatus(r.schedule, mine ? done(r).map((c) => c.on) : [], today);
        const open = status.latest !== null && today < status.latest.closesOn;
        if (!open && status.nextDueOn === null) continue; // every due date has passed
        items.push({
          id: r.id,
          clinician: r.clinician,
          caregiver: r.caregiver,
          mine,
          instrumentId: r.instrumentId,
          instrumentName: instrumentName(r.instrumentId),
          path: `/wellbeing/${r.instrumentId}`,
          everyWeeks: r.schedule.everyWeeks,
          state: mine ? (status.state as "due" | "done" | "upcoming") : null,
          dueOn: open ? (status.latest?.dueOn ?? null) : null,
          nextDueOn: status.nextDueOn,
        });
      }
      return { today, items };
    },
  );
};
