import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  backupSqlite,
  copySecretBeside,
  exitCodes,
  explainPgFailure,
  findProgram,
  postgresHowTo,
  runPgTool,
  type SecretCopy,
  splitPassword,
} from "../../db/backup.js";
import { commandLine, configOrExplain, runTool } from "./command.js";

const help = `Usage: npm run db:backup -- --out FILE [--force]

Takes a consistent backup of Attune's database while the server keeps running, and copies the session
secret beside it as FILE.session-secret. Keep the two together, somewhere private.

  SQLite (the default, DATA_DIR/attune.db): SQLite's online backup API; FILE is a SQLite database.
  Postgres (DATABASE_URL set): pg_dump --format=custom; FILE is a pg_dump archive. Needs pg_dump
  (PostgreSQL client tools, at least the server's version); without it, says how to do it by hand.

Options:
  --out FILE   where to write the backup (its directory is made if missing)
  --force      replace FILE if it exists
  -h, --help   this text

Restore with: npm run db:restore -- FILE      (see docs/operations.md)
Exit codes: 0 done; 64 usage; 66 no database to back up; 69 pg_dump missing; 73 FILE exists (use --force);
74 disk full or a write failed; 78 bad configuration; 1 anything else.`;

function secretLine(secret: SecretCopy): string {
  if (secret.copied) return `The session secret is in ${secret.file}: keep it with the backup, and private.`;
  if (secret.reason === "from_environment")
    return "SESSION_SECRET is set in the environment, so no secret file was copied: keep that value with your backups.";
  return "There is no session secret in DATA_DIR yet (the server makes one on first start); nothing to copy.";
}

async function main(): Promise<number> {
  const parsed = commandLine({ out: { type: "string" } } as const, help);
  if ("exitCode" in parsed) return parsed.exitCode;
  const { args } = parsed;
  const outArg = args.values.out ?? (args.positionals.length === 1 ? args.positionals[0] : undefined);
  if (!outArg || args.positionals.length > (args.values.out ? 0 : 1)) {
    console.error(`Say where the backup goes: --out FILE.\n\n${help}`);
    return exitCodes.usage;
  }
  const out = resolve(outArg);

  const config = configOrExplain();
  if (!config) return exitCodes.config;

  if (config.database.kind === "sqlite") {
    const source = config.database.file;
    if (!existsSync(source)) {
      console.error(`There is no database at ${source} (DATA_DIR=${config.dataDir}): nothing to back up.`);
      return exitCodes.noInput;
    }
    if ([source, `${source}-wal`, `${source}-shm`].includes(out)) {
      console.error(`--out ${out} is the live database itself: choose another file.`);
      return exitCodes.usage;
    }
  }
  if (existsSync(out) && !args.values.force) {
    console.error(`${out} already exists: choose another file, or add --force to replace it.`);
    return exitCodes.exists;
  }
  mkdirSync(dirname(out), { recursive: true });

  if (config.database.kind === "sqlite") {
    const started = Date.now();
    const result = await backupSqlite(config.database.file, out);
    const secret = copySecretBeside(config.dataDir, out, Boolean(config.sessionSecret));
    console.log(
      `Backed up ${config.database.file} to ${out}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ` +
        `${result.pages} pages, integrity ok, in ${Date.now() - started} ms.`,
    );
    console.log(secretLine(secret));
    console.log(`Restore it with: npm run db:restore -- ${out}`);
    return 0;
  }

  const pgDump = findProgram("pg_dump");
  if (!pgDump) {
    console.error(postgresHowTo("pg_dump", out));
    return exitCodes.unavailable;
  }
  const { url, password } = splitPassword(config.database.url);
  const tmp = `${out}.partial-${process.pid}`;
  const dump = await runPgTool(pgDump, ["--format=custom", `--file=${tmp}`, `--dbname=${url}`], password);
  if (dump.code !== 0) {
    rmSync(tmp, { force: true });
    console.error(explainPgFailure("pg_dump", dump.stderr));
    return /No space left/i.test(dump.stderr) ? exitCodes.io : 1;
  }
  renameSync(tmp, out);
  const secret = copySecretBeside(config.dataDir, out, Boolean(config.sessionSecret));
  console.log(
    `Backed up the Postgres database to ${out} (pg_dump custom format, ${statSync(out).size} bytes).`,
  );
  console.log(secretLine(secret));
  console.log(`Restore it with: npm run db:restore -- ${out}`);
  return 0;
}

runTool(main, "The backup");
