import type { SafetyFlag } from "../../domain/screening/score.js";

/** How long a flagged answer stays in front of the clinician on the caseload. */
export const SAFETY_FLAG_DAYS = 60;
const DAY_MS = 86_400_000;

/** A shared result's safety answers, as the caseload shows them. */
export interface CaseSafetyFlag {
  userId: string;
  instrumentId: string;
  completedAt: number;
  flags: SafetyFlag[];
}

/** The earliest completion time whose safety answers still show on the caseload. */
export const safetyFlagsSince = (now: number) => now - SAFETY_FLAG_DAYS * DAY_MS;

/**
 * The safety answers in one shared result if they still show: the one rule for both the caseload's order
 * ("needing attention first") and what each case on the page lists, so the two never disagree.
 */
export function recentSafetyFlag(
  row: { user_id: string; instrument_id: string; completed_at: number; result: string },
  now: number,
): CaseSafetyFlag | null {
  const completedAt = Number(row.completed_at);
  if (completedAt <= safetyFlagsSince(now)) return null;
  const flags = (JSON.parse(row.result) as { flags?: SafetyFlag[] }).flags ?? [];
  if (!flags.length) return null;
  return { userId: row.user_id, instrumentId: row.instrument_id, completedAt, flags };
}
