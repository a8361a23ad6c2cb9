import { detailSchemas } from "../entries/details.js";
import type { SoothingMethod } from "../entries/soothing-methods.js";

export type { SoothingMethod };

/**
 * What helped this baby before: every soothing entry records what helped (details.helped). Counting them
 * over the last 60 days, with recent ones weighing more, turns the family's own experience into the first
 * suggestion, because what settles one baby may not settle another (ICON, "Comfort methods": "Something that
 * worked for your baby yesterday, may not work today" — so recent weighs more than old).
 */
export interface SoothingEntry {
  startedAt: number;
  details: Record<string, unknown>;
}

export interface HelpedBefore {
  method: SoothingMethod;
  /** Times it was logged as helping in the window. */
  count: number;
  /** When it last helped (epoch ms). */
  lastAt: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const HELPED_WINDOW_DAYS = 60;
/** A soothing that helped two weeks ago counts half as much as one that helped today. */
const HALF_LIFE_DAYS = 14;

export function whatHelped(
  entries: SoothingEntry[],
  now: number,
  options: { top?: number; exclude?: readonly SoothingMethod[] } = {},
): HelpedBefore[] {
  const { top = 3, exclude = [] } = options;
  const from = now - HELPED_WINDOW_DAYS * DAY_MS;
  const tally = new Map<SoothingMethod, HelpedBefore & { weight: number }>();
  for (const entry of entries) {
    if (entry.startedAt < from || entry.startedAt > now) continue;
    // Entries are checked when saved, but an old client may have written something else: skip, never guess.
    const parsed = detailSchemas.soothing.safeParse(entry.details);
    if (!parsed.success) continue;
    const weight = 0.5 ** ((now - entry.startedAt) / DAY_MS / HALF_LIFE_DAYS);
    for (const method of new Set(parsed.data.helped)) {
      // "other" says something helped but not what, so it cannot be suggested again.
      if (method === "other" || exclude.includes(method)) continue;
      const t = tally.get(method) ?? { method, count: 0, lastAt: 0, weight: 0 };
      t.count += 1;
      t.weight += weight;
      t.lastAt = Math.max(t.lastAt, entry.startedAt);
      tally.set(method, t);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.weight - a.weight || b.count - a.count || b.lastAt - a.lastAt)
    .slice(0, top)
    .map(({ method, count, lastAt }) => ({ method, count, lastAt }));
}
