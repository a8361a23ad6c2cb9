import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/domain/ids.js";
import { runCli } from "../support/cli.js";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// `npm run db:backup` and `npm run db:restore` on SQLite, run as the separate processes they are, against
// a real server's data directory.
const dirs: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `attune-${name}-`));
  dirs.push(d);
  return d;
};
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A server whose database lives in `dataDir` (a directory the test owns and keeps). */
async function serverOn(dataDir: string) {
  const server = await startTestServer("sqlite", {
    env: { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: "100000" },
  });
  servers.push(server);
  return server;
}
async function stop(server: TestServer) {
  servers.splice(servers.indexOf(server), 1);
  await server.close();
}

async function caregiverWithBaby(server: TestServer) {
  const client = server.client();
  const email = uniqueEmail("backup");
  await client.signUp(email);
  if ((await client.get("/api/me")).status !== 200) await client.signIn(email);
  const familyId = (await client.post("/api/families", { name: "Backup family" })).json.id;
  const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  const babyId = (await client.post(`/api/families/${familyId}/babies`, { name: "Wren", birthDate: born }))
    .json.id;
  expect(babyId).toBeTruthy();
  return { client, email, babyId };
}

let sequence = 0;
async function logEntry(client: HttpClient, babyId: string) {
  const id = uuidv7();
  const startedAt = new Date(Date.now() - 3_600_000 + sequence++ * 100).toISOString();
  const res = await client.post(`/api/babies/${babyId}/entries?acceptOverlap=true`, {
    id,
    type: "diaper",
    startedAt,
    details: { kind: "wet" },
    note: `entry ${sequence}`,
  });
  return { id, status: res.status, ackedAt: Date.now() };
}

