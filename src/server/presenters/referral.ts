import { z } from "zod";
import type { Referral } from "../../db/repositories/referrals.js";
import { isPublic } from "../../domain/directory/listing.js";
import { nextReferralStatuses, referralServices, referralStatuses } from "../../domain/referral.js";

const contactSchema = z.object({
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
});

export const referralSchema = z.object({
  id: z.string(),
  clinician: z.object({ id: z.string(), name: z.string() }).nullable(),
  provider: z.object({
    source: z.enum(["directory", "written_in"]),
    id: z.string().nullable().describe("The directory listing's id, while it is still listed"),
    name: z.string(),
    contact: contactSchema.nullable(),
    listed: z
      .boolean()
      .describe(
        "For a directory provider: still in the public directory (approved and confirmed within 180 days). Its contact is shown only then",
      ),
  }),
  service: z.enum(referralServices),
  note: z.string().nullable(),
  status: z.enum(referralStatuses),
  statusChangedAt: z.string(),
  nextStatuses: z.array(z.enum(referralStatuses)).describe("Where the status may be moved from here"),
  createdAt: z.string(),
});
export type ReferralView = z.infer<typeof referralSchema>;

/**
 * A directory provider is shown as the directory shows it now: its current name and contact while it is
 * public, and only its name (as it was when referred) once it is not, so a withdrawn or stale listing's
 * details are not handed on (the directory's rule: only what a provider asked for, only while it is true).
 */
export function referralView(r: Referral, now = Date.now()): ReferralView {
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
