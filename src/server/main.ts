import { buildApp } from "./app.js";
import { CONFIG_EXIT_CODE, configOrExplain } from "./cli/command.js";
import { stdoutLog } from "./log-stream.js";

/**
 * `npm start` lands here. Configuration errors end the process with a plain message; SIGTERM and SIGINT
 * stop accepting connections, let in-flight requests finish, then close the database. Whatever happens, the
 * process is gone within 10 s of the signal: nothing on the way out may block the event loop (the log
 * stream never writes synchronously and has no exit hook; see log-stream.ts).
 */
async function main() {
  const config = configOrExplain();
  if (!config) process.exit(CONFIG_EXIT_CODE);

  const app = await buildApp({ config });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: finishing requests in flight");
    // A request that hangs must not keep the process alive forever.
    const timer = setTimeout(() => {
      app.log.error("shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
      // Give a slow log reader a moment; a reader that has stopped reading must not keep us alive.
      await stdoutLog().drain(1_000);
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, "error while shutting down");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { address, database: app.attune.database.kind, dataDir: config.dataDir },
    `Attune ${app.attune.version} is listening on ${address}`,
  );
}

main().catch((error) => {
  console.error("Attune could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
