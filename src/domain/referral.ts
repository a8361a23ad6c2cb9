import { type ServiceType, serviceTypes } from "./directory/taxonomy.js";

/**
 * A referral's life, as the family lives it: the clinician suggests a service; the family gets in touch,
 * books, goes, or decides it is not for them. The family moves it along (they are the ones making the calls);
 * the clinician sees where it stands and can update it too, for a family that told them in a session.
 *
 * The moves are few on purpose:
 * - forward only, and a step may be skipped where life skips it (one phone call can both reach and book);
 *   "attended" needs a booking, because that is what attending is;
 * - "declined" from anywhere before attending: saying no is always allowed and never asked about;
 * - a declined referral can be picked up again (it goes back to "suggested"): people change their minds;
 * - "attended" is where a referral ends.
 * Anything else is refused, so two phones out of step cannot walk a referral backwards.
 */
export const referralStatuses = ["suggested", "contacted", "booked", "attended", "declined"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

const moves: Record<ReferralStatus, readonly ReferralStatus[]> = {
  suggested: ["contacted", "booked", "declined"],
  contacted: ["booked", "declined"],
  booked: ["attended", "declined"],
  attended: [],
  declined: ["suggested"],
};

/** Where a referral may go from `from`. */
export const nextReferralStatuses = (from: ReferralStatus): readonly ReferralStatus[] => moves[from];

export type ReferralMove =
  | { ok: true; changed: boolean }
  | { ok: false; from: ReferralStatus; to: ReferralStatus; allowed: readonly ReferralStatus[] };

/**
 * May a referral in `from` be set to `to`? Setting the status it already has is allowed and changes nothing
 * (a double tap, or both caregivers pressing the same button), so a repeat never fails.
 */
export function moveReferral(from: ReferralStatus, to: ReferralStatus): ReferralMove {
  if (from === to) return { ok: true, changed: false };
  if (moves[from].includes(to)) return { ok: true, changed: true };
  return { ok: false, from, to, allowed: moves[from] };
}

/** What a referral is for: the directory's own service words, so a referral and a listing speak alike. */
export const referralServices = serviceTypes;
export type ReferralService = ServiceType;

/** Limits of what a clinician writes on a referral. */
export const REFERRAL_NOTE_MAX = 1000;
export const REFERRAL_NAME_MAX = 200;
