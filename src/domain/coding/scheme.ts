// A coding scheme: the behaviours a clinician codes in a session, each a point (a smile) or a state with a
// start and a stop (held). The default scheme is content (src/content/coding); clinicians copy and edit it.

export const codeSubjects = ["infant", "caregiver", "dyad"] as const;
export type CodeSubject = (typeof codeSubjects)[number];
export const codeKinds = ["point", "state"] as const;
export type CodeKind = (typeof codeKinds)[number];

/** The id a session names for the scheme that ships with Attune. */
export const DEFAULT_SCHEME_ID = "default";

export interface SchemeCode {
  /** What events store and exports show: short, lowercase, stable. */
  id: string;
  subject: CodeSubject;
  kind: CodeKind;
  /** The keyboard key that codes it live. */
  key: string;
  /** A CSS colour (#rrggbb) for its button and its row in the timeline. */
  color: string;
  name: { en: string; es: string };
  description: { en: string; es: string };
  /** Codes of one group exclude each other: starting one state of the group stops the others. */
  group?: string | undefined;
  /** Qualifiers a coder may add to an event (left hand, brief…). */
  modifiers?: string[] | undefined;
}

export interface Scheme {
  id: string;
  name: string;
  codes: SchemeCode[];
}

export interface EventToStore {
  code: string;
  at: number;
  end?: number | undefined;
  modifier?: string | undefined;
}

/**
 * Why an event does not fit the scheme or the session, as a sentence naming it; null when it fits. A point
 * has no end; a state has one, sent when it stops.
 */
export function eventProblem(scheme: Scheme, event: EventToStore, duration: number | null): string | null {
  const code = scheme.codes.find((c) => c.id === event.code);
  const what = `${event.code} at ${event.at} s`;
  if (!code)
    return `${what}: "${event.code}" is not a code of the scheme "${scheme.name}"; use one of its codes`;
  if (event.at < 0) return `${what} is before the session's start: times count from 0`;
  if (code.kind === "point" && event.end !== undefined)
    return `${what}: ${code.id} is a point code, so it has no end; send it without one`;
  if (code.kind === "state" && event.end === undefined)
    return `${what}: ${code.id} is a state code; send it with its end once it stops`;
  if (event.end !== undefined && event.end < event.at)
    return `${what} ends before it starts (${event.end} s)`;
  if (event.modifier !== undefined && code.modifiers?.length && !code.modifiers.includes(event.modifier))
    return `${what}: "${event.modifier}" is not a modifier of ${code.id}; use one of ${code.modifiers.join(", ")}`;
  const last = event.end ?? event.at;
  if (duration !== null && last > duration) return `${what} is after the session's end at ${duration} s`;
  return null;
}
