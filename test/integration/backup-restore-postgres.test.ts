import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findProgram } from "../../src/db/backup.js";
import { uuidv7 } from "../../src/domain/ids.js";
import { runCli } from "../support/cli.js";
import { uniqueEmail } from "../support/http-client.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// `npm run db:backup` / `db:restore` with DATABASE_URL: pg_dump and pg_restore when they are installed and
// can read the server, and otherwise a message that says how to do it by hand. The suite's Postgres may be
// newer than the installed client tools (pg_dump refuses a newer server); then the round trip runs on a
// throwaway cluster of the client tools' own version when its server binaries are installed (Debian's
// postgresql package), as the acceptance checks do.
const dirs: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `attune-pgbackup-${name}-`));
  dirs.push(d);
  return d;
};
const cleanups: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const major = (version: string) => Number(/(\d+)(\.\d+)?/.exec(version)?.[1] ?? 0);
const pgDump = findProgram("pg_dump");
const dumpMajor = pgDump ? major(execFileSync(pgDump, ["--version"], { encoding: "utf8" })) : 0;

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createDatabase(adminUrl: string, prefix: string) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  await query(adminUrl, `create database ${name}`);
  cleanups.push(() => query(adminUrl, `drop database if exists ${name} with (force)`).then(() => {}));
  return withDatabase(adminUrl, name);
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

