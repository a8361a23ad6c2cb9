import type { Expression, ExpressionBuilder, Kysely } from "kysely";
import { inChunks, readInChunks } from "../in-chunks.js";
import type { CheckinRequestsTable, Database } from "../schema.js";
import { type Baby, toBaby } from "./babies.js";
import type { OpenCase } from "./cases.js";
import { scheduleColumns } from "./checkin-request-rows.js";
import { caregiversWithNames } from "./families.js";

/**
 * Case-scoped reads: every read a clinician makes of a family's data through an open case (the caseload,
 * the case's summary, charts, visit summary, check-ins due and FHIR export) goes through here.
 *
 * THE rule for which check-in results a clinician may see is written once, in this module:
 * 1. the share: an `OpenCase` exists only while the family has an active share with the clinician
 *    (accepted, not revoked, not expired: `casesRepository`, checked from the database on every request),
 *    and results are read only for a case whose shares cover the "screenings" scope (`seesScreenings`);
 * 2. the result: the caregiver who answered chose to share it with clinicians (`for_clinicians`), is a
 *    caregiver of the family now, and it belongs to the family: a check-in about oneself is kept without a
 *    family and belongs to each family one is in; one kept with a family belongs to that family only
 *    (`sharedScreenings`, and `sharedWithClinicians` for a read that names the family itself).
 *
 * Unsharing a result, or ending the share, hides it everywhere from the next request.
 */

/** Part 1 of the rule: a case sees results only while its active shares cover "screenings". */
export const seesScreenings = (c: OpenCase) => c.scopes.includes("screenings");

/** A case shows its family's last activity only when a share covers the log ("entries" or "moments"). */
export const seesLog = (c: OpenCase) => c.scopes.includes("entries") || c.scopes.includes("moments");

/**
 * Part 2 of the rule for one result row, against the family it is read for (a column reference or an id):
 * shared with clinicians, and kept without a family or with that family.
 */
export function sharedWithClinicians(
  eb: ExpressionBuilder<Database, "screenings">,
  family: Expression<string> | string,
) {
  return eb.and([
    eb("screenings.for_clinicians", "=", 1),
    eb.or([eb("screenings.family_id", "is", null), eb("screenings.family_id", "=", family)]),
  ]);
}

/**
 * The results these families' clinicians may see (part 2 of the rule), one row per result and family, with
 * `family_members.family_id` the family it is read for. The caller adds its columns and passes only the
 * families of cases that `seesScreenings`.
 */
export function sharedScreenings(db: Kysely<Database>, familyIds: string[]) {
  return db
    .selectFrom("screenings")
    .innerJoin("family_members", "family_members.user_id", "screenings.user_id")
    .where("family_members.family_id", "in", familyIds)
    .where((eb) => sharedWithClinicians(eb, eb.ref("family_members.family_id")));
}

/**
 * The shared results of one family with who answered each, oldest first: what the case's charts and its
 * visit summary both read. The caller narrows it (period, baby) and must have checked the "screenings" scope.
 */
export function sharedResultsWithAuthor(db: Kysely<Database>, familyId: string) {
  return sharedScreenings(db, [familyId])
    .innerJoin("users", "users.id", "screenings.user_id")
    .select([
      "screenings.id",
      "screenings.user_id",
      "users.name",
      "screenings.baby_id",
      "screenings.instrument_id",
      "screenings.completed_at",
      "screenings.total",
      "screenings.result",
    ])
    .orderBy("screenings.completed_at", "asc")
    .orderBy("screenings.id", "asc");
}

const unique = (list: string[]) => [...new Set(list)];
/** The families of these cases whose shares cover "screenings": the only ones whose results are read. */
const screeningFamilies = (cases: OpenCase[]) => unique(cases.filter(seesScreenings).map((c) => c.familyId));

export interface SharedResultRow {
  family_id: string;
  user_id: string;
  instrument_id: string;
  completed_at: number;
  total: number;
  result: string;
}

export type RunningRequestRow = Pick<
  CheckinRequestsTable,
  | "id"
  | "case_id"
  | "family_id"
  | "caregiver_id"
  | "instrument_id"
  | "starts_on"
  | "every_weeks"
  | "until"
  | "times"
>;

export interface CaseAuditEventRow {
  id: string;
  at: number;
  action: string;
  ip: string | null;
  details: string | null;
}

/**
 * The reads behind a clinician's caseload and cases. Every list of ids is read in slices of 500, so a
 * caseload of two thousand families costs a few queries per slice, never a few per case.
 */
