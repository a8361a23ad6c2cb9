// The directory benchmark's server, in its own process so that the load generator never shares its event
// loop: Attune on a fresh database (SQLite in a temp dir, or the Postgres at DATABASE_URL) with
// BENCH_PROVIDERS fictional providers bulk-loaded, listening on loopback. It tells the parent its address
// and how long the load took, and cleans up on SIGTERM.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import { fictionalProviders } from "../src/server/demo/fictional-providers.js";

const providers = Number(process.env.BENCH_PROVIDERS ?? 100_000);
const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-dir-"));
const app = await buildApp({
  config: loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000000",
  }),
  logger: false,
});
const started = performance.now();
const listings = fictionalProviders(providers).map((p) => ({ ...p.input, coordinates: p.coordinates }));
await app.attune.directory.bulkCreate(listings, { source: "demo", status: "approved" });
const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
// Postgres's autovacuum would otherwise wake up to tidy the 100,000 new rows (and the 900,000 terms) in the
// middle of the measurement and take CPU from it; a live directory was vacuumed long ago, so do it now.
if (app.attune.database.kind === "postgres") await sql`vacuum analyze`.execute(app.attune.database.db);
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ address, loadSeconds });

process.on("SIGTERM", () => {
  void app.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
