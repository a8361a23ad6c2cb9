import { type Referral, referralSchema } from "../../contract/care-team.js";
import type { Referral as ReferralRow } from "../../db/repositories/referrals.js";
import { isPublic } from "../../domain/directory/listing.js";
import { nextReferralStatuses } from "../../domain/referral.js";

export { referralSchema };

/**
 * A directory provider is shown as the directory shows it now: its current name and contact while it is
 * public, and only its name (as it was when referred) once it is not, so a withdrawn or stale listing's
 * details are not handed on (the directory's rule: only what a provider asked for, only while it is true).
 */
export function referralView(r: ReferralRow, now = Date.now()): Referral {
  const live = r.listing && isPublic(r.listing, now) ? r.listing : null;
  const provider = live
    ? { source: "directory" as const, id: live.id, name: live.name, contact: live.contact, listed: true }
    : r.source === "directory"
      ? { source: "directory" as const, id: null, name: r.name, contact: null, listed: false }
      : { source: "written_in" as const, id: null, name: r.name, contact: r.contact, listed: false };
  return {
    id: r.id,
    clinician: r.clinician,
    provider,
    service: r.service,
    note: r.note,
    status: r.status,
    statusChangedAt: new Date(r.statusAt).toISOString(),
    nextStatuses: [...nextReferralStatuses(r.status)],
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
