import { buildApp } from "../app.js";
import { ConfigError, loadConfig } from "../config.js";
import { demoPeople, seedDemo } from "./seed.js";
import { demoClinician, seedClinician } from "./seed-clinician.js";
import { demoModerator, demoProvider, seedDirectory, verifyDemoAddresses } from "./seed-directory.js";

/**
 * `npm run demo`: Attune with a demo family already in it, in its own data directory (./data-demo unless
 * DATA_DIR says otherwise) so it never mixes with real families.
 *
 * From a terminal it loads the data and keeps serving. Run by a script or CI (no terminal), it loads the data
 * and exits, so a pipeline can seed a data directory and then `npm start` on it; DEMO_SERVE=1 keeps it serving
 * anyway (a container without a terminal), DEMO_SERVE=0 loads and exits from a terminal too.
 */
const keepServing = (env: NodeJS.ProcessEnv, isTerminal: boolean) =>
  env.DEMO_SERVE === "1" || (env.DEMO_SERVE !== "0" && isTerminal);
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
  const serve = keepServing(process.env, Boolean(process.stdout.isTTY));
  const app = await buildApp({ config });
  // Loading only, it listens on a free port of this machine alone: the seed goes through the public API.
  const address = await app.listen(
    serve ? { port: config.port, host: config.host } : { port: 0, host: "127.0.0.1" },
  );
  const timeZone = process.env.DEMO_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
  const base = address.replace("0.0.0.0", "127.0.0.1");
  const result = await seedDemo(base, timeZone);
  // The directory first: Sam's referral picks a demo listing from it.
  const directory = await seedDirectory(base, app.attune);
  await seedClinician(base);
  await verifyDemoAddresses(app.attune);
  console.log(
    [
      "",
      `${serve ? `Attune demo on ${address}` : "Attune demo data loaded"}${result.seeded ? ` (seeded ${result.entries} entries)` : ""}`,
      `  Sign in as ${demoPeople.mother.email} / ${demoPeople.mother.password}`,
      `  or ${demoPeople.partner.email} / ${demoPeople.partner.password}`,
      `  Directory${directory.seeded ? ` (seeded ${directory.providers} fictional providers)` : ""}: ${demoProvider.email} / ${demoProvider.password} owns a listing;`,
      `  ${demoModerator.email} / ${demoModerator.password} moderates (Maya is the admin)`,
      `  Clinician: ${demoClinician.email} / ${demoClinician.password} (Maya shares the family with Sam)`,
      "",
    ].join("\n"),
  );
  if (!serve) {
    console.log("Not run from a terminal, so not serving: `npm start` with the same DATA_DIR serves it.");
    await app.close();
    return;
  }
  const stop = () => void app.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
