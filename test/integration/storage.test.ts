import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { postgresApplicationName } from "../../src/db/database.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { HttpClient, uniqueEmail } from "../support/http-client.js";

// When the database cannot write: a full disk (SQLite's own limit on the database's size, PRAGMA
// max_page_count, gives the real SQLITE_FULL a full disk gives) and a read-only database (Postgres's
// default_transaction_read_only, as on a standby). The client gets 507 or 503 in the API's error shape,
// the log names the cause, and /api/health says the database cannot write until it can again.
const dirs: string[] = [];
const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close().catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "attune-storage-"));
  dirs.push(dataDir);
  const lines: string[] = [];
  const app = await buildApp({
    config: loadConfig({ DATA_DIR: dataDir, ...env }),
    // The real logger, into an array: what an operator would read.
    logger: { level: "warn", stream: { write: (line: string) => lines.push(line) } },
    authLimits: { signInPerMinute: 1000, accountChangesPerMinute: 1000 },
  });
  apps.push(app);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const client = new HttpClient(base);
  const email = uniqueEmail("storage");
  await client.signUp(email);
  if ((await client.get("/api/me")).status !== 200) await client.signIn(email);
  const familyId = (await client.post("/api/families", { name: "Family" })).json.id;
  const born = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const babyId = (await client.post(`/api/families/${familyId}/babies`, { name: "Fern", birthDate: born }))
    .json.id;
  let n = 0;
  const logEntry = () =>
    client.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
      type: "diaper",
      startedAt: new Date(Date.now() - 3_600_000 + n++ * 1000).toISOString(),
      details: { kind: "wet" },
      note: "n".repeat(2000),
    });
  return { app, client, logs: () => lines.join(""), logEntry, health: () => client.get("/api/health") };
}

describe("a database that cannot write", () => {
  it("SQLite, disk full: the client gets 507, the log says SQLITE_FULL, health says not writable until space returns", async () => {
    const { app, logs, logEntry, health } = await start();
    const db = app.attune.database.db;
    expect((await health()).json).toMatchObject({ status: "ok", writable: true });

    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]?.page_count;
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db);
    let full: Awaited<ReturnType<typeof logEntry>> | undefined;
    for (let i = 0; i < 500 && !full; i++) {
      const res = await logEntry();
      if (res.status !== 201) full = res;
    }
    expect(full?.status).toBe(507);
    expect(full?.json).toEqual({
      error: { code: "storage_full", message: expect.stringContaining("run out of disk space") },
    });
    expect(logs()).toContain("SQLITE_FULL");
    expect(logs()).not.toContain("cannot rollback");

    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.json.error).toMatchObject({
      code: "storage_full",
      details: { database: "sqlite", writable: false, problem: "full", code: "SQLITE_FULL" },
    });

    // Space again: the next write succeeds, and health recovers.
    await sql.raw("pragma max_page_count = 1073741823").execute(db);
    expect((await logEntry()).status).toBe(201);
    expect((await health()).json).toMatchObject({ status: "ok", writable: true });
  }, 60_000);

  it("Postgres, read-only: the client gets 503, health says not writable until it can write again", async () => {
    const admin = inject("postgresUrl");
    const name = `attune_readonly_${process.pid}_${Date.now().toString(36)}`;
    const run = async (text: string) => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(text);
      } finally {
        await c.end();
      }
    };
    await run(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    try {
      const { logs, logEntry, health } = await start({ DATABASE_URL: url.toString() });
      expect((await health()).json).toMatchObject({ status: "ok", database: "postgres", writable: true });

      // The database turns read-only (as a standby is); the server's connections pick it up as they reconnect.
      const reconnect = () =>
        run(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' ` +
            `and application_name = '${postgresApplicationName}'`,
        );
      await run(`alter database ${name} set default_transaction_read_only = on`);
      await reconnect();
      await expect
        .poll(async () => (await health()).json?.error?.code, { timeout: 10_000 })
        .toBe("storage_read_only");
      const unhealthy = await health();
      expect(unhealthy.status).toBe(503);
      expect(unhealthy.json.error.details).toEqual({
        database: "postgres",
        writable: false,
        problem: "read_only",
        code: "25006",
      });
      const refused = await logEntry();
      expect(refused.status).toBe(503);
      expect(refused.json.error.code).toBe("storage_read_only");
      expect(logs()).toContain("25006");

      await run(`alter database ${name} reset default_transaction_read_only`);
      await reconnect();
      await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(200);
      expect((await logEntry()).status).toBe(201);
    } finally {
      for (const app of apps.splice(0)) await app.close().catch(() => {});
      await run(`drop database if exists ${name} with (force)`);
    }
  }, 60_000);
});
