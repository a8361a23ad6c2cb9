import { z } from "zod";
import { helpRegions } from "./region.js";

/** Roles a person has in Attune. Admin is a separate flag: the instance owner can also be a caregiver. */
export const roles = ["caregiver", "clinician", "moderator"] as const;
export type Role = (typeof roles)[number];

/** The roles a person may choose for themself at sign-up. Moderators are appointed by an admin. */
export const selfChosenRoles = ["caregiver", "clinician"] as const satisfies readonly Role[];

export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];

export const preferencesSchema = z
  .object({
    locale: z.enum(locales),
    volumeUnit: z.enum(["ml", "oz"]),
    weightUnit: z.enum(["kg", "lb"]),
    clock: z.enum(["12h", "24h"]),
    theme: z.enum(["system", "light", "night"]),
    /** Gentle in-app reminders of suggested well-being check-ins; on until the person turns them off. */
    checkinReminders: z.boolean(),
    /**
     * Whose crisis and emergency numbers this person is shown, wherever they are: their own choice, since
     * a parent may live apart from the family's country, and a clinician or a pregnant person may have no
     * family at all. null: follow the family's region, else the device's guess (its time zone).
     */
    region: z
      .enum(helpRegions, {
        error: `must be one of ${helpRegions.join(", ")} (GB for the United Kingdom), or null to follow your family's region`,
      })
      .nullable(),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  locale: "en",
  volumeUnit: "ml",
  weightUnit: "kg",
  clock: "24h",
  theme: "system",
  checkinReminders: true,
  region: null,
};

/** The shape of an account as the API shows it (never the password hash or session tokens). */
export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  isAdmin: z.boolean(),
  /** Whether the person followed the link mailed to the address (needed to invite families or list publicly). */
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;
