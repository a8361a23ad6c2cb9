import type { Kysely, Selectable } from "kysely";
import type { Baby } from "../../contract/families.js";
import type { Permission, Relationship } from "../../domain/family.js";
import { uuidv7 } from "../../domain/ids.js";
import type { BabiesTable, Database } from "../schema.js";

/** A baby as stored is a baby as every reply names one (src/contract/families.ts). */
export type { Baby };

export interface BabyFields {
  name?: string;
  birthDate?: string | null;
  dueDate?: string | null;
  gestationalWeeks?: number | null;
  sex?: string | null;
}

export function toBaby(r: Selectable<BabiesTable>): Baby {
  return {
    id: r.id,
    familyId: r.family_id,
    name: r.name,
    status: r.birth_date ? "born" : "expected",
    birthDate: r.birth_date,
    dueDate: r.due_date,
    gestationalWeeks: r.gestational_weeks,
    sex: r.sex,
  };
}

export function babiesRepository(db: Kysely<Database>) {
  return {
    async create(familyId: string, b: BabyFields & { name: string }, now = Date.now()): Promise<Baby> {
      const row = {
        id: uuidv7(now),
        family_id: familyId,
        name: b.name,
        birth_date: b.birthDate ?? null,
        due_date: b.dueDate ?? null,
        gestational_weeks: b.gestationalWeeks ?? null,
        sex: b.sex ?? null,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto("babies").values(row).execute();
      return toBaby(row);
    },

    async get(id: string): Promise<Baby | undefined> {
      const row = await db.selectFrom("babies").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toBaby(row);
    },

    /**
     * A baby together with the asking person's place in its family, in one query: the check every baby
     * route makes. Undefined when there is no such baby or the person is not its caregiver.
     */
    async withMembership(id: string, userId: string) {
      const row = await db
        .selectFrom("babies")
        .innerJoin("family_members", "family_members.family_id", "babies.family_id")
        .selectAll("babies")
        .select(["family_members.permission", "family_members.relationship"])
        .where("babies.id", "=", id)
        .where("family_members.user_id", "=", userId)
        .executeTakeFirst();
      if (!row) return undefined;
      const { permission, relationship, ...baby } = row;
      return {
        baby: toBaby(baby),
        membership: {
          familyId: baby.family_id,
          userId,
          permission: permission as Permission,
          relationship: relationship as Relationship,
        },
      };
    },

    async listForFamily(familyId: string): Promise<Baby[]> {
      const rows = await db
        .selectFrom("babies")
        .selectAll()
        .where("family_id", "=", familyId)
        .orderBy("created_at")
        .execute();
      return rows.map(toBaby);
    },

    async update(id: string, b: BabyFields, now = Date.now()): Promise<Baby | undefined> {
      const set: Partial<Selectable<BabiesTable>> = { updated_at: now };
      if (b.name !== undefined) set.name = b.name;
      if (b.birthDate !== undefined) set.birth_date = b.birthDate;
      if (b.dueDate !== undefined) set.due_date = b.dueDate;
      if (b.gestationalWeeks !== undefined) set.gestational_weeks = b.gestationalWeeks;
      if (b.sex !== undefined) set.sex = b.sex;
      await db.updateTable("babies").set(set).where("id", "=", id).execute();
      return this.get(id);
    },
  };
}
export type BabiesRepository = ReturnType<typeof babiesRepository>;
