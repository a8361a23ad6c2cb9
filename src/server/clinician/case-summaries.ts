import type { Baby } from "../../db/repositories/babies.js";
import { type CaseReadsRepository, seesLog, seesScreenings } from "../../db/repositories/case-reads.js";
import type { OpenCase } from "../../db/repositories/cases.js";
import { type CheckinDue, checkinsDue, type FamilyClock } from "./checkins-due.js";
import { type CaseSafetyFlag, recentSafetyFlag } from "./safety-flags.js";

export interface ScreeningTrend {
  instrumentId: string;
  /** Who answered it: a caregiver of the family. */
  userId: string;
  latest: { total: number; completedAt: number };
  previous: { total: number; completedAt: number } | null;
}

export interface CaseSummary {
  openCase: OpenCase;
  familyName: string;
  /** The family's time zone: its days, and so its log's days, begin and end there. */
  timeZone: string;
  babies: Baby[];
  caregivers: { userId: string; name: string; relationship: string }[];
  /** The latest change to the shared log (scope "entries" or "moments"), or null. */
  lastActivityAt: number | null;
  /** Per caregiver and instrument, the latest shared result and the one before (scope "screenings"). */
  screenings: ScreeningTrend[];
  /** Safety flags in shared results from the last 60 days. */
  safetyFlags: CaseSafetyFlag[];
  /** The clinician's requested check-ins open now (or overdue) that no shared result has answered. */
  checkinsDue: CheckinDue[];
}

/**
 * What a caseload shows for each open case, in a handful of queries for the whole caseload (never a few
 * per case: a clinician may hold two thousand). Shared results only: a screening appears when the caregiver
 * who answered it chose to share it with clinicians, and only under a share with the "screenings" scope.
 */
export async function caseSummaries(reads: CaseReadsRepository, cases: OpenCase[], now = Date.now()) {
  const familyIds = [...new Set(cases.map((c) => c.familyId))];
  const families = new Map<string, string>();
  const timeZones = new Map<string, string>();
  const clocks = new Map<string, FamilyClock>();
  const babies = new Map<string, Baby[]>();
  const caregivers = new Map<string, CaseSummary["caregivers"]>();

  const [familyRows, babyList, memberRows, screeningRows] = await Promise.all([
    reads.families(familyIds),
    reads.babies(familyIds),
    reads.caregivers(familyIds),
    // Shared results only, by the one rule (db/repositories/case-reads.ts), newest first.
    reads.sharedResults(cases),
  ]);
  for (const f of familyRows) {
    families.set(f.id, f.name);
    timeZones.set(f.id, f.time_zone);
  }
  for (const b of babyList) babies.set(b.familyId, [...(babies.get(b.familyId) ?? []), b]);
  for (const m of memberRows)
    caregivers.set(m.family_id, [
      ...(caregivers.get(m.family_id) ?? []),
      { userId: m.user_id, name: m.name, relationship: m.relationship },
    ]);
  for (const [familyId, timeZone] of timeZones)
    clocks.set(familyId, {
      timeZone,
      caregiverIds: new Set((caregivers.get(familyId) ?? []).map((g) => g.userId)),
    });
  const [due, activity] = await Promise.all([
    checkinsDue(reads, cases, clocks, now),
    reads.lastActivity(cases),
  ]);

  const trends = new Map<string, ScreeningTrend[]>();
  const flags = new Map<string, CaseSummary["safetyFlags"]>();
  for (const r of screeningRows) {
    const list = trends.get(r.family_id) ?? [];
    const known = list.find((t) => t.instrumentId === r.instrument_id && t.userId === r.user_id);
    const point = { total: Number(r.total), completedAt: Number(r.completed_at) };
    if (!known)
      list.push({ instrumentId: r.instrument_id, userId: r.user_id, latest: point, previous: null });
    else if (!known.previous) known.previous = point;
    trends.set(r.family_id, list);
    const flag = recentSafetyFlag(r, now);
    if (flag) flags.set(r.family_id, [...(flags.get(r.family_id) ?? []), flag]);
  }

  return cases.map(
    (c): CaseSummary => ({
      openCase: c,
      familyName: families.get(c.familyId) ?? "",
      timeZone: timeZones.get(c.familyId) ?? "UTC",
      babies: babies.get(c.familyId) ?? [],
      caregivers: caregivers.get(c.familyId) ?? [],
      lastActivityAt: seesLog(c) ? (activity.get(c.familyId) ?? null) : null,
      screenings: seesScreenings(c) ? (trends.get(c.familyId) ?? []) : [],
      safetyFlags: seesScreenings(c) ? (flags.get(c.familyId) ?? []) : [],
      checkinsDue: due.get(c.id) ?? [],
    }),
  );
}
