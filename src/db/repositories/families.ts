import type { Kysely } from "kysely";
import { type HelpRegion, helpRegions } from "../../content/help/emergency.js";
import type { Permission, Relationship } from "../../domain/family.js";
import { uuidv7 } from "../../domain/ids.js";
import type { Database, FamiliesTable } from "../schema.js";

export interface Family {
  id: string;
  name: string;
  timeZone: string;
  customTypes: string[];
  /** Whose crisis and emergency numbers the family is shown; null: not set, each device guesses. */
  region: HelpRegion | null;
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
// The API only stores help regions; anything else (a hand-edited row) reads as not set.
const asRegion = (value: string | null): HelpRegion | null =>
  (helpRegions as readonly (string | null)[]).includes(value) ? (value as HelpRegion) : null;

/** The columns a family is read back from (all but when it last changed). */
const familyColumns = [
  "families.id",
  "families.name",
  "families.time_zone",
  "families.custom_types",
  "families.region",
  "families.created_at",
] as const;

function toFamily(row: Omit<FamiliesTable, "updated_at">) {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    customTypes: JSON.parse(row.custom_types) as string[],
    region: asRegion(row.region),
    createdAt: iso(row.created_at),
  } satisfies Family;
}

/**
 * Caregivers with their names, in the order they joined: a family's own list of its members, and the names
 * a clinician's caseload shows.
 */
export function caregiversWithNames(db: Kysely<Database>) {
  return db
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
    .orderBy("family_members.joined_at");
}

/**
 * A new family and its first caregiver, its owner, written in the caller's transaction: how a family is
 * made and how an exported one comes back.
 */
export async function insertFamilyWithOwner(
  tx: Kysely<Database>,
  family: Omit<Family, "createdAt">,
  owner: { userId: string; relationship: Relationship },
  now: number,
): Promise<Family> {
  await tx
    .insertInto("families")
    .values({
      id: family.id,
      name: family.name,
      time_zone: family.timeZone,
      custom_types: JSON.stringify(family.customTypes),
      region: family.region,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await tx
    .insertInto("family_members")
    .values({
      family_id: family.id,
      user_id: owner.userId,
      relationship: owner.relationship,
      permission: "owner",
      joined_at: now,
    })
    .execute();
  return { ...family, createdAt: iso(now) };
}

export function familiesRepository(db: Kysely<Database>) {
  return {
    /** A new family with its creator as owner, in one transaction. */
    async create(
      input: { name: string; timeZone: string; region: HelpRegion | null; relationship: Relationship },
      userId: string,
      now = Date.now(),
    ) {
      const family = {
        id: uuidv7(now),
        name: input.name,
        timeZone: input.timeZone,
        customTypes: [],
        region: input.region,
      };
      return db
        .transaction()
        .execute((tx) =>
          insertFamilyWithOwner(tx, family, { userId, relationship: input.relationship }, now),
        );
    },

    async get(id: string): Promise<Family | undefined> {
      const row = await db.selectFrom("families").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toFamily(row);
    },

    async listForUser(userId: string): Promise<(Family & { permission: Permission })[]> {
      const rows = await db
        .selectFrom("families")
        .innerJoin("family_members", "family_members.family_id", "families.id")
        .select([...familyColumns, "family_members.permission"])
        .where("family_members.user_id", "=", userId)
        .orderBy("families.created_at")
        .execute();
      return rows.map((r) => ({ ...toFamily(r), permission: r.permission as Permission }));
    },

    async update(
      id: string,
      change: { name?: string; timeZone?: string; customTypes?: string[]; region?: HelpRegion | null },
      now = Date.now(),
    ) {
      const set: {
        name?: string;
        time_zone?: string;
        custom_types?: string;
        region?: string | null;
        updated_at: number;
      } = { updated_at: now };
      if (change.name !== undefined) set.name = change.name;
      if (change.timeZone !== undefined) set.time_zone = change.timeZone;
      if (change.customTypes !== undefined) set.custom_types = JSON.stringify(change.customTypes);
      if (change.region !== undefined) set.region = change.region;
      await db.updateTable("families").set(set).where("id", "=", id).execute();
      return this.get(id);
    },

    /**
     * The help region set on a family this caregiver is in: the baby's family when a baby is named (none
     * when they are not its caregiver), else the oldest of their families that has one.
     */
    async regionFor(userId: string, babyId?: string): Promise<HelpRegion | null> {
      let q = db
        .selectFrom("families")
        .innerJoin("family_members", "family_members.family_id", "families.id")
        .select("families.region")
        .where("family_members.user_id", "=", userId)
        .where("families.region", "is not", null)
        .orderBy("families.created_at")
        .orderBy("families.id")
        .limit(1);
      if (babyId)
        q = q.where(
          "families.id",
          "in",
          db.selectFrom("babies").select("babies.family_id").where("babies.id", "=", babyId),
        );
      const row = await q.executeTakeFirst();
      return asRegion(row?.region ?? null);
    },

    async membership(familyId: string, userId: string): Promise<Member | undefined> {
      return (await this.members(familyId, userId))[0];
    },

    async members(familyId: string, onlyUserId?: string): Promise<Member[]> {
      let q = caregiversWithNames(db).where("family_members.family_id", "=", familyId);
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

    /**
     * Make a caregiver an owner, or an owner a caregiver, in one transaction: "missing" if they are not in the
     * family, "last_owner" if that would leave the family without an owner.
     */
    async setPermission(
      familyId: string,
      userId: string,
      permission: Permission,
    ): Promise<"ok" | "missing" | "last_owner"> {
      return db.transaction().execute(async (tx) => {
        const target = await tx
          .selectFrom("family_members")
          .select("permission")
          .where("family_id", "=", familyId)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (!target) return "missing" as const;
        if (target.permission === "owner" && permission !== "owner") {
          const owners = await tx
            .selectFrom("family_members")
            .select("user_id")
            .where("family_id", "=", familyId)
            .where("permission", "=", "owner")
            .execute();
          if (owners.length <= 1) return "last_owner" as const;
        }
        await tx
          .updateTable("family_members")
          .set({ permission })
          .where("family_id", "=", familyId)
          .where("user_id", "=", userId)
          .execute();
        return "ok" as const;
      });
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
