import { type Kysely, sql } from "kysely";
import type { CheckInSchedule } from "../../domain/checkin-request.js";
import type { CheckinRequestsTable, Database } from "../schema.js";

/**
 * What every read of check-in requests (`checkin_requests as r`) shares: the schedule's columns and their
 * reading, and the rule that a request counts only while its family still shares with the clinician who
 * asked. The case's page, the family's page, the family's export and the reminder mailer all read it so.
 */

/** A request's schedule, as the `r` alias selects it. */
export const scheduleColumns = ["r.starts_on", "r.every_weeks", "r.until", "r.times"] as const;

type ScheduleRow = Pick<CheckinRequestsTable, "starts_on" | "every_weeks" | "until" | "times">;

/** The schedule a request row holds (Postgres may hand counts back as text: they are read as numbers). */
export function scheduleOf(r: ScheduleRow): CheckInSchedule {
  return {
    startsOn: r.starts_on,
    everyWeeks: r.every_weeks === null ? null : Number(r.every_weeks),
    until: r.until,
    times: r.times === null ? null : Number(r.times),
  };
}

/**
 * An active share from the request's family to the clinician who asked, for `exists(…)` inside a query
 * over `checkin_requests as r`: after a share ends, no result could reach them, so nothing is asked.
 */
export function shareWithRequester(db: Kysely<Database>, now: number) {
  return db
    .selectFrom("consents")
    .select("consents.id")
    .where("consents.family_id", "=", sql.ref<string>("r.family_id"))
    .where("consents.clinician_id", "=", sql.ref<string>("r.clinician_id"))
    .where("consents.accepted_at", "is not", null)
    .where("consents.revoked_at", "is", null)
    .where("consents.expires_at", ">", now);
}
