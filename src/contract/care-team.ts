import { z } from "zod";
import { referralServices, referralStatuses } from "../domain/referral.js";
import { page } from "./page.js";
import { personSchema } from "./people.js";

/**
 * What a clinician sends a family from a case: shared observations and referrals. The clinician writes them
 * in the case; the family reads them on "From your care team" and moves referrals along.
 */
export const observationSchema = z.object({
  id: z.string(),
  clinician: personSchema.nullable().describe("Who sent it; null if their account has since been closed"),
  baby: personSchema.nullable().describe("The baby of the dyad it is about, when the clinician named one"),
  caregiver: personSchema
    .nullable()
    .describe("The caregiver of the dyad it is about (a user id), when named"),
  text: z.string(),
  createdAt: z.string(),
  seenAt: z.string().nullable().describe("When a caregiver of the family first marked it seen"),
});
export type Observation = z.infer<typeof observationSchema>;
export const observationPage = page(observationSchema);

export const referralContactSchema = z.object({
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
});
export type ReferralContact = z.infer<typeof referralContactSchema>;

export const referralSchema = z.object({
  id: z.string(),
  clinician: personSchema.nullable(),
  provider: z.object({
    source: z.enum(["directory", "written_in"]),
    id: z.string().nullable().describe("The directory listing's id, while it is still listed"),
    name: z.string(),
    contact: referralContactSchema.nullable(),
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
export type Referral = z.infer<typeof referralSchema>;
export const referralPage = page(referralSchema);
