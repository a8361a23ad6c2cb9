import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// SIGTERM must end the server within the 10 s watchdog even when nobody reads its log. A server whose
// stdout pipe had filled used to sit in Atomics.wait (pino's synchronous flush at exit, retrying EAGAIN)
// until SIGKILL. Here every server logs at trace level into a pipe this test never reads, is made to log
// far more than a pipe holds, and is then stopped: all 50 must be gone within 10 s.
const root = join(import.meta.dirname, "../..");
const RUNS = Number(process.env.ATTUNE_SIGTERM_RUNS ?? 50);
const LANES = 10;
const children = new Set<ChildProcess>();
const dirs: string[] = [];

// The server as `npm start` runs it, from this tree's sources: bundled once (esbuild, the compiler tsx
// uses, packages left external) so that 50 starts cost about 1 s of CPU each instead of tsx's 2.5 s.
// It sits beside a copy of package.json and a link to node_modules, as it would in the project.
let main = "";
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "attune-sigterm-build-"));
  dirs.push(dir);
  copyFileSync(join(root, "package.json"), join(dir, "package.json"));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  main = join(dir, "main.mjs");
  buildSync({
    entryPoints: [join(root, "src/server/main.ts")],
    outfile: main,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

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

async function waitForHealth(base: string, child: ChildProcess, output: () => string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not become healthy (exit ${child.exitCode}): ${output().slice(-500)}`);
}

// Each request's URL (8 KB) is logged: 100 requests are ~800 KB of log, several times what a pipe holds.
const padding = "x".repeat(8 * 1024);

async function startFillAndStop(dataDir: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "trace" },
    // stdout is a pipe nobody reads until the process has gone.
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.stdout?.pause();
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on("exit", (code) => resolve({ code, at: Date.now() })),
  );
  await waitForHealth(base, child, () => stderr);
  let answered = 0;
  for (let i = 0; i < 100; i++) {
    const r = await fetch(`${base}/api/health?pad=${padding}&i=${i}`, { signal: AbortSignal.timeout(5_000) });
    if (r.ok) answered++;
  }
  const signalledAt = Date.now();
  child.kill("SIGTERM");
  const watchdog = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const { code, at } = await exited;
  clearTimeout(watchdog);
  // Only now read what the pipe held: proof that it had filled up while nobody read it.
  let unread = 0;
  child.stdout?.on("data", (d: Buffer) => (unread += d.length));
  await new Promise((r) => child.stdout?.once("close", r));
  children.delete(child);
  return { answered, code, ms: at - signalledAt, unread, stderr };
}

describe("stopping the server", () => {
  it(`exits within 10 s of SIGTERM, ${RUNS} times in a row, while its log pipe is full and unread`, async () => {
    const results: Awaited<ReturnType<typeof startFillAndStop>>[] = [];
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        // One data dir per lane: migrations run on its first start only.
        const dataDir = mkdtempSync(join(tmpdir(), "attune-sigterm-"));
        dirs.push(dataDir);
        for (let run = 0; run < RUNS / LANES; run++) results.push(await startFillAndStop(dataDir));
      }),
    );
    expect(results).toHaveLength(RUNS);
    for (const r of results) {
      expect(r.stderr).not.toMatch(/error/i);
      // Logging into the full pipe never held up a request...
      expect(r.answered).toBe(100);
      expect(r.unread).toBeGreaterThan(64 * 1024);
      // ...nor the exit.
      expect(r.code).toBe(0);
      expect(r.ms).toBeLessThan(10_000);
    }
  }, 180_000);
});
