import { createHash } from "node:crypto";
import { type Kysely, type Migration, sql } from "kysely";

/**
 * A family invite's code is a password until it is used, so it is kept as a share's code is: only its
 * SHA-256 (of the code in upper case with anything but letters and digits taken out), in `code_hash`.
 *
 * Codes already given out are hashed here, not expired. An invite lives at most 7 days, and a caregiver who
 * was just sent one (a partner on a night shift, a grandparent far away) should not find it refused after an
 * upgrade; what made them unsafe at rest, the plain text in the table, is gone either way. Their 8 letters are
 * shorter than the 10 new codes have, but accepting is rate-limited per client and per account, so their
 * remaining days are far too few to guess one. Accepted, revoked and expired invites are hashed too, so no
 * plain code stays in the table.
 *
 * The column keeps its unique index under the new name on both databases. There is no way back to the plain
 * codes: `down` renames the column back, and the hashed invites can no longer be accepted.
 */
export function inviteCodeHashes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("invites").renameColumn("code", "code_hash").execute();
      const rows = await sql<{ id: string; code_hash: string }>`select id, code_hash from invites`.execute(
        db,
      );
      for (const row of rows.rows) {
        const normal = row.code_hash.toUpperCase().replace(/[^A-Z0-9]/g, "");
        const hash = createHash("sha256").update(normal).digest("hex");
        await sql`update invites set code_hash = ${hash} where id = ${row.id}`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("invites").renameColumn("code_hash", "code").execute();
    },
  };
}
