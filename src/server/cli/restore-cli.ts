import { existsSync, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  backupKind,
  exitCodes,
  explainPgFailure,
  findProgram,
  postgresEmptySchema,
  postgresHasAttune,
  postgresHowTo,
  postgresServersConnected,
  restoreSecret,
  restoreSqlite,
  runPgTool,
  type SecretCopy,
  secretBeside,
  splitPassword,
} from "../../db/backup.js";
import { commandLine, configOrExplain, runTool } from "./command.js";

const help = `Usage: npm run db:restore -- FILE [--force]

Restores a backup made by \`npm run db:backup\` into this configuration's database, and the session secret
saved beside it (FILE.session-secret) into DATA_DIR, so that sessions from the backup stay valid.

  SQLite (the default): FILE becomes DATA_DIR/attune.db.
  Postgres (DATABASE_URL set): pg_restore into that database. Needs pg_restore (PostgreSQL client tools);
  without it, says how to do it by hand.

It refuses while an Attune server has the database open (stop the server first), and refuses to replace
an existing database unless --force. With --force on SQLite, the database it replaces is kept beside it as
attune-before-restore-<date>.db; on Postgres, the current schema is dropped and made again first.
Start the server afterwards: it brings an older backup's schema up to date.

Options:
  --force      replace the existing database
  -h, --help   this text

Exit codes: 0 done; 64 usage; 65 not a backup this can restore; 66 FILE missing; 69 pg_restore missing;
73 a database exists (use --force); 74 disk full or a write failed; 75 a server holds the database;
78 bad configuration; 1 anything else.`;

function secretLine(secret: SecretCopy, fromEnvironment: boolean, file: string): string {
  if (secret.copied)
    return fromEnvironment
      ? `The session secret was restored to ${secret.file}, but SESSION_SECRET is set and the server uses that.`
      : `The session secret was restored to ${secret.file}: sessions from the backup stay valid.`;
  return `No session secret beside the backup (${secretBeside(file)}): everyone signs in again after the restore.`;
}

async function main(): Promise<number> {
  const parsed = commandLine({}, help);
  if ("exitCode" in parsed) return parsed.exitCode;
  const { args } = parsed;
  if (args.positionals.length !== 1) {
    console.error(`Name one backup file to restore.\n\n${help}`);
    return exitCodes.usage;
  }
  const file = resolve(args.positionals[0] as string);
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`There is no backup file at ${file}.`);
    return exitCodes.noInput;
  }

  const config = configOrExplain();
  if (!config) return exitCodes.config;
  const kind = backupKind(file);
  const force = args.values.force;

  if (config.database.kind === "sqlite") {
    if (kind !== "sqlite") {
      console.error(
        kind === "pgdump"
          ? `${file} is a Postgres backup (pg_dump), but DATABASE_URL is not set: set it to restore into Postgres.`
          : `${file} is not an Attune backup (not a SQLite database).`,
      );
      return exitCodes.badBackup;
    }
    mkdirSync(config.dataDir, { recursive: true });
    const result = restoreSqlite(file, config.database.file, force);
    const secret = restoreSecret(file, config.dataDir);
    console.log(
      `Restored ${file} into ${config.database.file} (integrity ok, ${result.migrations} migrations recorded).`,
    );
    if (result.replacedKeptAs)
      console.log(
        `The database it replaced is kept as ${result.replacedKeptAs}: delete it once all is well.`,
      );
    console.log(secretLine(secret, Boolean(config.sessionSecret), file));
    console.log("Start the server now (npm start); it brings an older backup's schema up to date.");
    return 0;
  }

  if (kind !== "pgdump") {
    console.error(
      kind === "sqlite"
        ? `${file} is a SQLite backup, but DATABASE_URL is set: unset it to restore into DATA_DIR.`
        : `${file} is not a pg_dump custom-format archive (make one with npm run db:backup).`,
    );
    return exitCodes.badBackup;
  }
  const pgRestore = findProgram("pg_restore");
  if (!pgRestore) {
    console.error(postgresHowTo("pg_restore", file));
    return exitCodes.unavailable;
  }
  const servers = await postgresServersConnected(config.database.url);
  if (servers > 0) {
    console.error(
      `${servers} connection(s) from a running Attune server are open on this database. ` +
        "Stop every server that uses it, then run the restore again.",
    );
    return exitCodes.inUse;
  }
  if (await postgresHasAttune(config.database.url)) {
    if (!force) {
      console.error(
        "This Postgres database already holds Attune's tables. Restoring replaces them: run again with " +
          "--force to do so (take a backup of it first if it matters).",
      );
      return exitCodes.exists;
    }
    await postgresEmptySchema(config.database.url);
  }
  const { url, password } = splitPassword(config.database.url);
  const restore = await runPgTool(
    pgRestore,
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file],
    password,
  );
  if (restore.code !== 0) {
    console.error(explainPgFailure("pg_restore", restore.stderr));
    return /No space left|could not extend/i.test(restore.stderr) ? exitCodes.io : 1;
  }
  let secret: SecretCopy;
  if (config.sessionSecret) secret = restoreSecretIfAny(file, config.dataDir);
  else {
    mkdirSync(config.dataDir, { recursive: true });
    secret = restoreSecret(file, config.dataDir);
  }
  console.log(`Restored ${file} into the Postgres database.`);
  console.log(secretLine(secret, Boolean(config.sessionSecret), file));
  console.log("Start the servers now; the first brings an older backup's schema up to date.");
  return 0;
}

/** With SESSION_SECRET set, DATA_DIR may not even be writable: restoring the file there is a courtesy. */
function restoreSecretIfAny(file: string, dataDir: string): SecretCopy {
  try {
    mkdirSync(dataDir, { recursive: true });
    return restoreSecret(file, dataDir);
  } catch {
    return { copied: false, reason: "none_beside" };
  }
}

runTool(main, "The restore");
