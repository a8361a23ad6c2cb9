import type { Kysely } from "kysely";
import type { CheckInSchedule } from "../../domain/checkin-request.js";
import type { Database } from "../schema.js";
import { scheduleColumns, scheduleOf, shareWithRequester } from "./checkin-request-rows.js";
import { pastPosition } from "./keyset.js";

/** A running check-in request, with what a reminder mail to its caregiver needs. */
export interface RunningRequest {
  id: string;
  familyId: string;
  timeZone: string;
  caregiver: { id: string; email: string; name: string };
  clinicianName: string;
  instrumentId: string;
  schedule: CheckInSchedule;
}

/** A caregiver with a baby, for suggested check-ins. */
export interface CaregiverOfBaby {
  userId: string;
  email: string;
  name: string;
  relationship: string;
  familyId: string;
  timeZone: string;
  baby: { id: string; name: string; birthDate: string | null; dueDate: string | null };
}

/** An approved listing owned by an account, last confirmed before some moment. */
export interface ListingToReconfirm {
  id: string;
  name: string;
  confirmedAt: number;
  owner: { id: string; email: string; name: string };
}

const BATCH = 500;

/**
 * The reads the reminder mailer makes on each round, across every family: each a single query over the
 * rows that could be due, in pages of a few hundred, so a round costs a handful of queries, not one per person.
 */
export function remindersDueRepository(db: Kysely<Database>) {
  return {
    /**
     * Running requests whose family still shares with the clinician who asked and whose caregiver is still
     * in the family (what the family's own check-ins page shows), after `afterId`.
     */
    async runningRequests(now: number, afterId = ""): Promise<RunningRequest[]> {
      const rows = await db
        .selectFrom("checkin_requests as r")
        .innerJoin("users as caregiver", "caregiver.id", "r.caregiver_id")
        .innerJoin("users as clinician", "clinician.id", "r.clinician_id")
        .innerJoin("families as f", "f.id", "r.family_id")
        .innerJoin("family_members as m", (j) =>
          j.onRef("m.family_id", "=", "r.family_id").onRef("m.user_id", "=", "r.caregiver_id"),
        )
        .select([
          "r.id",
          "r.family_id",
          "f.time_zone",
          "r.caregiver_id",
          "caregiver.email as caregiver_email",
          "caregiver.name as caregiver_name",
          "clinician.name as clinician_name",
          "r.instrument_id",
          ...scheduleColumns,
        ])
        .where("r.stopped_at", "is", null)
        .where("r.id", ">", afterId)
        .where(({ exists }) => exists(shareWithRequester(db, now)))
        .orderBy("r.id")
        .limit(BATCH)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        familyId: r.family_id,
        timeZone: r.time_zone,
        caregiver: { id: r.caregiver_id, email: r.caregiver_email, name: r.caregiver_name },
        clinicianName: r.clinician_name,
        instrumentId: r.instrument_id,
        schedule: scheduleOf(r),
      }));
    },

    /** Caregivers and their babies, by (user, baby), after the pair `after`; only people with reminders on. */
    async caregiversWithReminders(
      after: { userId: string; babyId: string } | null,
    ): Promise<CaregiverOfBaby[]> {
      let q = db
        .selectFrom("family_members as m")
        .innerJoin("users as u", "u.id", "m.user_id")
        .innerJoin("families as f", "f.id", "m.family_id")
        .innerJoin("babies as b", "b.family_id", "m.family_id")
        .leftJoin("user_preferences as p", "p.user_id", "m.user_id")
        .select([
          "m.user_id",
          "u.email",
          "u.name",
          "m.relationship",
          "m.family_id",
          "f.time_zone",
          "b.id as baby_id",
          "b.name as baby_name",
          "b.birth_date",
          "b.due_date",
        ])
        // No preferences row: the default, which is on.
        .where((eb) => eb.or([eb("p.checkin_reminders", "is", null), eb("p.checkin_reminders", "=", 1)]))
        .orderBy("m.user_id")
        .orderBy("b.id")
        .limit(BATCH);
      if (after)
        q = q.where((eb) => pastPosition(eb, ">", ["m.user_id", "b.id"], [after.userId, after.babyId]));
      return (await q.execute()).map((r) => ({
        userId: r.user_id,
        email: r.email,
        name: r.name,
        relationship: r.relationship,
        familyId: r.family_id,
        timeZone: r.time_zone,
        baby: { id: r.baby_id, name: r.baby_name, birthDate: r.birth_date, dueDate: r.due_date },
      }));
    },

    /** The check-ins (instrument, completed at) each of these people made about themself or these babies. */
    async checkInsOf(
      userIds: string[],
      since: number,
    ): Promise<
      {
        userId: string;
        babyId: string | null;
        familyId: string | null;
        instrumentId: string;
        completedAt: number;
      }[]
    > {
      if (!userIds.length) return [];
      const rows = await db
        .selectFrom("screenings")
        .select(["user_id", "baby_id", "instrument_id", "completed_at", "family_id"])
        .where("user_id", "in", userIds)
        .where("completed_at", ">=", since)
        .execute();
      return rows.map((r) => ({
        userId: r.user_id,
        babyId: r.baby_id,
        familyId: r.family_id,
        instrumentId: r.instrument_id,
        completedAt: Number(r.completed_at),
      }));
    },

    /** Approved listings with an owner, last confirmed at or before `confirmedBefore`, after `afterId`. */
    async listingsToReconfirm(confirmedBefore: number, afterId = ""): Promise<ListingToReconfirm[]> {
      const rows = await db
        .selectFrom("directory_providers as l")
        .innerJoin("users as u", "u.id", "l.owner_id")
        .select(["l.id", "l.name", "l.confirmed_at", "u.id as owner_id", "u.email", "u.name as owner_name"])
        .where("l.status", "=", "approved")
        .where("l.confirmed_at", "<=", confirmedBefore)
        .where("l.id", ">", afterId)
        .orderBy("l.id")
        .limit(BATCH)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        confirmedAt: Number(r.confirmed_at),
        owner: { id: r.owner_id, email: r.email, name: r.owner_name },
      }));
    },
  };
}
export type RemindersDueRepository = ReturnType<typeof remindersDueRepository>;
