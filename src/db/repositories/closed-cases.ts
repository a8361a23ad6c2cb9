import type { Kysely } from "kysely";
import type { FormulationContent } from "../../domain/formulation.js";
import type { Database } from "../schema.js";
import type { ClosedCaseReason } from "./erasure.js";

/** A note as the clinician left it, with what was added after signing. */
export interface ClosedNote {
  kind: string;
  text: string;
  updatedAt: number;
  signedAt: number | null;
  amendments: { text: string; createdAt: number }[];
}

/** One saved version of a formulation; dyads are numbered in the order their first version was saved. */
export interface ClosedFormulation {
  dyad: number;
  version: number;
  parts: FormulationContent;
}

export type ClosedCaseRecord =
  | { id: string; kind: "note"; createdAt: number; note: ClosedNote }
  | { id: string; kind: "formulation"; createdAt: number; formulation: ClosedFormulation };

export interface ClosedCase {
  id: string;
  reason: ClosedCaseReason;
  openedAt: number;
  closedAt: number;
  notes: number;
  formulations: number;
}

/**
 * A clinician's closed cases (made by erasure, repositories/erasure.ts): their own notes and formulations,
 * kept after the family, a caregiver or a baby was erased. Nothing here names or points at the family.
 */
export function closedCasesRepository(db: Kysely<Database>) {
  return {
    async listFor(clinicianId: string): Promise<ClosedCase[]> {
      const cases = await db
        .selectFrom("closed_cases")
        .selectAll()
        .where("clinician_id", "=", clinicianId)
        .orderBy("closed_at", "desc")
        .orderBy("id", "desc")
        .execute();
      if (!cases.length) return [];
      const counts = await db
        .selectFrom("closed_case_records")
        .select((eb) => ["closed_case_id", "kind", eb.fn.countAll<number | string>().as("n")])
        .where(
          "closed_case_id",
          "in",
          cases.map((c) => c.id),
        )
        .groupBy(["closed_case_id", "kind"])
        .execute();
      const n = (id: string, kind: string) =>
        Number(counts.find((c) => c.closed_case_id === id && c.kind === kind)?.n ?? 0);
      return cases.map((c) => ({
        id: c.id,
        reason: c.reason as ClosedCaseReason,
        openedAt: Number(c.opened_at),
        closedAt: Number(c.closed_at),
        notes: n(c.id, "note"),
        formulations: n(c.id, "formulation"),
      }));
    },

    /** One closed case of this clinician with its records, oldest first; undefined for anyone else's. */
    async get(
      id: string,
      clinicianId: string,
    ): Promise<(ClosedCase & { records: ClosedCaseRecord[] }) | undefined> {
      const found = (await this.listFor(clinicianId)).find((c) => c.id === id);
      if (!found) return undefined;
      const rows = await db
        .selectFrom("closed_case_records")
        .selectAll()
        .where("closed_case_id", "=", id)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      const records = rows.map((r): ClosedCaseRecord => {
        const content = JSON.parse(r.content);
        return r.kind === "note"
          ? { id: r.id, kind: "note", createdAt: Number(r.created_at), note: content as ClosedNote }
          : {
              id: r.id,
              kind: "formulation",
              createdAt: Number(r.created_at),
              formulation: content as ClosedFormulation,
            };
      });
      return { ...found, records };
    },
  };
}
export type ClosedCasesRepository = ReturnType<typeof closedCasesRepository>;