async function allEntryIds(client: HttpClient, babyId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = (
      await client.get(`/api/babies/${babyId}/entries?limit=500${cursor ? `&cursor=${cursor}` : ""}`)
    ).json;
    for (const e of page.items) ids.add(e.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

const integrity = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
};

describe("backup and restore on SQLite", () => {
  it("a backup taken under write load restores to a server that serves every write acknowledged before it began", async () => {
    const dataDir = tempDir("live");
    const backupFile = join(tempDir("backups"), "nightly", "attune.db");
    const server = await serverOn(dataDir);
    const { client, email, babyId } = await caregiverWithBaby(server);

    // Four writers log entries as fast as the server takes them, before, during and after the backup.
    const writes: { id: string; status: number; ackedAt: number }[] = [];
    let writing = true;
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) writes.push(await logEntry(client, babyId));
    });
    while (writes.length < 150) await new Promise((r) => setTimeout(r, 20));

    let backupStartedAt = 0;
    const backup = await runCli("backup-cli", ["--out", backupFile], { DATA_DIR: dataDir }, () => {
      backupStartedAt = Date.now();
    });
    const afterBackup = writes.length;
    while (writes.length < afterBackup + 50) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await Promise.all(writers);

    expect(backup.output).toContain("Backed up");
    expect(backup.code).toBe(0);
    expect(backup.output).toContain(`${backupFile}.session-secret`);
    expect(statSync(`${backupFile}.session-secret`).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${backupFile}.session-secret`, "utf8")).toBe(
      readFileSync(join(dataDir, "session-secret"), "utf8"),
    );
    expect(writes.every((w) => w.status === 201)).toBe(true);
    const acknowledgedBefore = writes.filter((w) => w.ackedAt < backupStartedAt);
    const duringBackup = writes.filter((w) => w.ackedAt >= backupStartedAt && w.ackedAt <= backup.endedAt);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(150);
    // The server went on taking writes while the backup ran.
    expect(duringBackup.length).toBeGreaterThan(0);
    await stop(server);

    const restoreDir = join(tempDir("restored"), "data");
    const restore = await runCli("restore-cli", [backupFile], { DATA_DIR: restoreDir });
    expect(restore.output).toContain("Restored");
    expect(restore.code).toBe(0);
    expect(integrity(join(restoreDir, "attune.db"))).toBe("ok");
    expect(readFileSync(join(restoreDir, "session-secret"), "utf8")).toBe(
      readFileSync(join(dataDir, "session-secret"), "utf8"),
    );

    const restored = await serverOn(restoreDir);
    // The session secret came back with the database: the session from before the backup still works.
    const sameSession = new HttpClient(restored.base);
    for (const [k, v] of client.cookies) sameSession.cookies.set(k, v);
    expect((await sameSession.get("/api/me")).status).toBe(200);
    const fresh = restored.client();
    expect((await fresh.signIn(email)).status).toBe(200);
    const present = await allEntryIds(fresh, babyId);
    const missing = acknowledgedBefore.filter((w) => !present.has(w.id));
    expect(missing).toEqual([]);
    // Nothing that was never written appears.
    const written = new Set(writes.map((w) => w.id));
    expect([...present].every((id) => written.has(id))).toBe(true);
    await stop(restored);
  }, 120_000);

  it("restore refuses while a server holds the database, refuses to overwrite without --force, and --force works once it has stopped", async () => {
    const source = tempDir("source");
    const backupFile = join(tempDir("backups"), "b.db");
    const first = await serverOn(source);
    const a = await caregiverWithBaby(first);
    const kept = await logEntry(a.client, a.babyId);
    expect((await runCli("backup-cli", ["--out", backupFile], { DATA_DIR: source })).code).toBe(0);
    // A second backup to the same file is refused without --force, and made with it.
    const again = await runCli("backup-cli", ["--out", backupFile], { DATA_DIR: source });
    expect(again.code).toBe(73);
    expect(again.output).toContain("--force");
    expect((await runCli("backup-cli", ["--out", backupFile, "--force"], { DATA_DIR: source })).code).toBe(0);
    await stop(first);

    // Another installation with data of its own, running.
    const target = tempDir("target");
    const second = await serverOn(target);
    const b = await caregiverWithBaby(second);
    const theirs = await logEntry(b.client, b.babyId);

    const whileRunning = await runCli("restore-cli", [backupFile, "--force"], { DATA_DIR: target });
    expect(whileRunning.code).toBe(75);
    expect(whileRunning.output).toMatch(/open in another process.*Stop the server/s);
    expect(whileRunning.output).toContain(join(target, "attune.db"));
    // Nothing was touched: the running server still serves its own data.
    expect((await b.client.get(`/api/entries/${theirs.id}`)).status).toBe(200);
    await stop(second);

    const withoutForce = await runCli("restore-cli", [backupFile], { DATA_DIR: target });
    expect(withoutForce.code).toBe(73);
    expect(withoutForce.output).toMatch(/already exists.*--force/s);

    const forced = await runCli("restore-cli", [backupFile, "--force"], { DATA_DIR: target });
    expect(forced.output).toContain("Restored");
    expect(forced.code).toBe(0);
    const keptAs = readdirSync(target).filter((f) => /^attune-before-restore-\d{8}T\d{6}\.db$/.test(f));
    expect(keptAs).toHaveLength(1);
    expect(forced.output).toContain(keptAs[0]);
    expect(existsSync(join(target, "attune.db-wal"))).toBe(false);

    const third = await serverOn(target);
    const back = third.client();
    expect((await back.signIn(a.email)).status).toBe(200);
    expect((await back.get(`/api/entries/${kept.id}`)).status).toBe(200);
    // The replaced installation's account is not in the restored database.
    expect((await third.client().signIn(b.email)).status).not.toBe(200);
    await stop(third);
  }, 120_000);

  it("says how to use it, and refuses what is not a backup", async () => {
    const dataDir = tempDir("cli");
    const help = await runCli("backup-cli", ["--help"], { DATA_DIR: dataDir });
    expect(help.code).toBe(0);
    expect(help.output).toContain("npm run db:backup -- --out FILE");
    expect((await runCli("restore-cli", ["-h"], { DATA_DIR: dataDir })).output).toContain("--force");
    const noOut = await runCli("backup-cli", [], { DATA_DIR: dataDir });
    expect(noOut.code).toBe(64);
    const nothing = await runCli("backup-cli", ["--out", join(dataDir, "x.db")], { DATA_DIR: dataDir });
    expect(nothing.code).toBe(66);
    expect(nothing.output).toContain(join(dataDir, "attune.db"));
    const notBackup = join(dataDir, "notes.txt");
    writeFileSync(notBackup, "not a database at all");
    const refused = await runCli("restore-cli", [notBackup], { DATA_DIR: join(dataDir, "fresh") });
    expect(refused.code).toBe(65);
    expect(refused.output).toContain("not an Attune backup");
    const missing = await runCli("restore-cli", [join(dataDir, "nope.db")], { DATA_DIR: dataDir });
    expect(missing.code).toBe(66);
  }, 60_000);
});
