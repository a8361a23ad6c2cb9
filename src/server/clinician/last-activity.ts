import type { Kysely } from "kysely";
import { caseReadsRepository } from "../../db/repositories/case-reads.js";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { Database } from "../../db/schema.js";

export { seesLog } from "../../db/repositories/case-reads.js";

/** The latest change to each family's log, for the cases that may see it (the read: case-reads.ts). */
export async function lastActivity(db: Kysely<Database>, cases: OpenCase[]): Promise<Map<string, number>> {
  return caseReadsRepository(db).lastActivity(cases);
}
