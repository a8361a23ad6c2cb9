import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * The provider directory. One row per listing, whatever its moderation status (an application is a pending
 * listing). Search runs in the database, never as a scan in JavaScript:
 * - text: SQLite FTS5 over `search_text` (kept in step by triggers); Postgres a stored tsvector with a GIN index;
 * - place: an index on (lat, lon) for the bounding box, then the exact distance on those candidates;
 * - filters: one row per (facet, term) a listing holds, indexed by term, so a filter is an indexed lookup;
 * - visibility: status and the last availability confirmation, indexed together.
 * `num` is an integer key that never changes (FTS5 needs one; a VACUUM may renumber SQLite's hidden rowid);
 * `id` is the public id (UUIDv7) that clinician referrals will keep pointing at.
 */
export function directory(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  const pg = kind === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("directory_providers")
        .addColumn("num", pg ? "bigserial" : "integer", (c) => c.primaryKey())
        .addColumn("id", "text", (c) => c.notNull().unique())
        // The account that owns the listing; null for an imported listing nobody has claimed yet.
        .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("organization", "text")
        .addColumn("about", "text", (c) => c.notNull())
        // JSON arrays of keys, for showing the listing; filtering uses directory_terms.
        .addColumn("services", "text", (c) => c.notNull())
        .addColumn("focus", "text", (c) => c.notNull())
        .addColumn("approaches", "text", (c) => c.notNull())
        .addColumn("languages", "text", (c) => c.notNull())
        .addColumn("insurance", "text", (c) => c.notNull())
        .addColumn("telehealth", "text", (c) => c.notNull())
        .addColumn("fees", "text")
        .addColumn("sliding_scale", "integer", (c) => c.notNull())
        .addColumn("accepting", "integer", (c) => c.notNull())
        .addColumn("confirmed_at", t.epochMs, (c) => c.notNull())
        // JSON: the in-person place (address, city, region, postcode, country, showAddress) or null.
        .addColumn("place", "text")
        // Double precision on both (Postgres "real" is single precision: metres off, and radius edges with it).
        .addColumn("lat", pg ? "double precision" : "real")
        .addColumn("lon", pg ? "double precision" : "real")
        // JSON: { phone?, email?, website? }.
        .addColumn("contact", "text", (c) => c.notNull())
        // JSON: credential changes to a live listing, waiting for a moderator; null when there are none.
        .addColumn("pending_changes", "text")
        // The moderator's last reason (rejection or changes asked for), shown to the provider.
        .addColumn("moderation_note", "text")
        .addColumn("search_text", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .addColumn("approved_at", t.epochMs)
        .execute();
      await db.schema
        .createIndex("directory_providers_visible")
        .on("directory_providers")
        .columns(["status", "confirmed_at"])
        .execute();
      await db.schema
        .createIndex("directory_providers_place")
        .on("directory_providers")
        .columns(["lat", "lon"])
        .execute();
      await db.schema
        .createIndex("directory_providers_owner")
        .on("directory_providers")
        .column("owner_id")
        .execute();

      await db.schema
        .createTable("directory_terms")
        .addColumn("provider_num", pg ? "bigint" : "integer", (c) =>
          c.notNull().references("directory_providers.num").onDelete("cascade"),
        )
        .addColumn("facet", "text", (c) => c.notNull())
        .addColumn("term", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("directory_terms_pk", ["facet", "term", "provider_num"])
        .execute();
      await db.schema
        .createIndex("directory_terms_provider")
        .on("directory_terms")
        .column("provider_num")
        .execute();

      await db.schema
        .createTable("directory_credentials")
        .addColumn("provider_num", pg ? "bigint" : "integer", (c) =>
          c.notNull().references("directory_providers.num").onDelete("cascade"),
        )
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("detail", "text")
        // Set when a moderator checked it: who, when, and how (e.g. "state licence lookup").
        .addColumn("verified_by", "text")
        .addColumn("verified_at", t.epochMs)
        .addColumn("verification_method", "text")
        .addPrimaryKeyConstraint("directory_credentials_pk", ["provider_num", "type"])
        .execute();

      await db.schema
        .createTable("directory_moderation_events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("provider_num", pg ? "bigint" : "integer", (c) =>
          c.notNull().references("directory_providers.num").onDelete("cascade"),
        )
        .addColumn("actor_id", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("directory_moderation_events_provider")
        .on("directory_moderation_events")
        .columns(["provider_num", "at"])
        .execute();

      if (pg) {
        // 'simple' keeps every word as written (no English stemming), since listings are in English and Spanish.
        await sql`alter table directory_providers add column search_vector tsvector
          generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
        await sql`create index directory_providers_search on directory_providers using gin (search_vector)`.execute(
          db,
        );
      } else {
        await sql`create virtual table directory_providers_fts using fts5(
          search_text, content='directory_providers', content_rowid='num',
          tokenize='unicode61 remove_diacritics 2')`.execute(db);
        await sql`create trigger directory_providers_fts_insert after insert on directory_providers begin
          insert into directory_providers_fts(rowid, search_text) values (new.num, new.search_text);
        end`.execute(db);
        await sql`create trigger directory_providers_fts_delete after delete on directory_providers begin
          insert into directory_providers_fts(directory_providers_fts, rowid, search_text)
            values ('delete', old.num, old.search_text);
        end`.execute(db);
        await sql`create trigger directory_providers_fts_update after update of search_text on directory_providers begin
          insert into directory_providers_fts(directory_providers_fts, rowid, search_text)
            values ('delete', old.num, old.search_text);
          insert into directory_providers_fts(rowid, search_text) values (new.num, new.search_text);
        end`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      if (!pg) await sql`drop table if exists directory_providers_fts`.execute(db);
      await db.schema.dropTable("directory_moderation_events").ifExists().execute();
      await db.schema.dropTable("directory_credentials").ifExists().execute();
      await db.schema.dropTable("directory_terms").ifExists().execute();
      await db.schema.dropTable("directory_providers").ifExists().execute();
    },
  };
}