export function caseReadsRepository(db: Kysely<Database>) {
  return {
    /** Each family's name and time zone. */
    async families(familyIds: string[]) {
      return readInChunks(familyIds, (ids) =>
        db.selectFrom("families").select(["id", "name", "time_zone"]).where("id", "in", ids).execute(),
      );
    },

    /** The caregivers of these families now, with their names, in the order they joined. */
    async caregivers(familyIds: string[]) {
      return readInChunks(familyIds, (ids) =>
        caregiversWithNames(db).where("family_members.family_id", "in", ids).execute(),
      );
    },

    /** The babies of these families, oldest record first. */
    async babies(familyIds: string[]): Promise<Baby[]> {
      const rows = await readInChunks(familyIds, (ids) =>
        db.selectFrom("babies").selectAll().where("family_id", "in", ids).orderBy("created_at").execute(),
      );
      return rows.map(toBaby);
    },

    /** Only the names of these families' babies (for the caseload's search). */
    async babyNames(familyIds: string[]) {
      return readInChunks(familyIds, (ids) =>
        db.selectFrom("babies").select(["family_id", "name"]).where("family_id", "in", ids).execute(),
      );
    },

    /** The latest change to each family's log, for the cases that may see it (`seesLog`). */
    async lastActivity(cases: OpenCase[]): Promise<Map<string, number>> {
      const activity = new Map<string, number>();
      for (const ids of inChunks(unique(cases.filter(seesLog).map((c) => c.familyId)))) {
        // One index seek per family (entries_family_updated, migration 0016), not a group-by over every entry
        // the families ever logged: that read grows with each family's history and was most of a caseload's time.
        const rows = await db
          .selectFrom("families")
          .select([
            "families.id as family_id",
            (eb) =>
              eb
                .selectFrom("entries")
                .select((e) => e.fn.max("entries.updated_at").as("last"))
                .whereRef("entries.family_id", "=", "families.id")
                .as("last"),
          ])
          .where("families.id", "in", ids)
          .execute();
        for (const r of rows) if (r.last !== null) activity.set(r.family_id, Number(r.last));
      }
      return activity;
    },

    /**
     * The shared results of these cases' families (only cases that see screenings), newest first, completed
     * after `after` when given.
     */
    async sharedResults(cases: OpenCase[], opts: { after?: number } = {}): Promise<SharedResultRow[]> {
      const rows: SharedResultRow[] = [];
      for (const ids of inChunks(screeningFamilies(cases))) {
        let q = sharedScreenings(db, ids).select([
          "family_members.family_id",
          "screenings.user_id",
          "screenings.instrument_id",
          "screenings.completed_at",
          "screenings.total",
          "screenings.result",
        ]);
        if (opts.after !== undefined) q = q.where("screenings.completed_at", ">", opts.after);
        rows.push(...(await q.orderBy("screenings.completed_at", "desc").execute()));
      }
      return rows;
    },

    /** The ids of one case's shared results, newest first; none unless the case sees screenings. */
    async sharedScreeningIds(open: OpenCase): Promise<string[]> {
      if (!seesScreenings(open)) return [];
      const rows = await sharedScreenings(db, [open.familyId])
        .select("screenings.id")
        .orderBy("screenings.completed_at", "desc")
        .execute();
      return rows.map((r) => r.id);
    },

    /**
     * The shared results (only of cases that see screenings) of these caregivers in these families, with these
     * instruments, completed since `since`: one row per result and family it counts in, what can answer a
     * clinician's check-in request.
     */
    async sharedCompletions(
      cases: OpenCase[],
      opts: { caregivers: { familyId: string; userId: string }[]; instrumentIds: string[]; since: number },
    ) {
      const rows: { family_id: string; user_id: string; instrument_id: string; completed_at: number }[] = [];
      if (!opts.caregivers.length || !opts.instrumentIds.length) return rows;
      for (const ids of inChunks(screeningFamilies(cases))) {
        const inChunk = new Set(ids);
        const userIds = unique(opts.caregivers.filter((g) => inChunk.has(g.familyId)).map((g) => g.userId));
        for (const users of inChunks(userIds))
          rows.push(
            ...(await sharedScreenings(db, ids)
              .select([
                "family_members.family_id",
                "screenings.user_id",
                "screenings.instrument_id",
                "screenings.completed_at",
              ])
              .where("screenings.user_id", "in", users)
              .where("screenings.instrument_id", "in", opts.instrumentIds)
              .where("screenings.completed_at", ">=", opts.since)
              .execute()),
          );
      }
      return rows;
    },

    /** The check-in requests of these cases that have not been stopped. */
    async runningRequests(caseIds: string[]): Promise<RunningRequestRow[]> {
      return readInChunks(caseIds, (ids) =>
        db
          .selectFrom("checkin_requests as r")
          .select([
            "r.id",
            "r.case_id",
            "r.family_id",
            "r.caregiver_id",
            "r.instrument_id",
            ...scheduleColumns,
          ])
          .where("r.case_id", "in", ids)
          .where("r.stopped_at", "is", null)
          .execute(),
      );
    },

    /** This case's clinician's own reads and writes of it, newest first. */
    async caseAudit(open: OpenCase, limit: number): Promise<CaseAuditEventRow[]> {
      return db
        .selectFrom("audit_events")
        .select(["id", "at", "action", "ip", "details"])
        .where("family_id", "=", open.familyId)
        .where("subject_type", "=", "case")
        .where("subject_id", "=", open.id)
        .where("actor_id", "=", open.clinicianId)
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
    },
  };
}
export type CaseReadsRepository = ReturnType<typeof caseReadsRepository>;
