import { spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

export interface CliRun {
  code: number | null;
  output: string;
  startedAt: number;
  endedAt: number;
}

/**
 * Runs one of Attune's command-line tools (src/server/cli/*-cli.ts) the way `npm run` does, from this tree's
 * sources, as a separate process with its own environment. DATABASE_URL is cleared unless given.
 */
export function runCli(
  script: "backup-cli" | "restore-cli" | "migrate-cli",
  args: string[],
  env: Record<string, string>,
  onStart?: () => void,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(root, "src/server/cli", `${script}.ts`), ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: "", SESSION_SECRET: "", LOG_LEVEL: "warn", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    onStart?.();
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output, startedAt, endedAt: Date.now() }));
  });
}
