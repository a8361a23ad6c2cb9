import type { CaseloadKeys } from "./caseload-keys.js";

export const caseloadSorts = ["attention", "activity", "name", "ending", "due"] as const;
export type CaseloadSort = (typeof caseloadSorts)[number];

/** Latest first; a case with no activity it may see goes last. */
const latestFirst = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;
const overdue = (k: CaseloadKeys) => k.checkinsDue.filter((d) => d.overdue).length;

const orderings: Record<CaseloadSort, (a: CaseloadKeys, b: CaseloadKeys) => number> = {
  // Safety flags first, then the most recently active: who might need the clinician soonest.
  attention: (a, b) => b.safetyFlags - a.safetyFlags || latestFirst(a.lastActivityAt, b.lastActivityAt),
  activity: (a, b) => latestFirst(a.lastActivityAt, b.lastActivityAt),
  name: (a, b) => a.familyName.localeCompare(b.familyName),
  ending: (a, b) => a.openCase.sharedUntil - b.openCase.sharedUntil,
  // Overdue check-ins first, then those due now (most first), then the longest waiting.
  due: (a, b) =>
    overdue(b) - overdue(a) ||
    b.checkinsDue.length - a.checkinsDue.length ||
    (a.checkinsDue[0]?.dueOn ?? "").localeCompare(b.checkinsDue[0]?.dueOn ?? ""),
};

/** The caseload in the order asked for; ties by case id, so pages never overlap or skip a case. */
export const orderCaseload = (keys: CaseloadKeys[], sort: CaseloadSort) =>
  keys.sort((a, b) => orderings[sort](a, b) || a.openCase.id.localeCompare(b.openCase.id));
