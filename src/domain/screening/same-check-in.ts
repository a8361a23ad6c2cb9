import type { ScreeningAnswer } from "./score.js";

/** What makes two sends one check-in: the questionnaire, who it is about, and every answer. */
export interface CheckInIdentity {
  instrumentId: string;
  /** Null for a check-in about the person who answered. */
  babyId: string | null;
  answers: readonly ScreeningAnswer[];
}

/**
 * Whether a check-in sent again under the same client id is the one already kept (a retry after a lost
 * reply) rather than another check-in wrongly given that id. Answers are compared by item, in any order:
 * a phone may send them in another order the second time.
 */
export function sameCheckIn(a: CheckInIdentity, b: CheckInIdentity): boolean {
  if (a.instrumentId !== b.instrumentId || a.babyId !== b.babyId) return false;
  if (a.answers.length !== b.answers.length) return false;
  const chosen = new Map(a.answers.map((x) => [x.item, x.option]));
  return b.answers.every((x) => chosen.get(x.item) === x.option);
}
