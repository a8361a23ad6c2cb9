import type { Kysely } from "kysely";
import type { Role } from "../../domain/account.js";
import type { DatabaseKind } from "../database.js";
import type { Database } from "../schema.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const SESSION_MS = 30 * DAY_MS;

const ms = (v: Date | string) => (v instanceof Date ? v.getTime() : Date.parse(v));

/**
 * The session lookup every guarded request makes: one indexed query for the token better-auth issued.
 * better-auth's own getSession runs its whole endpoint pipeline (about a millisecond per request); the
 * caller (plugins/authorize.ts) has checked the cookie's signature with the session secret first, and the
 * token is an unguessable secret, so finding its row is the proof, as with any session id.
 * Sessions in use are kept alive like better-auth does: once a day the expiry moves 30 days on.
 */
export function sessionsRepository(db: Kysely<Database>, kind: DatabaseKind) {
  const stamp = (at: number) => (kind === "postgres" ? new Date(at) : new Date(at).toISOString());
  return {
    async actorForToken(
      token: string,
      now = Date.now(),
    ): Promise<{ id: string; role: Role; isAdmin: boolean } | null> {
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select([
          "sessions.id as sessionId",
          "sessions.expires_at",
          "sessions.updated_at",
          "users.id",
          "users.role",
          "users.is_admin",
        ])
        .where("sessions.token", "=", token)
        .executeTakeFirst();
      if (!row || ms(row.expires_at) <= now) return null;
      if (now - ms(row.updated_at) > DAY_MS) {
        await db
          .updateTable("sessions")
          .set({ expires_at: stamp(now + SESSION_MS), updated_at: stamp(now) })
          .where("id", "=", row.sessionId)
          .execute();
      }
      return { id: row.id, role: row.role as Role, isAdmin: row.is_admin === true || row.is_admin === 1 };
    },
  };
}
