import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";

// Attune as `npm start` builds it (all plugins: security headers, rate limit, policy gate, docs), on SQLite.
const dataDir = mkdtempSync(join(tmpdir(), "attune-bench-"));
const app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), logger: false });
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.send?.({ address: `${address}/api/health` });
