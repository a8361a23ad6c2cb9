import { mkdirSync } from "node:fs";
import { openDatabase } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { loadConfig } from "../config.js";

// `npm run db:migrate`: the same migrations the server runs at start, for deploys that migrate first.
const config = loadConfig();
if (config.database.kind === "sqlite") mkdirSync(config.dataDir, { recursive: true });
const database = openDatabase(config.database);
try {
  const applied = await migrateToLatest(database);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.close();
}
