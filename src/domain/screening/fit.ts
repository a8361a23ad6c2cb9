import { addCalendarDays } from "../time.js";
import type { Audience } from "./definition.js";
import type { CheckInBaby } from "./schedule.js";

/**
 * Which questionnaires fit where a person is now, from the babies of every family they belong to: the
 * pregnancy reflections (MAAS, PAAS) while a baby is on the way, the questionnaires about life with a
 * baby (PBQ, KPCS, City BiTS) once one is born, the mood and anxiety ones (PHQ-9, GAD-7, EPDS) at any time.
 * Someone expecting a second baby is both: both kinds fit. The list offers only what fits; one that does
 * not stays reachable by its address, with a gentle note, because a person knows their life better than
 * the dates they entered.
 */
export interface ParentStage {
  /** A baby not born yet, whose due date has not long passed. */
  expecting: boolean;
  /** At least one baby born. */
  afterBirth: boolean;
}

/**
 * Days after the due date a baby not marked born still counts as on the way: a pregnancy can run to 42
 * weeks. Later than that, the birth most likely happened and was not entered yet.
 */
const OVERDUE_DAYS = 14;

/** The stage from babies across every family, each dated against its own family's today (YYYY-MM-DD). */
export function stageOf(babies: readonly (CheckInBaby & { today: string })[]): ParentStage {
  return {
    expecting: babies.some(
      (b) => !b.birthDate && (!b.dueDate || addCalendarDays(b.dueDate, OVERDUE_DAYS) >= b.today),
    ),
    afterBirth: babies.some((b) => Boolean(b.birthDate)),
  };
}

const pregnancyAudiences: readonly Audience[] = ["pregnancy", "partner_in_pregnancy"];

/**
 * Asked about a born baby or the birth itself, so meaningless before it: the PBQ (bonding with the baby),
 * the KPCS (confidence in caring for a baby) and the City BiTS (the birth). Their audience field says who
 * answers, not when, so the "when" is named here.
 */
const afterBirthOnly: readonly string[] = ["pbq", "kpcs", "citybits"];

export type StageFit = "fits" | "pregnancy_only" | "after_birth_only";

/** Whether an instrument fits this stage, and if not, which time of life it was written for. */
export function stageFit(
  instrument: { id: string; audience: readonly string[] },
  stage: ParentStage,
): StageFit {
  if (instrument.audience.some((a) => (pregnancyAudiences as readonly string[]).includes(a)))
    return stage.expecting ? "fits" : "pregnancy_only";
  if (afterBirthOnly.includes(instrument.id)) return stage.afterBirth ? "fits" : "after_birth_only";
  return "fits";
}
