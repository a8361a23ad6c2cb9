import type { Kysely } from "kysely";
import type { CheckInSchedule } from "../../domain/checkin-request.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";
import { caseItemColumns, caseItemOf } from "./case-items.js";
import { sharedWithClinicians } from "./case-reads.js";
import { recordCaseWrite, type WriteAudit } from "./case-write-audit.js";
import { scheduleColumns, scheduleOf, shareWithRequester } from "./checkin-request-rows.js";

/** A clinician's request that one caregiver check in, as read back. */
export interface CheckinRequest {
  id: string;
  caseId: string;
  familyId: string;
  clinician: { id: string; name: string } | null;
  caregiver: { id: string; name: string };
  instrumentId: string;
  schedule: CheckInSchedule;
  createdAt: number;
  stoppedAt: number | null;
}

export interface NewCheckinRequest {
  caseId: string;
  familyId: string;
  clinicianId: string;
  caregiverId: string;
  instrumentId: string;
  schedule: CheckInSchedule;
}

/** A completed check-in that may count for a request. */
export interface CountedCheckIn {
  screeningId: string;
  userId: string;
  instrumentId: string;
  completedAt: number;
  total: number;
}

/** Requests per case are a handful; this only bounds a runaway case. */
const REQUEST_LIMIT = 500;

/** Requests with the names they are shown with (the caregiver asked, the clinician who asked). */
export function requestsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom("checkin_requests as r")
    .innerJoin("users as caregiver", "caregiver.id", "r.caregiver_id")
    .leftJoin("users as clinician", "clinician.id", "r.clinician_id")
    .select([
      ...caseItemColumns("r"),
      "r.caregiver_id",
      "caregiver.name as caregiver_name",
      "r.instrument_id",
      ...scheduleColumns,
      "r.created_at",
      "r.stopped_at",
    ]);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestsWithNames>["executeTakeFirstOrThrow"]>>;

export const toCheckinRequest = (r: RequestRow): CheckinRequest => ({
  ...caseItemOf(r),
  caregiver: { id: r.caregiver_id, name: r.caregiver_name },
  instrumentId: r.instrument_id,
  schedule: scheduleOf(r),
  createdAt: Number(r.created_at),
  stoppedAt: r.stopped_at === null ? null : Number(r.stopped_at),
});

/**
 * Check-in requests. What a request has produced is never stored on it: it is read from the caregiver's
 * screenings each time, and for a clinician only from those the caregiver chose to share (`for_clinicians`,
 * by the one rule in case-reads.ts), so a check-in they keep to themself cannot show through a request.
 */
export function checkinRequestsRepository(db: Kysely<Database>) {
  async function get(id: string): Promise<CheckinRequest | undefined> {
    const row = await requestsWithNames(db).where("r.id", "=", id).executeTakeFirst();
    return row ? toCheckinRequest(row) : undefined;
  }

  return {
    get,

    /** A new request and its line in the family's access log, in one transaction. */
    async create(input: NewCheckinRequest, audit: WriteAudit, now = Date.now()): Promise<CheckinRequest> {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("checkin_requests")
          .values({
            id,
            case_id: input.caseId,
            family_id: input.familyId,
            clinician_id: input.clinicianId,
            caregiver_id: input.caregiverId,
            instrument_id: input.instrumentId,
            starts_on: input.schedule.startsOn,
            every_weeks: input.schedule.everyWeeks,
            until: input.schedule.until,
            times: input.schedule.times,
            created_at: now,
            stopped_at: null,
            stopped_by: null,
          })
          .execute();
        await recordCaseWrite(tx, input, "checkins", "create", audit, now, {
          requestId: id,
          instrumentId: input.instrumentId,
        });
      });
      return (await get(id)) as CheckinRequest;
    },

    /**
     * Newest first: a case's requests (stopped ones too), or a family's running ones. The family is asked
     * only while it shares with the clinician who asked: after a share ends no result could reach them.
     */
    async list(by: { caseId: string } | { familyId: string; now?: number }): Promise<CheckinRequest[]> {
      const q = requestsWithNames(db).orderBy("r.id", "desc").limit(REQUEST_LIMIT);
      if ("caseId" in by) return (await q.where("r.case_id", "=", by.caseId).execute()).map(toCheckinRequest);
      const now = by.now ?? Date.now();
      const rows = await q
        .where("r.family_id", "=", by.familyId)
        .where("r.stopped_at", "is", null)
        .where(({ exists }) => exists(shareWithRequester(db, now)))
        .execute();
      return rows.map(toCheckinRequest);
    },

    /** Stop a running request of this case; stopping it again changes nothing. False if there is none. */
    async stop(id: string, caseId: string, familyId: string, audit: WriteAudit, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        const found = await tx
          .selectFrom("checkin_requests")
          .select(["id", "stopped_at"])
          .where("id", "=", id)
          .where("case_id", "=", caseId)
          .executeTakeFirst();
        if (!found) return false;
        if (found.stopped_at !== null) return true;
        await tx
          .updateTable("checkin_requests")
          .set({ stopped_at: now, stopped_by: audit.actorId })
          .where("id", "=", id)
          .execute();
        await recordCaseWrite(tx, { caseId, familyId }, "checkins", "stop", audit, now, { requestId: id });
        return true;
      });
    },

    /**
     * The check-ins these caregivers completed since `since` with these instruments that belong to the family:
     * about a baby of the family, or about themself (kept without a family, so in every family they are in).
     * `sharedOnly` keeps only those the caregiver chose to show clinicians: what a clinician's view is built
     * from, so nothing else is even read for it.
     */
    async completions(opts: {
      familyId: string;
      userIds: string[];
      instrumentIds: string[];
      since: number;
      sharedOnly: boolean;
    }): Promise<CountedCheckIn[]> {
      if (!opts.userIds.length || !opts.instrumentIds.length) return [];
      let q = db
        .selectFrom("screenings")
        .select(["id", "user_id", "instrument_id", "completed_at", "total"])
        .where("user_id", "in", opts.userIds)
        .where("instrument_id", "in", opts.instrumentIds)
        .where("completed_at", ">=", opts.since)
        .orderBy("completed_at", "desc");
      // A clinician's view applies the one rule for shared results (case-reads.ts); the family sees all of
      // its own: about a baby of the family, or kept without a family.
      q = opts.sharedOnly
        ? q.where((eb) => sharedWithClinicians(eb, opts.familyId))
        : q.where((eb) => eb.or([eb("family_id", "is", null), eb("family_id", "=", opts.familyId)]));
      return (await q.execute()).map((r) => ({
        screeningId: r.id,
        userId: r.user_id,
        instrumentId: r.instrument_id,
        completedAt: Number(r.completed_at),
        total: Number(r.total),
      }));
    },
  };
}
export type CheckinRequestsRepository = ReturnType<typeof checkinRequestsRepository>;
