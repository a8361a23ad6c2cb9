import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../../src/server/app.js";
import type { AuthLimits } from "../../src/server/auth.js";
import { loadConfig } from "../../src/server/config.js";
import { HttpClient } from "./http-client.js";

export type DatabaseKind = "sqlite" | "postgres";
export const databaseKinds: DatabaseKind[] = ["sqlite", "postgres"];

export interface TestServer {
  app: FastifyInstance;
  base: string;
  dataDir: string;
  client(): HttpClient;
  close(): Promise<void>;
}

/** A fresh, empty database of the given kind: a new SQLite file, or a new database on the test Postgres. */
async function freshDatabase(kind: DatabaseKind, dataDir: string) {
  if (kind === "sqlite") return { env: {}, drop: async () => {} };
  const adminUrl = inject("postgresUrl");
  const name = `attune_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
    dataDir,
  };
}

/**
 * A real Attune server for a test file: the same app factory `npm start` uses, on a real database,
 * listening on a free loopback port, talked to over real HTTP.
 */
export async function startTestServer(
  kind: DatabaseKind,
  options: {
    env?: Record<string, string>;
    authLimits?: AuthLimits;
    webRoot?: string;
    /** Pino options for a test that reads the log (the default is silence). */
    logger?: object;
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `attune-${kind}-`));
  const database = await freshDatabase(kind, dataDir);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...database.env, ...options.env });
  const app = await buildApp({
    config,
    logger: options.logger ?? false,
    // Every test client comes from 127.0.0.1: generous limits unless a test is about the limits.
    authLimits: options.authLimits ?? { signInPerMinute: 1000, accountChangesPerMinute: 1000 },
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    base: address,
    dataDir,
    client: () => new HttpClient(address),
    async close() {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
