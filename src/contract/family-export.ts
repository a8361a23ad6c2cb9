import { z } from "zod";

/**
 * What the server made of a family import (POST /api/families/import): how much of each kind it re-created,
 * and what stayed in the file because it belongs to the server it was made on.
 */
const count = z.number().int().min(0);

export const importedCountsSchema = z.object({
  babies: count,
  entries: count,
  entryIdsKept: count.describe(
    "Entries that kept their id; an id this server already held (the same file imported twice) got a new one",
  ),
  screenings: count.describe("Your own check-ins, re-created for you"),
  screeningsAlreadyHere: count.describe(
    "Check-ins about yourself this server already holds under the same id: kept once, not copied",
  ),
  thoughtRecords: count,
  customTypes: count,
  entriesByOtherCaregivers: count.describe(
    "Entries other caregivers logged, imported as logged by you: their accounts are on the other server",
  ),
});
export type ImportedCounts = z.infer<typeof importedCountsSchema>;

export const notImportedSchema = z
  .object({
    otherCaregivers: count.describe("Invite them again: their accounts are on the other server"),
    observations: count,
    referrals: count,
    assignments: count,
    checkinRequests: count,
    shares: count,
    accessLog: count,
  })
  .describe(
    "Kept in the file, not re-created: the care team and the shares belong to the server they were made on",
  );
export type NotImported = z.infer<typeof notImportedSchema>;
