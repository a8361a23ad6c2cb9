// One analysis of a coded session: the pairs asked for, per coder; time budgets; transitions; and, with two
// coders, their agreement. Pure: the API's POST /api/coding/analysis and a stored session both call it.
import { type Agreement, agreementOf } from "./agreement.js";
import { type TimeBudget, timeBudgets } from "./budget.js";
import { type CoderEvents, onsetsOf } from "./events.js";
import { contingency, type Latency, responseLatency } from "./latency.js";
import { type Transitions, transitionsOf } from "./transitions.js";
import { unitsOf } from "./units.js";
import { associationOf, type WindowAssociation, windowTable } from "./window-table.js";

export const DEFAULT_UNIT = 1;
export const DEFAULT_WINDOW = 3;
export const DEFAULT_TOLERANCE = 1;

export interface AnalysisRequest {
  /** The session's length in seconds (T). */
  duration: number;
  unit?: number;
  window?: number;
  tolerance?: number;
  coders: readonly CoderEvents[];
  pairs: readonly { given: string; target: string }[];
}

export interface PairResult extends WindowAssociation {
  coder: string;
  given: string;
  target: string;
  givenCount: number;
  followed: number;
  /** Share of the given onsets answered within the window; moderate, not maximal, goes with sensitive care. */
  contingency: number | null;
  latency: Pick<Latency, "median" | "mean" | "values">;
}

export interface Analysis {
  unit: number;
  window: number;
  pairs: PairResult[];
  budgets: (TimeBudget & { coder: string })[];
  transitions: Record<string, Transitions>;
  /** Present with two coders: the first is A, the second B. */
  agreement?: Agreement;
}

export function analyse(request: AnalysisRequest): Analysis {
  const unit = request.unit ?? DEFAULT_UNIT;
  const window = request.window ?? DEFAULT_WINDOW;
  const units = unitsOf(request.duration, unit);
  const pairs = request.coders.flatMap((coder) =>
    request.pairs.map(({ given, target }) => {
      const givenOnsets = onsetsOf(coder.events, given);
      const targetOnsets = onsetsOf(coder.events, target);
      const { givenCount, followed, median, mean, values } = responseLatency(givenOnsets, targetOnsets);
      return {
        coder: coder.id,
        given,
        target,
        givenCount,
        followed,
        contingency: contingency(givenOnsets, targetOnsets, window),
        latency: { median, mean, values },
        ...associationOf(windowTable(units, givenOnsets, targetOnsets, window)),
      };
    }),
  );
  const budgets = request.coders.flatMap((coder) =>
    timeBudgets(coder.events, request.duration).map((budget) => ({ coder: coder.id, ...budget })),
  );
  const transitions = Object.fromEntries(
    request.coders.map((coder) => [coder.id, transitionsOf(coder.events)]),
  );
  const [a, b] = request.coders;
  const agreement =
    a && b && request.coders.length === 2
      ? agreementOf(units, a.events, b.events, request.tolerance ?? DEFAULT_TOLERANCE)
      : undefined;
  return { unit, window, pairs, budgets, transitions, ...(agreement ? { agreement } : {}) };
}
