import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * Interaction coding in the case file (issue 19).
 * - `coding_schemes`: a clinician's own schemes, copied from the default (src/content/coding) or another of
 *   theirs; `codes` is JSON (contract/coding-scheme.ts). The default scheme is content, never a row.
 * - `coding_sessions`: one coded interaction of a case's dyad, live or from a video. The video itself is never
 *   stored: only its name, duration and SHA-256, so coding the same file again lines up by its hash.
 * - `coding_events`: the coded events, with ids the coder's device makes, so that a batch sent twice (an
 *   outbox retry) is stored once. `coder_id` tells two coders (or two passes) of the same session apart.
 * Sessions go with their case and family; events with their session (repositories/erasure.ts).
 */
export function codingSessions(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("coding_schemes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("codes", "text", (c) => c.notNull())
        .addColumn("copied_from", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("coding_schemes_owner")
        .on("coding_schemes")
        .columns(["owner_id", "id"])
        .execute();

      await db.schema
        .createTable("coding_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("baby_id", "text", (c) => c.references("babies.id").onDelete("set null"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("mode", "text", (c) => c.notNull())
        .addColumn("scheme_id", "text", (c) => c.notNull())
        .addColumn("duration", t.seconds)
        .addColumn("video_name", "text")
        .addColumn("video_duration", t.seconds)
        .addColumn("video_sha256", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();
      // Ids are UUIDv7 (time-ordered): one index serves a case's list, newest first, and its paging.
      await db.schema
        .createIndex("coding_sessions_case")
        .on("coding_sessions")
        .columns(["case_id", "id"])
        .execute();
      await db.schema
        .createIndex("coding_sessions_family")
        .on("coding_sessions")
        .column("family_id")
        .execute();

      await db.schema
        .createTable("coding_events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("session_id", "text", (c) =>
          c.notNull().references("coding_sessions.id").onDelete("cascade"),
        )
        .addColumn("coder_id", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("at", t.seconds, (c) => c.notNull())
        .addColumn("end", t.seconds)
        .addColumn("modifier", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("coding_events_session")
        .on("coding_events")
        .columns(["session_id", "at"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("coding_events").execute();
      await db.schema.dropTable("coding_sessions").execute();
      await db.schema.dropTable("coding_schemes").execute();
    },
  };
}
