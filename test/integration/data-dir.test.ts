import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";

// DATA_DIR as `npm start` meets it: a separate process, configured by the environment. A missing one is
// created when it can be; one that cannot be created or written stops the server at once, naming the path.
const main = join(import.meta.dirname, "../../src/server/main.ts");
const children: ChildProcess[] = [];
const dirs: string[] = [];
// As root every directory is writable, whatever its mode: the read-only cases run the server as `nobody`.
const asRoot = process.getuid?.() === 0;
const nobody = { uid: 65534, gid: 65534 };

function startProcess(env: Record<string, string>, options: { uid?: number; gid?: number } = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, LOG_LEVEL: "info", DATABASE_URL: "", SESSION_SECRET: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(base: string, ms = 30_000) {
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
  const d = mkdtempSync(join(tmpdir(), "attune-datadir-"));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
};

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

/** A directory the server process cannot write: mode 0555, and the server not root. */
function readOnlyDir() {
  const dir = join(tempDir(), "data");
  mkdirSync(dir);
  chmodSync(dir, 0o555);
  return dir;
}

describe("DATA_DIR", () => {
  it("is created when missing, parents and all", async () => {
    const dataDir = join(tempDir(), "not", "yet", "there");
    const port = 20000 + Math.floor(Math.random() * 20000);
    const p = startProcess({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
    await waitForHealth(`http://127.0.0.1:${port}`);
    expect(existsSync(join(dataDir, "attune.db"))).toBe(true);
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  }, 60_000);

  it("stops the server, naming the path, when it is missing and cannot be created", async () => {
    const inReadOnly = join(readOnlyDir(), "data");
    const p = startProcess({ DATA_DIR: inReadOnly }, asRoot ? nobody : {});
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain(
      `DATA_DIR ${inReadOnly} does not exist and could not be created: permission denied`,
    );
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "");
    const underFile = join(file, "data");
    const q = startProcess({ DATA_DIR: underFile });
    expect(await q.exited).toBe(1);
    expect(q.output()).toContain(`DATA_DIR ${underFile} does not exist and could not be created`);
  }, 60_000);

  it("stops the server, naming the path, when it is read-only (SQLite)", async () => {
    const dataDir = readOnlyDir();
    const p = startProcess({ DATA_DIR: dataDir }, asRoot ? nobody : {});
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain(`DATA_DIR ${dataDir} is read-only or cannot be written: permission denied`);
    expect(p.output()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("stops the server, naming the path, when it is read-only and holds the session secret (Postgres)", async () => {
    const dataDir = readOnlyDir();
    const p = startProcess({ DATA_DIR: dataDir, DATABASE_URL: inject("postgresUrl") }, asRoot ? nobody : {});
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain(`DATA_DIR ${dataDir} is read-only or cannot be written`);
  }, 60_000);
});
