// Family invite codes are kept like passwords: hashed at rest (codes from before migration 0020 too), and
// accepting one is rate-limited as signing in is, per client address and per account, in the database.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, Migrator } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type AttuneDb, openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { migrationsFor } from "../../src/db/migrations/index.js";
import { inviteCodeHash } from "../../src/db/repositories/invites.js";
import { throttleKey } from "../../src/db/repositories/throttles.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import {
  type DatabaseKind,
  databaseKinds,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** An empty database of its own (not the test server's), for a migration to run on step by step. */
async function emptyDatabase(kind: DatabaseKind): Promise<{ database: AttuneDb; drop(): Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "attune-migration-"));
    const database = openDatabase({ kind, file: join(dir, "attune.db") });
    return { database, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = inject("postgresUrl");
  const name = `attune_migration_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind, url: url.toString() });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

describe.each(databaseKinds)("migration 0020 on %s", (kind) => {
  it("hashes the codes of invites made before it, so those still work and no plain code is left", async () => {
    const { database, drop } = await emptyDatabase(kind);
    try {
      const all = migrationsFor(kind);
      const before = Object.fromEntries(Object.entries(all).filter(([name]) => name < "0020"));
      const migrator = new Migrator({
        db: database.db,
        provider: { getMigrations: async () => before },
        migrationTableName: "schema_migrations",
        migrationLockTableName: "schema_migrations_lock",
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const now = Date.now();
      const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await db
        .insertInto("families")
        .values({ id: "fam-1", name: "Old family", time_zone: "UTC", created_at: now, updated_at: now })
        .execute();
      const old = { relationship: "partner", permission: "caregiver", created_by: "someone" };
      await db
        .insertInto("invites")
        .values([
          {
            id: "inv-open",
            family_id: "fam-1",
            code: "ABCD2345",
            created_at: now,
            expires_at: now + 1e8,
            ...old,
          },
          { id: "inv-used", family_id: "fam-1", code: "WXYZ6789", created_at: now, expires_at: now, ...old },
        ])
        .execute();

      await migrateToLatest(database);
      const rows = await database.db
        .selectFrom("invites")
        .select(["id", "code_hash"])
        .orderBy("id")
        .execute();
      expect(rows).toEqual([
        { id: "inv-open", code_hash: sha256("ABCD2345") },
        { id: "inv-used", code_hash: sha256("WXYZ6789") },
      ]);
      // The code as a person types it finds the row the way the repository looks it up.
      expect(inviteCodeHash("abcd-2345")).toBe(rows[0]?.code_hash);
      expect(JSON.stringify(rows)).not.toMatch(/ABCD2345|WXYZ6789/);
    } finally {
      await database.close();
      await drop();
    }
  });
});

describe.each(databaseKinds)("accepting invite codes, limited like signing in, on %s", (kind) => {
  const PER_MINUTE = 3;
  let server: TestServer;
  let owner: HttpClient;
  let familyId: string;

  beforeAll(async () => {
    server = await startTestServer(kind, {
      // Each client's address comes from X-Forwarded-For, so one test can be several places at once.
      env: { TRUST_PROXY: "true" },
      authLimits: { signInPerMinute: PER_MINUTE, accountChangesPerMinute: 100 },
    });
    owner = server.client();
    await owner.signUp(uniqueEmail("owner"));
    familyId = (await owner.post("/api/families", { name: "Okafor family" })).json.id;
  });
  afterAll(() => server?.close());

  const person = async (name: string) => {
    const c = server.client();
    expect((await c.signUp(uniqueEmail(name))).status).toBe(200);
    return c;
  };
  const from = (ip: string) => ({ "x-forwarded-for": ip });
  const newCode = async () =>
    (await owner.post(`/api/families/${familyId}/invites`, { relationship: "grandparent" })).json
      .code as string;
  const wrong = (n: number) => `WRONGCODE${"ABCDEFGH"[n]}`;

  it("rests an account that has tried too many codes, wherever it tries from, and lets the code wait", async () => {
    const guesser = await person("guesser");
    const code = await newCode();
    for (let n = 0; n < PER_MINUTE; n++) {
      const res = await guesser.post(`/api/invites/${wrong(n)}/accept`, {}, from(`10.1.0.${n + 1}`));
      expect(res.status).toBe(404);
    }
    // The right code, from yet another address: the account has had its tries for this minute.
    const limited = await guesser.post(`/api/invites/${code}/accept`, {}, from("10.1.0.99"));
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("too_many_attempts");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Nothing was used up: someone else, elsewhere, can still accept it.
    const grandma = await person("grandma");
    expect((await grandma.post(`/api/invites/${code}/accept`, {}, from("10.1.1.1"))).status).toBe(200);

    // The count lives in the database, where every app process reads the same one.
    const userId = (await guesser.get("/api/me")).json.user.id;
    const row = await server.app.attune.database.db
      .selectFrom("auth_throttles")
      .selectAll()
      .where("key", "=", throttleKey("invite-accept-user", userId))
      .executeTakeFirstOrThrow();
    expect(Number(row.count)).toBe(PER_MINUTE + 1);

    // A minute later the account may try again.
    await server.app.attune.database.db
      .updateTable("auth_throttles")
      .set({ window_started: Date.now() - 61_000 })
      .where("key", "=", row.key)
      .execute();
    const later = await newCode();
    expect((await guesser.post(`/api/invites/${later}/accept`, {}, from("10.1.0.100"))).status).toBe(200);
  });

  it("limits one client address, whichever accounts it uses", async () => {
    const code = await newCode();
    for (let n = 0; n < PER_MINUTE; n++) {
      const someone = await person(`sharer${n}`);
      expect((await someone.post(`/api/invites/${wrong(n)}/accept`, {}, from("10.2.0.1"))).status).toBe(404);
    }
    const next = await person("next");
    const limited = await next.post(`/api/invites/${code}/accept`, {}, from("10.2.0.1"));
    expect(limited.status).toBe(429);
    expect(limited.json.error.message).toMatch(/Too many invite codes tried\. Please wait \d+ seconds?/);
    // The same account elsewhere is fine.
    expect((await next.post(`/api/invites/${code}/accept`, {}, from("10.2.0.2"))).status).toBe(200);
  });

  it("documents the limit and the 429 in the OpenAPI document", async () => {
    const doc = (await server.client().get("/api/openapi.json")).json;
    const accept = doc.paths["/api/invites/{code}/accept"].post;
    expect(Object.keys(accept.responses)).toContain("429");
    expect(accept.summary).toMatch(/per client address and per account/);
    const created = doc.paths["/api/families/{id}/invites"].post.responses["201"].content["application/json"];
    expect(Object.keys(created.schema.properties)).toContain("code");
    const listed = doc.paths["/api/families/{id}/invites"].get.responses["200"].content["application/json"];
    expect(Object.keys(listed.schema.properties.items.items.properties)).not.toContain("code");
  });
});
