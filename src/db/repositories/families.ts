import type { Kysely } from "kysely";
import type { Permission, Relationship } from "../../domain/family.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database } from "../schema.js";

export interface Family {
  id: string;
  name: string;
  timeZone: string;
  customTypes: string[];
  createdAt: string;
}

export interface Member {
  familyId: string;
  userId: string;
  name: string;
  relationship: Relationship;
  permission: Permission;
  joinedAt: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function toFamily(row: {
  id: string;
  name: string;
  time_zone: string;
  custom_types: string;
  created_at: number;
}) {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    customTypes: JSON.parse(row.custom_types) as string[],
    createdAt: iso(row.created_at),
  } satisfies Family;
}

export function familiesRepository(db: Kysely<Database>) {
  return {
    /** A new family with its creator as owner, in one transaction. */
    async create(
      input: { name: string; timeZone: string; relationship: Relationship },
      userId: string,
      now = Date.now(),
    ) {
      const id = uuidv7(now);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto("families")
          .values({
            id,
            name: input.name,
            time_zone: input.timeZone,
            custom_types: "[]",
            created_at: now,
            updated_at: now,
          })
          .execute();
        await tx
          .insertInto("family_members")
          .values({
            family_id: id,
            user_id: userId,
            relationship: input.relationship,
            permission: "owner",
            joined_at: now,
          })
          .execute();
      });
      return {
        id,
        name: input.name,
        timeZone: input.timeZone,
        customTypes: [],
        createdAt: iso(now),
      } satisfies Family;
    },

    async get(id: string): Promise<Family | undefined> {
      const row = await db.selectFrom("families").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toFamily(row);
    },

    async listForUser(userId: string): Promise<(Family & { permission: Permission })[]> {
      const rows = await db
        .selectFrom("families")
        .innerJoin("family_members", "family_members.family_id", "families.id")
        .select([
          "families.id",
          "families.name",
          "families.time_zone",
          "families.custom_types",
          "families.created_at",
          "family_members.permission",
        ])
        .where("family_members.user_id", "=", userId)
        .orderBy("families.created_at")
        .execute();
      return rows.map((r) => ({ ...toFamily(r), permission: r.permission as Permission }));
    },

    async update(
      id: string,
      change: { name?: string; timeZone?: string; customTypes?: string[] },
      now = Date.now(),
    ) {
      const set: { name?: string; time_zone?: string; custom_types?: string; updated_at: number } = {
        updated_at: now,
      };
      if (change.name !== undefined) set.name = change.name;
      if (change.timeZone !== undefined) set.time_zone = change.timeZone;
      if (change.customTypes !== undefined) set.custom_types = JSON.stringify(change.customTypes);
      await db.updateTable("families").set(set).where("id", "=", id).execute();
      return this.get(id);
    },

    async membership(familyId: string, userId: string): Promise<Member | undefined> {
      return (await this.members(familyId, userId))[0];
    },

    async members(familyId: string, onlyUserId?: string): Promise<Member[]> {
      let q = db
        .selectFrom("family_members")
        .innerJoin("users", "users.id", "family_members.user_id")
        .select([
          "family_members.family_id",
          "family_members.user_id",
          "users.name",
          "family_members.relationship",
          "family_members.permission",
          "family_members.joined_at",
        ])
        .where("family_members.family_id", "=", familyId)
        .orderBy("family_members.joined_at");
      if (onlyUserId) q = q.where("family_members.user_id", "=", onlyUserId);
      return (await q.execute()).map((r) => ({
        familyId: r.family_id,
        userId: r.user_id,
        name: r.name,
        relationship: r.relationship as Relationship,
        permission: r.permission as Permission,
        joinedAt: iso(r.joined_at),
      }));
    },

    async removeMember(familyId: string, userId: string) {
      await db
        .deleteFrom("family_members")
        .where("family_id", "=", familyId)
        .where("user_id", "=", userId)
        .execute();
    },

    async countOwners(familyId: string): Promise<number> {
      const { n } = await db
        .selectFrom("family_members")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("family_id", "=", familyId)
        .where("permission", "=", "owner")
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}
export type FamiliesRepository = ReturnType<typeof familiesRepository>;