/** A throwaway cluster from Debian's server binaries of version `version`, or undefined without them. */
async function startCluster(version: number): Promise<string | undefined> {
  const bin = `/usr/lib/postgresql/${version}/bin`;
  if (!existsSync(join(bin, "initdb"))) return undefined;
  const root = process.getuid?.() === 0;
  if (root && spawnSync("id", ["postgres"]).status !== 0) return undefined;
  const dir = tempDir("cluster");
  chmodSync(dir, 0o777);
  const port = await freePort();
  // As root the server runs as the postgres user (initdb refuses root); each argument quoted for its shell.
  // No pipes: the server pg_ctl starts would hold them open, and spawnSync would wait for ever.
  const run = (program: string, args: string[]) => {
    const quoted = [join(bin, program), ...args].map((a) => `'${a}'`).join(" ");
    const result = root
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "ignore", timeout: 60_000 })
      : spawnSync(join(bin, program), args, { stdio: "ignore", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status})`);
  };
  run("initdb", ["-D", `${dir}/data`, "-A", "trust", "-U", "postgres"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  run("pg_ctl", ["-D", `${dir}/data`, "-l", `${dir}/log`, "-o", options, "-w", "start"]);
  cleanups.push(() => {
    run("pg_ctl", ["-D", `${dir}/data`, "-m", "immediate", "stop"]);
  });
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

const magic = (file: string) => {
  const buffer = Buffer.alloc(5);
  readSync(openSync(file, "r"), buffer, 0, 5, 0);
  return buffer.toString("latin1");
};

describe("backup and restore on Postgres", () => {
  let suiteUrl: string;
  let serverMajor: number;
  beforeAll(async () => {
    suiteUrl = inject("postgresUrl");
    serverMajor = major(String((await query(suiteUrl, "show server_version"))[0]?.server_version));
  });

  it("says how to do it by hand when pg_dump and pg_restore are not installed", async () => {
    const url = await createDatabase(suiteUrl, "attune_nopgdump");
    const dir = tempDir("howto");
    const env = { DATABASE_URL: url, DATA_DIR: dir, PATH: "/nonexistent" };
    const backup = await runCli("backup-cli", ["--out", join(dir, "x.dump")], env);
    expect(backup.code).toBe(69);
    expect(backup.output).toContain("pg_dump was not found");
    expect(backup.output).toMatch(/pg_dump --format=custom --file=\S+x\.dump "\$DATABASE_URL"/);
    expect(backup.output).toContain("pg_restore");
    // The password in DATABASE_URL is never printed.
    expect(backup.output).not.toContain("postgres:postgres@");
    const archive = join(dir, "y.dump");
    writeFileSync(archive, "PGDMP, or so it says");
    const restore = await runCli("restore-cli", [archive], env);
    expect(restore.code).toBe(69);
    expect(restore.output).toContain("pg_restore was not found");
  }, 60_000);

  it.runIf(pgDump)(
    "says which client version it needs when pg_dump is older than the server",
    async (context) => {
      if (dumpMajor >= serverMajor) {
        context.skip(`pg_dump ${dumpMajor} can read Postgres ${serverMajor}`);
        return;
      }
      const url = await createDatabase(suiteUrl, "attune_oldpgdump");
      const dir = tempDir("old");
      const backup = await runCli("backup-cli", ["--out", join(dir, "x.dump")], {
        DATABASE_URL: url,
        DATA_DIR: dir,
      });
      expect(backup.code).toBe(1);
      expect(backup.output).toContain(`cannot read a PostgreSQL ${serverMajor}`);
      expect(existsSync(join(dir, "x.dump"))).toBe(false);
    },
    60_000,
  );

  it.runIf(pgDump)(
    "backs up with pg_dump while the server runs, refuses to restore over a running or existing database, and restores with --force",
    async (context) => {
      const adminUrl = dumpMajor >= serverMajor ? suiteUrl : await startCluster(dumpMajor);
      if (!adminUrl) {
        context.skip(
          `pg_dump ${dumpMajor} cannot read Postgres ${serverMajor} and no ${dumpMajor} server is here`,
        );
        return;
      }
      const sourceUrl = await createDatabase(adminUrl, "attune_source");
      const targetUrl = await createDatabase(adminUrl, "attune_target");
      const sourceDir = tempDir("source");
      const file = join(tempDir("dumps"), "attune.dump");

      const source: TestServer = await startTestServer("postgres", {
        env: { DATABASE_URL: sourceUrl, DATA_DIR: sourceDir },
      });
      cleanups.push(() => source.close().catch(() => {}));
      const client = source.client();
      const email = uniqueEmail("pgbackup");
      await client.signUp(email);
      if ((await client.get("/api/me")).status !== 200) await client.signIn(email);
      const familyId = (await client.post("/api/families", { name: "Backup family" })).json.id;
      const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
      const babyId = (await client.post(`/api/families/${familyId}/babies`, { name: "Ash", birthDate: born }))
        .json.id;
      const entryId = uuidv7();
      const logged = await client.post(`/api/babies/${babyId}/entries`, {
        id: entryId,
        type: "reading",
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        details: {},
      });
      expect(logged.status).toBe(201);

      const backup = await runCli("backup-cli", ["--out", file], {
        DATABASE_URL: sourceUrl,
        DATA_DIR: sourceDir,
      });
      expect(backup.output).toContain("Backed up the Postgres database");
      expect(backup.code).toBe(0);
      expect(magic(file)).toBe("PGDMP");
      expect(existsSync(`${file}.session-secret`)).toBe(true);

      // A server is running on the target: refused.
      const targetDir = tempDir("target");
      const running = await startTestServer("postgres", {
        env: { DATABASE_URL: targetUrl, DATA_DIR: targetDir },
      });
      const refused = await runCli("restore-cli", [file, "--force"], {
        DATABASE_URL: targetUrl,
        DATA_DIR: targetDir,
      });
      expect(refused.code).toBe(75);
      expect(refused.output).toContain("Stop every server");
      await running.close();
      // Stopped, but the target holds Attune's tables: refused without --force.
      const exists = await runCli("restore-cli", [file], { DATABASE_URL: targetUrl, DATA_DIR: targetDir });
      expect(exists.code).toBe(73);
      expect(exists.output).toContain("--force");
      const forced = await runCli("restore-cli", [file, "--force"], {
        DATABASE_URL: targetUrl,
        DATA_DIR: targetDir,
      });
      expect(forced.output).toContain("Restored");
      expect(forced.code).toBe(0);

      const restored = await startTestServer("postgres", {
        env: { DATABASE_URL: targetUrl, DATA_DIR: targetDir },
      });
      cleanups.push(() => restored.close().catch(() => {}));
      const back = restored.client();
      expect((await back.signIn(email)).status).toBe(200);
      expect((await back.get(`/api/entries/${entryId}`)).json?.id).toBe(entryId);
    },
    120_000,
  );
});
