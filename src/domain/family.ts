import { z } from "zod";

export const relationships = ["mother", "father", "parent", "partner", "grandparent", "other"] as const;
export const permissions = ["owner", "caregiver"] as const;
export type Relationship = (typeof relationships)[number];
export type Permission = (typeof permissions)[number];

/** An IANA time zone this runtime knows, such as Europe/Madrid: day boundaries follow it. */
export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: "must be an IANA time zone such as Europe/Madrid or America/Chicago" },
);

const calendarDate = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

export const familyInputSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    timeZone: timeZoneSchema.default("UTC"),
    relationship: z.enum(relationships).default("parent"),
  })
  .strict();

/** The family's own kinds of care, offered in every caregiver's quick log; labels are unique, case aside. */
export const customTypesSchema = z
  .array(z.string().trim().min(1).max(60))
  .max(20)
  .refine((labels) => new Set(labels.map((l) => l.toLowerCase())).size === labels.length, {
    message: "each custom type must have a different name",
  });

export const familyPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    timeZone: timeZoneSchema.optional(),
    customTypes: customTypesSchema.optional(),
  })
  .strict();

/**
 * A baby is born (birthDate) or expected (dueDate). Gestational weeks at birth, when under 37, turn on
 * corrected age.
 */
const babyFields = {
  name: z.string().trim().min(1).max(60),
  birthDate: calendarDate.nullable().optional(),
  dueDate: calendarDate.nullable().optional(),
  gestationalWeeks: z.number().min(22).max(44).nullable().optional(),
  sex: z.enum(["female", "male", "intersex"]).nullable().optional(),
};

export const babyInputSchema = z
  .object(babyFields)
  .strict()
  .refine((b) => b.birthDate || b.dueDate, {
    message: "give a birthDate, or a dueDate while the baby is expected",
  });

export const babyPatchSchema = z.object(babyFields).partial().strict();

export const inviteInputSchema = z
  .object({
    relationship: z.enum(relationships).default("other"),
    permission: z.enum(permissions).default("caregiver"),
  })
  .strict();

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Codes people can read aloud or type: 31 letters and digits, no 0/O, 1/I/L. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** A family invite's length: 31^10 ≈ 8 × 10^14 codes, and accepting one is rate-limited like signing in. */
export const INVITE_CODE_LENGTH = 10;
export function inviteCode(length = INVITE_CODE_LENGTH): string {
  // Bytes of 248 and above are skipped, so that every letter is equally likely (248 = 8 × 31).
  const fair = 256 - (256 % CODE_ALPHABET.length);
  let code = "";
  while (code.length < length) {
    const bytes = new Uint8Array(length * 2);
    crypto.getRandomValues(bytes);
    for (const b of bytes)
      if (b < fair && code.length < length) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  }
  return code;
}
