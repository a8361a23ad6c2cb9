import type { Kysely } from "kysely";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { Database } from "../../db/schema.js";
import { inChunks } from "./in-chunks.js";

/** A case shows its family's last activity only when a share covers the log ("entries" or "moments"). */
export const seesLog = (c: OpenCase) => c.scopes.includes("entries") || c.scopes.includes("moments");

/** The latest change to each family's log, for the cases that may see it. */
export async function lastActivity(db: Kysely<Database>, cases: OpenCase[]): Promise<Map<string, number>> {
  const activity = new Map<string, number>();
  const familyIds = [...new Set(cases.filter(seesLog).map((c) => c.familyId))];
  for (const ids of inChunks(familyIds)) {
    // One index seek per family (entries_family_updated, migration 0016), not a group-by over every entry the
    // families ever logged: that read grows with each family's history and was most of a caseload's time.
    const rows = await db
      .selectFrom("families")
      .select([
        "families.id as family_id",
        (eb) =>
          eb
            .selectFrom("entries")
            .select((e) => e.fn.max("entries.updated_at").as("last"))
            .whereRef("entries.family_id", "=", "families.id")
            .as("last"),
      ])
      .where("families.id", "in", ids)
      .execute();
    for (const r of rows) if (r.last !== null) activity.set(r.family_id, Number(r.last));
  }
  return activity;
}
