import { type CaseReadsRepository, seesScreenings } from "../../db/repositories/case-reads.js";
import type { OpenCase } from "../../db/repositories/cases.js";
import { type CheckInSchedule, checkInStatus, type Occurrence } from "../../domain/checkin-request.js";
import { localDate, startOfDay } from "../../domain/time.js";

/** A check-in the clinician asked for whose window is open now and that no shared result has answered. */
export interface CheckinDue {
  requestId: string;
  instrumentId: string;
  caregiverId: string;
  /** The due date of the open window, in the family's time zone. */
  dueOn: string;
  /** The family's today is past that date (the window is still open: nothing is ever "missed"). */
  overdue: boolean;
}

/** What the caseload already knows of each family: its time zone and who is a caregiver in it now. */
export interface FamilyClock {
  timeZone: string;
  caregiverIds: ReadonlySet<string>;
}

interface Candidate {
  caseId: string;
  familyId: string;
  requestId: string;
  caregiverId: string;
  instrumentId: string;
  schedule: CheckInSchedule;
  today: string;
  window: Occurrence;
}

/**
 * The check-ins due on every open case, in two queries per 500 cases whatever the caseload's size: the
 * running requests, then the shared results that could answer the ones whose window is open. Where a
 * request stands comes from the domain (checkInStatus), as on the case's own check-ins page, so the two
 * always agree. Only results the caregiver chose to share, under a share with the "screenings" scope, can
 * answer a request: otherwise the clinician reads it as due, the same whether it was done or not.
 */
export async function checkinsDue(
  reads: CaseReadsRepository,
  cases: OpenCase[],
  families: ReadonlyMap<string, FamilyClock>,
  now = Date.now(),
): Promise<Map<string, CheckinDue[]>> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  // Formatting a date in a time zone is the dearest step here; a caseload has few zones and one today each.
  const todays = new Map<string, string>();
  const todayIn = (timeZone: string) => {
    const known = todays.get(timeZone);
    if (known) return known;
    const today = localDate(now, timeZone);
    todays.set(timeZone, today);
    return today;
  };
  const candidates: Candidate[] = [];
  for (const r of await reads.runningRequests([...byId.keys()])) {
    const family = families.get(r.family_id);
    // Someone who has left the family is no longer asked, so nothing is due from them.
    if (!family?.caregiverIds.has(r.caregiver_id)) continue;
    const schedule: CheckInSchedule = {
      startsOn: r.starts_on,
      everyWeeks: r.every_weeks === null ? null : Number(r.every_weeks),
      until: r.until,
      times: r.times === null ? null : Number(r.times),
    };
    const today = todayIn(family.timeZone);
    // Without any check-in counted, "due" means a window is open now; only those can be due at all.
    const status = checkInStatus(schedule, [], today);
    if (status.state !== "due" || !status.latest) continue;
    candidates.push({
      caseId: r.case_id,
      familyId: r.family_id,
      requestId: r.id,
      caregiverId: r.caregiver_id,
      instrumentId: r.instrument_id,
      schedule,
      today,
      window: status.latest,
    });
  }

  const answerable = candidates.filter((c) => {
    const open = byId.get(c.caseId);
    return open !== undefined && seesScreenings(open);
  });
  const completedOn = new Map<Candidate, string[]>();
  if (answerable.length) {
    // Nothing before the earliest open window can count, so older results are never read.
    const since = Math.min(
      ...answerable.map((c) => startOfDay(c.window.opensOn, families.get(c.familyId)?.timeZone ?? "UTC")),
    );
    const wanted = new Map<string, Candidate[]>();
    for (const c of answerable) {
      const key = `${c.familyId} ${c.caregiverId} ${c.instrumentId}`;
      wanted.set(key, [...(wanted.get(key) ?? []), c]);
    }
    // Only results the one rule for shared results lets the case see (case-reads.ts), each read for the
    // family it counts in.
    const rows = await reads.sharedCompletions(
      [...new Set(answerable.map((c) => byId.get(c.caseId) as OpenCase))],
      {
        caregivers: answerable.map((c) => ({ familyId: c.familyId, userId: c.caregiverId })),
        instrumentIds: [...new Set(answerable.map((c) => c.instrumentId))],
        since,
      },
    );
    for (const s of rows)
      for (const c of wanted.get(`${s.family_id} ${s.user_id} ${s.instrument_id}`) ?? []) {
        const on = localDate(Number(s.completed_at), families.get(c.familyId)?.timeZone ?? "UTC");
        completedOn.set(c, [...(completedOn.get(c) ?? []), on]);
      }
  }

  const due = new Map<string, CheckinDue[]>();
  for (const c of candidates) {
    const answers = completedOn.get(c);
    if (answers && checkInStatus(c.schedule, answers, c.today).state !== "due") continue;
    due.set(c.caseId, [
      ...(due.get(c.caseId) ?? []),
      {
        requestId: c.requestId,
        instrumentId: c.instrumentId,
        caregiverId: c.caregiverId,
        dueOn: c.window.dueOn,
        overdue: c.today > c.window.dueOn,
      },
    ]);
  }
  for (const list of due.values())
    list.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.requestId.localeCompare(b.requestId));
  return due;
}
