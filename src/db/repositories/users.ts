import type { Kysely, Selectable } from "kysely";
import type { Account, Role } from "../../domain/account.js";
import type { DatabaseKind } from "../database.js";
import type { Database, UsersTable } from "../schema.js";

const asBool = (v: boolean | number) => v === true || v === 1;
const asIso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

export function toAccount(row: Selectable<UsersTable>): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    isAdmin: asBool(row.is_admin),
    emailVerified: asBool(row.email_verified),
    createdAt: asIso(row.created_at),
  };
}

export function usersRepository(db: Kysely<Database>, kind: DatabaseKind) {
  // better-auth stores booleans natively on Postgres and as 0/1 on SQLite.
  const bool = (v: boolean) => (kind === "postgres" ? v : v ? 1 : 0);
  return {
    async findById(id: string): Promise<Account | undefined> {
      const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toAccount(row);
    },

    async findByEmail(email: string): Promise<Account | undefined> {
      const row = await db
        .selectFrom("users")
        .selectAll()
        .where("email", "=", email.trim().toLowerCase())
        .executeTakeFirst();
      return row && toAccount(row);
    },

    async count(): Promise<number> {
      const { n } = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    /** Accounts ordered by id, a page after `afterId`. */
    async page(afterId: string | undefined, limit: number): Promise<Account[]> {
      let q = db.selectFrom("users").selectAll().orderBy("id").limit(limit);
      if (afterId) q = q.where("id", ">", afterId);
      return (await q.execute()).map(toAccount);
    },

    async grant(id: string, change: { role?: Role; isAdmin?: boolean }) {
      const set: { role?: string; is_admin?: boolean | number } = {};
      if (change.role) set.role = change.role;
      if (change.isAdmin !== undefined) set.is_admin = bool(change.isAdmin);
      if (Object.keys(set).length === 0) return this.findById(id);
      await db.updateTable("users").set(set).where("id", "=", id).execute();
      return this.findById(id);
    },

    async countAdmins(): Promise<number> {
      const { n } = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("is_admin", "=", bool(true))
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}
export type UsersRepository = ReturnType<typeof usersRepository>;
