import type { Kysely } from "kysely";
import { type ConsentScope, consentScopes } from "../../domain/consent.js";
import type { Database } from "../schema.js";

/** A clinician's case file on a family, as open right now: what the family's active shares allow. */
export interface OpenCase {
  id: string;
  clinicianId: string;
  familyId: string;
  createdAt: number;
  /** Everything the family's active shares with this clinician cover together. */
  scopes: ConsentScope[];
  /** When the last of those shares ends. */
  sharedUntil: number;
}

/**
 * Cases: one per (clinician, family). A case is open only while the family has at least one active share
 * with that clinician (accepted, not revoked, not expired); the check is made on every request, from the
 * database, so revoking or expiring a share takes effect on the next one. A case that is not open does not
 * exist as far as the API is concerned.
 */
export function casesRepository(db: Kysely<Database>) {
  const openCases = (now: number) =>
    db
      .selectFrom("cases")
      .innerJoin("consents", (join) =>
        join
          .onRef("consents.clinician_id", "=", "cases.clinician_id")
          .onRef("consents.family_id", "=", "cases.family_id"),
      )
      .where("consents.accepted_at", "is not", null)
      .where("consents.revoked_at", "is", null)
      .where("consents.expires_at", ">", now)
      .select([
        "cases.id",
        "cases.clinician_id",
        "cases.family_id",
        "cases.created_at",
        "consents.scopes",
        "consents.expires_at",
      ]);

  /** Rows of one case's active shares folded into one open case. */
  function fold(
    rows: {
      id: string;
      clinician_id: string;
      family_id: string;
      created_at: number;
      scopes: string;
      expires_at: number;
    }[],
  ): OpenCase[] {
    const byCase = new Map<string, OpenCase>();
    for (const r of rows) {
      const known = byCase.get(r.id);
      const scopes = JSON.parse(r.scopes) as ConsentScope[];
      if (known) {
        known.scopes = consentScopes.filter((s) => known.scopes.includes(s) || scopes.includes(s));
        known.sharedUntil = Math.max(known.sharedUntil, Number(r.expires_at));
      } else
        byCase.set(r.id, {
          id: r.id,
          clinicianId: r.clinician_id,
          familyId: r.family_id,
          createdAt: Number(r.created_at),
          scopes: consentScopes.filter((s) => scopes.includes(s)),
          sharedUntil: Number(r.expires_at),
        });
    }
    return [...byCase.values()];
  }

  return {
    /** The case, if it is this clinician's and open now. */
    async open(caseId: string, clinicianId: string, now = Date.now()): Promise<OpenCase | undefined> {
      const rows = await openCases(now)
        .where("cases.id", "=", caseId)
        .where("cases.clinician_id", "=", clinicianId)
        .execute();
      return fold(rows)[0];
    },

    /** Every open case of this clinician. */
    async openFor(clinicianId: string, now = Date.now()): Promise<OpenCase[]> {
      return fold(await openCases(now).where("cases.clinician_id", "=", clinicianId).execute());
    },
  };
}
export type CasesRepository = ReturnType<typeof casesRepository>;
