import { type CaseReadsRepository, seesLog, seesScreenings } from "../../db/repositories/case-reads.js";
import type { OpenCase } from "../../db/repositories/cases.js";
import { foldText } from "../../domain/text.js";
import { type CheckinDue, checkinsDue, type FamilyClock } from "./checkins-due.js";
import { recentSafetyFlag, safetyFlagsSince } from "./safety-flags.js";

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
  reads: CaseReadsRepository,
  cases: OpenCase[],
  wanted: KeysWanted,
  now = Date.now(),
): Promise<CaseloadKeys[]> {
  const familyIds = [...new Set(cases.map((c) => c.familyId))];
  const families = new Map<string, { name: string; timeZone: string }>();
  const people = new Map<string, { userId: string; name: string }[]>();
  const babyNames = new Map<string, string[]>();
  const flagged = new Map<string, number>();

  const familyFacts = async () => {
    const [familyRows, memberRows, babyRows] = await Promise.all([
      reads.families(familyIds),
      wanted.checkinsDue || wanted.names ? reads.caregivers(familyIds) : [],
      wanted.names ? reads.babyNames(familyIds) : [],
    ]);
    for (const f of familyRows) families.set(f.id, { name: f.name, timeZone: f.time_zone });
    for (const m of memberRows) append(people, m.family_id, { userId: m.user_id, name: m.name });
    for (const b of babyRows) append(babyNames, b.family_id, b.name);
  };

  const recentFlags = async () => {
    // Shared results only, by the one rule (db/repositories/case-reads.ts).
    for (const r of await reads.sharedResults(cases, { after: safetyFlagsSince(now) }))
      if (recentSafetyFlag(r, now)) flagged.set(r.family_id, (flagged.get(r.family_id) ?? 0) + 1);
  };

  const [activity] = await Promise.all([reads.lastActivity(cases), familyFacts(), recentFlags()]);

  let due = new Map<string, CheckinDue[]>();
  if (wanted.checkinsDue) {
    const clocks = new Map<string, FamilyClock>();
    for (const [familyId, family] of families)
      clocks.set(familyId, {
        timeZone: family.timeZone,
        caregiverIds: new Set((people.get(familyId) ?? []).map((p) => p.userId)),
      });
    due = await checkinsDue(reads, cases, clocks, now);
  }

  return cases.map((c) => {
    const familyName = families.get(c.familyId)?.name ?? "";
    return {
      openCase: c,
      familyName,
      lastActivityAt: seesLog(c) ? (activity.get(c.familyId) ?? null) : null,
      safetyFlags: seesScreenings(c) ? (flagged.get(c.familyId) ?? 0) : 0,
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
