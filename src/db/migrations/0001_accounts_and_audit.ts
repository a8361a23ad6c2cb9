import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/** Accounts (better-auth's tables, snake_case), per-person preferences, and the audit trail. */
export function accountsAndAudit(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("email_verified", t.authBool, (c) => c.notNull().defaultTo(t.falseDefault))
        .addColumn("image", "text")
        .addColumn("role", "text", (c) => c.notNull().defaultTo("caregiver"))
        .addColumn("is_admin", t.authBool, (c) => c.notNull().defaultTo(t.falseDefault))
        .addColumn("created_at", t.authDate, (c) => c.notNull())
        .addColumn("updated_at", t.authDate, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token", "text", (c) => c.notNull().unique())
        .addColumn("expires_at", t.authDate, (c) => c.notNull())
        .addColumn("ip_address", "text")
        .addColumn("user_agent", "text")
        .addColumn("created_at", t.authDate, (c) => c.notNull())
        .addColumn("updated_at", t.authDate, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

      await db.schema
        .createTable("accounts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("provider_id", "text", (c) => c.notNull())
        .addColumn("access_token", "text")
        .addColumn("refresh_token", "text")
        .addColumn("id_token", "text")
        .addColumn("access_token_expires_at", t.authDate)
        .addColumn("refresh_token_expires_at", t.authDate)
        .addColumn("scope", "text")
        .addColumn("password", "text")
        .addColumn("created_at", t.authDate, (c) => c.notNull())
        .addColumn("updated_at", t.authDate, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("accounts_user_id").on("accounts").column("user_id").execute();

      await db.schema
        .createTable("verifications")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("identifier", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("expires_at", t.authDate, (c) => c.notNull())
        .addColumn("created_at", t.authDate, (c) => c.notNull())
        .addColumn("updated_at", t.authDate, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("verifications_identifier")
        .on("verifications")
        .column("identifier")
        .execute();

      // Rate-limit counters live in the database so that several app processes share them.
      await db.schema
        .createTable("rate_limits")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("last_request", t.epochMs, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("user_preferences")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("volume_unit", "text", (c) => c.notNull())
        .addColumn("weight_unit", "text", (c) => c.notNull())
        .addColumn("clock", "text", (c) => c.notNull())
        .addColumn("theme", "text", (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();

      // No foreign key to users: the trail must outlive the accounts it mentions.
      await db.schema
        .createTable("audit_events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("at", t.epochMs, (c) => c.notNull())
        .addColumn("actor_id", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("subject_type", "text")
        .addColumn("subject_id", "text")
        .addColumn("family_id", "text")
        .addColumn("ip", "text")
        .addColumn("user_agent", "text")
        .addColumn("details", "text")
        .execute();
      await db.schema
        .createIndex("audit_events_actor")
        .on("audit_events")
        .columns(["actor_id", "at"])
        .execute();
      await db.schema
        .createIndex("audit_events_subject")
        .on("audit_events")
        .columns(["subject_type", "subject_id", "at"])
        .execute();
      await db.schema
        .createIndex("audit_events_family")
        .on("audit_events")
        .columns(["family_id", "at"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        "audit_events",
        "user_preferences",
        "rate_limits",
        "verifications",
        "accounts",
        "sessions",
        "users",
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
