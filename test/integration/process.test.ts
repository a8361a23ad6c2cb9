import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HttpClient, uniqueEmail } from "../support/http-client.js";

// The server as `npm start` runs it: a separate process, configured by the environment, stopped by signals.
const main = join(import.meta.dirname, "../../src/server/main.ts");
const migrateCli = join(import.meta.dirname, "../../src/server/cli/migrate-cli.ts");
const children: ChildProcess[] = [];
const dirs: string[] = [];

function startProcess(env: Record<string, string>, script = main) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(base: string, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not become healthy");
}

const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "attune-proc-"));
  dirs.push(d);
  return d;
};

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the server process", () => {
  it("refuses to start on a bad setting, naming the variable and what would work", async () => {
    const p = startProcess({ PORT: "lots", DATA_DIR: tempDir() });
    expect(await p.exited).toBe(78);
    expect(p.output()).toMatch(/PORT must be a number \(got "lots"\)/);
    const q = startProcess({ DATABASE_URL: "mysql://x", DATA_DIR: tempDir() });
    expect(await q.exited).toBe(78);
    expect(q.output()).toMatch(/DATABASE_URL must start with postgres:\/\//);
    expect(q.output()).not.toContain("mysql://x");
  });

  it("keeps a generated session secret in the data dir so sessions survive a restart", async () => {
    const dataDir = tempDir();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const base = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir };
    const first = startProcess(env);
    await waitForHealth(base);
    const secretFile = join(dataDir, "session-secret");
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, "utf8");
    const c = new HttpClient(base);
    expect((await c.signUp(uniqueEmail())).status).toBe(200);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("shutting down");

    const second = startProcess(env);
    await waitForHealth(base);
    expect(readFileSync(secretFile, "utf8")).toBe(secret);
    expect((await c.get("/api/me")).status).toBe(200);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, "attune.db"))).toBe(true);
  });

  it("finishes a request in flight before it stops on SIGTERM", async () => {
    const dataDir = tempDir();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const base = `http://127.0.0.1:${port}`;
    const p = startProcess({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
    await waitForHealth(base);
    // Sign-up hashes a password (tens of milliseconds): signal while it is under way.
    const inFlight = new HttpClient(base).signUp(uniqueEmail());
    await new Promise((r) => setTimeout(r, 5));
    p.child.kill("SIGTERM");
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await p.exited).toBe(0);
  });

  it("migrates on its own with npm run db:migrate, and a second run finds nothing to do", async () => {
    const dataDir = tempDir();
    const first = startProcess({ DATA_DIR: dataDir }, migrateCli);
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/Applied: 0001_accounts_and_audit/);
    const second = startProcess({ DATA_DIR: dataDir }, migrateCli);
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain("The database is up to date.");
  });
});
