import { buildApp } from "../app.js";
import { ConfigError, loadConfig } from "../config.js";
import { demoPeople, seedDemo } from "./seed.js";
import { demoModerator, demoProvider, seedDirectory } from "./seed-directory.js";

/**
 * `npm run demo`: Attune with a demo family already in it, in its own data directory (./data-demo unless
 * DATA_DIR says otherwise) so it never mixes with real families.
 */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR ?? "data-demo" });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const app = await buildApp({ config });
  const address = await app.listen({ port: config.port, host: config.host });
  const timeZone = process.env.DEMO_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
  const base = address.replace("0.0.0.0", "127.0.0.1");
  const result = await seedDemo(base, timeZone);
  const directory = await seedDirectory(base, app.attune);
  console.log(
    [
      "",
      `Attune demo on ${address}${result.seeded ? ` (seeded ${result.entries} entries)` : ""}`,
      `  Sign in as ${demoPeople.mother.email} / ${demoPeople.mother.password}`,
      `  or ${demoPeople.partner.email} / ${demoPeople.partner.password}`,
      `  Directory${directory.seeded ? ` (seeded ${directory.providers} fictional providers)` : ""}: ${demoProvider.email} / ${demoProvider.password} owns a listing;`,
      `  ${demoModerator.email} / ${demoModerator.password} moderates (Maya is the admin)`,
      "",
    ].join("\n"),
  );
  const stop = () => void app.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
