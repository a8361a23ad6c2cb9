import type { Kysely } from "kysely";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { Database } from "../../db/schema.js";
import { foldText } from "../../domain/directory/search-text.js";
import { type CheckinDue, checkinsDue, type FamilyClock } from "./checkins-due.js";
import { inChunks } from "./in-chunks.js";
import { lastActivity, seesLog } from "./last-activity.js";
import { recentSafetyFlag, safetyFlagsSince } from "./safety-flags.js";
import { sharedScreenings } from "./shared-screenings.js";

/** What the caseload sorts and filters every case by, before it builds the full summary of one page. */
export interface CaseloadKeys {
  openCase: OpenCase;
  familyName: string;
  lastActivityAt: number | null;
  /** Shared results with a safety answer from the last 60 days. */
  safetyFlags: number;
  /** Empty unless asked for: reading them costs two queries per 500 cases. */
  checkinsDue: CheckinDue[];
  /** The family's, babies' and caregivers' names, folded for search; empty unless asked for. */
  names: string;
}

export interface KeysWanted {
  checkinsDue: boolean;
  names: boolean;
}

const append = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/**
 * The first of the caseload's two passes: a few narrow queries over every open case (names, last activity,
 * how many recent safety answers, and only when the request needs them, check-ins due and every name to
 * search), so that a clinician holding two thousand families pays for full summaries of the hundred shown.
 */
export async function caseloadKeys(
  db: Kysely<Database>,
  cases: OpenCase[],
  wanted: KeysWanted,
  now = Date.now(),
): Promise<CaseloadKeys[]> {
  const familyIds = [...new Set(cases.map((c) => c.familyId))];
  const screeningFamilies = [
    ...new Set(cases.filter((c) => c.scopes.includes("screenings")).map((c) => c.familyId)),
  ];
  const families = new Map<string, { name: string; timeZone: string }>();
  const people = new Map<string, { userId: string; name: string }[]>();
  const babyNames = new Map<string, string[]>();
  const flagged = new Map<string, number>();

  const familyFacts = async () => {
    for (const ids of inChunks(familyIds)) {
      const [familyRows, memberRows, babyRows] = await Promise.all([
        db.selectFrom("families").select(["id", "name", "time_zone"]).where("id", "in", ids).execute(),
        wanted.checkinsDue || wanted.names
          ? db
              .selectFrom("family_members")
              .innerJoin("users", "users.id", "family_members.user_id")
              .select(["family_members.family_id", "family_members.user_id", "users.name"])
              .where("family_members.family_id", "in", ids)
              .execute()
          : [],
        wanted.names
          ? db.selectFrom("babies").select(["family_id", "name"]).where("family_id", "in", ids).execute()
          : [],
      ]);
      for (const f of familyRows) families.set(f.id, { name: f.name, timeZone: f.time_zone });
      for (const m of memberRows) append(people, m.family_id, { userId: m.user_id, name: m.name });
      for (const b of babyRows) append(babyNames, b.family_id, b.name);
    }
  };

  const recentFlags = async () => {
    for (const ids of inChunks(screeningFamilies)) {
      const rows = await sharedScreenings(db, ids)
        .select([
          "family_members.family_id",
          "screenings.user_id",
          "screenings.instrument_id",
          "screenings.completed_at",
          "screenings.result",
        ])
        .where("screenings.completed_at", ">", safetyFlagsSince(now))
        .execute();
      for (const r of rows)
        if (recentSafetyFlag(r, now)) flagged.set(r.family_id, (flagged.get(r.family_id) ?? 0) + 1);
    }
  };

  const [activity] = await Promise.all([lastActivity(db, cases), familyFacts(), recentFlags()]);

  let due = new Map<string, CheckinDue[]>();
  if (wanted.checkinsDue) {
    const clocks = new Map<string, FamilyClock>();
    for (const [familyId, family] of families)
      clocks.set(familyId, {
        timeZone: family.timeZone,
        caregiverIds: new Set((people.get(familyId) ?? []).map((p) => p.userId)),
      });
    due = await checkinsDue(db, cases, clocks, now);
  }

  return cases.map((c) => {
    const familyName = families.get(c.familyId)?.name ?? "";
    return {
      openCase: c,
      familyName,
      lastActivityAt: seesLog(c) ? (activity.get(c.familyId) ?? null) : null,
      safetyFlags: c.scopes.includes("screenings") ? (flagged.get(c.familyId) ?? 0) : 0,
      checkinsDue: due.get(c.id) ?? [],
      names: wanted.names
        ? foldText(
            [
              familyName,
              ...(babyNames.get(c.familyId) ?? []),
              ...(people.get(c.familyId) ?? []).map((p) => p.name),
            ].join(" "),
          )
        : "",
    };
  });
}
