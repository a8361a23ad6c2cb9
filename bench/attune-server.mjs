// Attune as `npm start` runs it — the built server (dist/node), every plugin — on a fresh SQLite file.
// Plain node, no TypeScript loader, so that it is measured as it runs in production. The flood guard is
// raised: every benchmark request comes from one address.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../dist/node/server/app.js";
import { loadConfig } from "../dist/node/server/config.js";

const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-"));
const app = await buildApp({
  config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000000" }),
  logger: false,
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ address: `${address}/api/health` });
process.on("SIGINT", () => process.exit(0)); // lets --cpu-prof write its profile when profiling
