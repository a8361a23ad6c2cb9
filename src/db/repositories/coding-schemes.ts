import type { Kysely } from "kysely";
import type { SchemeCode } from "../../domain/coding/scheme.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";

/** A clinician's own coding scheme (the default one is content: src/content/coding/default-scheme.ts). */
export interface OwnScheme {
  id: string;
  ownerId: string;
  name: string;
  codes: SchemeCode[];
  copiedFrom: string | null;
  createdAt: number;
  updatedAt: number;
}

type Row = Database["coding_schemes"];

const schemeOf = (row: Row): OwnScheme => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  // Written only by this repository, from codes the contract checked.
  codes: JSON.parse(row.codes) as SchemeCode[],
  copiedFrom: row.copied_from,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

/** Clinicians' coding schemes: each is its owner's alone; copies remember what they were copied from. */
export function codingSchemesRepository(db: Kysely<Database>) {
  return {
    /** One owner's schemes, oldest first (the order they were made in). */
    async listOf(ownerId: string): Promise<OwnScheme[]> {
      const rows = await db
        .selectFrom("coding_schemes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .orderBy("id")
        .execute();
      return rows.map(schemeOf);
    },

    async get(id: string): Promise<OwnScheme | undefined> {
      const row = await db.selectFrom("coding_schemes").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? schemeOf(row) : undefined;
    },

    async create(
      input: { ownerId: string; name: string; codes: SchemeCode[]; copiedFrom: string | null },
      now = Date.now(),
    ): Promise<OwnScheme> {
      const row: Row = {
        id: uuidv7(now),
        owner_id: input.ownerId,
        name: input.name,
        codes: JSON.stringify(input.codes),
        copied_from: input.copiedFrom,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto("coding_schemes").values(row).execute();
      return schemeOf(row);
    },

    async edit(
      scheme: OwnScheme,
      change: { name?: string | undefined; codes?: SchemeCode[] | undefined },
      now = Date.now(),
    ): Promise<OwnScheme> {
      const name = change.name ?? scheme.name;
      const codes = change.codes ?? scheme.codes;
      await db
        .updateTable("coding_schemes")
        .set({ name, codes: JSON.stringify(codes), updated_at: now })
        .where("id", "=", scheme.id)
        .execute();
      return { ...scheme, name, codes, updatedAt: now };
    },
  };
}
export type CodingSchemesRepository = ReturnType<typeof codingSchemesRepository>;
