// The caseload benchmark's server, in its own process so that the load generator never shares its event loop:
// Attune on a fresh database (SQLite in a temp dir, or the Postgres at DATABASE_URL), one clinician signed up
// through the API, and BENCH_CASES families sharing with them (caseload-seed.ts). It tells the parent its
// address, the clinician's session cookie and one case id, and cleans up on SIGTERM.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import { seedCaseload } from "./caseload-seed.js";

const families = Number(process.env.BENCH_CASES ?? 2_000);
const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-caseload-"));
const app = await buildApp({
  config: loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000000",
  }),
  logger: false,
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });

const signUp = await fetch(`${address}/api/auth/sign-up/email`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: address },
  body: JSON.stringify({
    email: "clinician@bench.example",
    password: "correct horse battery 9",
    name: "Dr Bench",
    role: "clinician",
  }),
});
const cookie = signUp.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");
const me = (await (await fetch(`${address}/api/me`, { headers: { cookie } })).json()) as {
  user: { id: string; role: string };
};
if (me.user.role !== "clinician") throw new Error("bench: the clinician did not sign up as one");

const { db } = app.attune.database;
const started = performance.now();
const seeded = await seedCaseload(db, me.user.id, {
  families,
  entriesPerFamily: 100,
  kind: app.attune.database.kind,
});
const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
// Postgres's autovacuum would analyze and tidy the new rows in the middle of the measurement; a live database
// was long since, so do it now. SQLite is left without statistics, as Attune runs it.
if (app.attune.database.kind === "postgres") await sql`vacuum analyze`.execute(db);
const one = await db.selectFrom("cases").select("id").orderBy("id").executeTakeFirstOrThrow();
process.send?.({ address, cookie, caseId: one.id, loadSeconds, seeded });

process.on("SIGTERM", () => {
  void app.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
