// How a session's time was spent in each state (held, feeding, mutual gaze), per coder.
import { type CodedEvent, isState } from "./events.js";

export interface TimeBudget {
  code: string;
  /** Seconds in the state, within the session. */
  total: number;
  /** total / the session's duration. */
  share: number;
  bouts: number;
  meanBout: number;
}

export function timeBudgets(events: readonly CodedEvent[], duration: number): TimeBudget[] {
  const byCode = new Map<string, number[]>();
  for (const event of events) {
    if (!isState(event)) continue;
    const length = Math.min(event.end as number, duration) - Math.max(event.at, 0);
    const bouts = byCode.get(event.code) ?? [];
    bouts.push(Math.max(0, length));
    byCode.set(event.code, bouts);
  }
  return [...byCode].map(([code, bouts]) => {
    const total = bouts.reduce((sum, s) => sum + s, 0);
    return {
      code,
      total,
      share: duration > 0 ? total / duration : 0,
      bouts: bouts.length,
      meanBout: total / bouts.length,
    };
  });
}
