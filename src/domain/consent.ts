import { inviteCode } from "./family.js";

/**
 * A family's share with a clinician (DESIGN.md: consent). The family decides what is shared (scopes), for
 * how long, and can narrow or end it at any moment; a clinician sees nothing outside an active share.
 */
export const consentScopes = [
  /** The care log: feeds, sleep, baths, play… with their times and details. */
  "entries",
  /** Check-in results, each only if the caregiver who answered it chose to share it with clinicians. */
  "screenings",
  /** The connection moments, cues and "how connected I felt" inside logged care, and its notes. */
  "moments",
  /** Thought records, each only if its author marked it shared. */
  "thought_records",
  /** The visit summary the family prepares. */
  "visit_summary",
] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const DEFAULT_SHARE_DAYS = 182; // six months
export const MAX_SHARE_DAYS = 730;
/** A code is a password until it is used: it works for two weeks, once. */
export const ACCEPT_WITHIN_DAYS = 14;
/** A clinician's invitation to share works as long, and once. */
export const INVITATION_DAYS = ACCEPT_WITHIN_DAYS;
const DAY_MS = 86_400_000;

export type ConsentState = "waiting" | "active" | "expired" | "revoked" | "unused";

export interface ConsentTimes {
  acceptedAt: number | null;
  acceptBy: number;
  expiresAt: number;
  revokedAt: number | null;
}

/** Where a share stands at `now`. Revocation and expiry take effect on the very next request. */
export function consentState(c: ConsentTimes, now = Date.now()): ConsentState {
  if (c.revokedAt !== null) return "revoked";
  if (c.acceptedAt === null) return now < c.acceptBy && now < c.expiresAt ? "waiting" : "unused";
  return now < c.expiresAt ? "active" : "expired";
}

export function shareTimes(days: number, now = Date.now()) {
  const expiresAt = now + days * DAY_MS;
  return { createdAt: now, expiresAt, acceptBy: Math.min(expiresAt, now + ACCEPT_WITHIN_DAYS * DAY_MS) };
}

/** A code to read aloud or type: ten letters and digits with nothing easily confused, shown as XXXXX-XXXXX. */
export function shareCode(): string {
  const code = inviteCode(10);
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The code as typed ("abcde fghij", "ABCDE-FGHIJ") in the one form that is hashed and compared. */
export function normalizeShareCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
