import { z } from "zod";

/**
 * What the signed-in person may do in a family, worked out by the server from the same rules that guard its
 * routes (server/policies/rules.ts). The web shows a control when its ability is true, instead of reading
 * roles and guessing what the server would allow.
 */
export const familyAbilitiesSchema = z.object({
  manage: z
    .boolean()
    .describe(
      "Change the family's settings and kinds of care, invite caregivers, export, hand over ownership, delete it",
    ),
  removeOthers: z.boolean().describe("Remove a caregiver other than oneself (anyone may leave)"),
});
export type FamilyAbilities = z.infer<typeof familyAbilitiesSchema>;

/** What the signed-in person may do across the instance, from the same rules: GET /api/me and /api/bootstrap. */
export const accountAbilitiesSchema = z.object({
  moderateDirectory: z.boolean().describe("Review the directory's applications and changes"),
  manageAccounts: z.boolean().describe("Change other people's roles and accounts (the instance's admins)"),
});
export type AccountAbilities = z.infer<typeof accountAbilitiesSchema>;

/** Until the server has said otherwise (a family kept from an older reply), nothing beyond a caregiver's own. */
export const noFamilyAbilities: FamilyAbilities = { manage: false, removeOthers: false };
