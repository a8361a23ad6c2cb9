// The coded events of one session, as the analysis reads them. Times are seconds from the session's start.

/** One coded behaviour: a point event (a smile) has only `at`; a state event (held) has `at` and `end`. */
export interface CodedEvent {
  code: string;
  at: number;
  end?: number;
}

/** One coder's events for the session (a second coder, or a second pass, codes the same session). */
export interface CoderEvents {
  id: string;
  events: readonly CodedEvent[];
}

export const isState = (event: CodedEvent): boolean => event.end !== undefined;

/** Onset times of a code (a state's onset is its start), in time order. */
export function onsetsOf(events: readonly CodedEvent[], code: string): number[] {
  return events
    .filter((e) => e.code === code)
    .map((e) => e.at)
    .sort((a, b) => a - b);
}

/** Point events in time order; events at the same moment keep the order they were coded in. */
export function pointsInOrder(events: readonly CodedEvent[]): CodedEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => !isState(event))
    .sort((x, y) => x.event.at - y.event.at || x.index - y.index)
    .map(({ event }) => event);
}
