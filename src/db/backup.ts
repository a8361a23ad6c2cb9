import { spawn } from "node:child_process";
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { delimiter, dirname, join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { postgresApplicationName } from "./database.js";

/**
 * Backups and restores for `npm run db:backup` and `npm run db:restore` (the CLIs are server/cli/backup-cli.ts and
 * restore-cli.ts; docs/operations.md is the guide).
 *
 * SQLite: an online backup through SQLite's backup API, copied in one step so that it is one consistent
 * snapshot, while the server goes on writing (WAL lets a reader and a writer work at once). Postgres:
 * pg_dump and pg_restore in their custom format. Either way the session secret travels beside the backup.
 */

/** A failure the CLI reports as it is, with its exit code (sysexits.h where one fits). */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

export const exitCodes = {
  usage: 64, // EX_USAGE
  badBackup: 65, // EX_DATAERR: not a backup we can restore
  noInput: 66, // EX_NOINPUT: nothing to back up, or no backup file
  unavailable: 69, // EX_UNAVAILABLE: pg_dump / pg_restore not installed
  exists: 73, // EX_CANTCREAT: would overwrite without --force
  io: 74, // EX_IOERR: the disk is full, or a write failed
  inUse: 75, // EX_TEMPFAIL: a server holds the database; stop it and try again
  config: 78, // EX_CONFIG: as the server
} as const;

/** Where the session secret goes beside a backup file. */
export const secretBeside = (backupFile: string) => `${backupFile}.session-secret`;

const SQLITE_MAGIC = "SQLite format 3\0";
const PGDUMP_MAGIC = "PGDMP";

/** What a file looks like: a SQLite database, a pg_dump custom archive, or something else. */
export function backupKind(file: string): "sqlite" | "pgdump" | "other" {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, n).toString("latin1");
    if (text === SQLITE_MAGIC) return "sqlite";
    if (text.startsWith(PGDUMP_MAGIC)) return "pgdump";
    return "other";
  } finally {
    closeSync(fd);
  }
}

const sqliteCode = (error: unknown) => (error as { code?: string }).code ?? "";
const isFull = (error: unknown) => ["SQLITE_FULL", "ENOSPC", "EDQUOT"].includes(sqliteCode(error));

function fsyncFile(path: string) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(path: string) {
  try {
    fsyncFile(path);
  } catch {
    // Not every file system lets a directory be synced; the rename is still atomic.
  }
}

/** Writes `content` to `file` with mode 0600, atomically (a temporary file, then a rename). */
function writePrivateFile(file: string, content: string) {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, content, { mode: 0o600 });
    fsyncFile(tmp);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Is the SQLite database open in another process (a running server, a backup in progress)? Every Attune
 * connection keeps the database in WAL mode and holds a shared lock on it while open; an exclusive lock
 * attempt that does not wait fails with SQLITE_BUSY exactly while any other connection is open. No pid
 * file, so nothing goes stale when a server is killed.
 */
export function sqliteInUse(file: string): boolean {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return false;
  } catch (error) {
    if (sqliteCode(error).startsWith("SQLITE_BUSY") || sqliteCode(error).startsWith("SQLITE_LOCKED"))
      return true;
    throw error;
  } finally {
    db.close();
  }
}

export interface SqliteBackupResult {
  bytes: number;
  pages: number;
}

/**
 * An online backup of `source` into `out`: SQLite's backup API copying every page in one step (one read
 * transaction, so one consistent snapshot of every committed write), into a temporary file that is checked
 * (`PRAGMA integrity_check`), made a plain single file (journal_mode DELETE), synced, and only then renamed
 * to `out`, so a half-written backup never carries the final name.
 */
export async function backupSqlite(source: string, out: string): Promise<SqliteBackupResult> {
  const tmp = `${out}.partial-${process.pid}`;
  rmSync(tmp, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // The first step only opens the backup; the progress callback then asks for every remaining page at once.
    await db.backup(tmp, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(tmp, { force: true });
    if (isFull(error))
      throw new BackupError(`The disk holding ${out} is full: the backup was not written.`, exitCodes.io);
    throw error;
  } finally {
    db.close();
  }
  try {
    const copy = new SQLite(tmp, { fileMustExist: true });
    let pages: number;
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new BackupError(`The backup failed its integrity check: ${check}`, 1);
      pages = copy.pragma("page_count", { simple: true }) as number;
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
    renameSync(tmp, out);
    fsyncDir(dirname(out));
    return { bytes: statSync(out).size, pages };
  } catch (error) {
    rmSync(tmp, { force: true });
    if (isFull(error))
      throw new BackupError(`The disk holding ${out} is full: the backup was not written.`, exitCodes.io);
    throw error;
  }
}

export type SecretCopy =
  | { copied: true; file: string }
  | { copied: false; reason: "from_environment" | "none_yet" | "none_beside" };

/** Copies DATA_DIR/session-secret beside the backup (mode 0600), unless SESSION_SECRET is set instead. */
export function copySecretBeside(dataDir: string, out: string, fromEnvironment: boolean): SecretCopy {
  if (fromEnvironment) return { copied: false, reason: "from_environment" };
  const secretFile = join(dataDir, "session-secret");
  if (!existsSync(secretFile)) return { copied: false, reason: "none_yet" };
  const file = secretBeside(out);
  writePrivateFile(file, readFileSync(secretFile, "utf8"));
  return { copied: true, file };
}

/** Puts the secret saved beside a backup back into DATA_DIR (mode 0600). */
export function restoreSecret(backupFile: string, dataDir: string): SecretCopy {
  const beside = secretBeside(backupFile);
  if (!existsSync(beside)) return { copied: false, reason: "none_beside" };
  const secret = readFileSync(beside, "utf8");
  if (secret.trim().length < 32)
    throw new BackupError(`${beside} does not hold a session secret (too short).`, exitCodes.badBackup);
  const file = join(dataDir, "session-secret");
  writePrivateFile(file, secret);
  return { copied: true, file };
}

export interface SqliteRestoreResult {
  /** Where the database that was replaced (with --force) now is. */
  replacedKeptAs?: string;
  migrations: number;
}

/**
 * Restores a SQLite backup as `target`. The backup is first copied beside the target and checked there
 * (it opens, passes `PRAGMA quick_check`, holds Attune's migrations table), so a bad file or a full disk
 * never touches the live database. Refuses while another process has the target open, and refuses to
 * replace an existing database unless `force`; a replaced database is kept beside it under a dated name.
 */
export function restoreSqlite(backupFile: string, target: string, force: boolean): SqliteRestoreResult {
  const dir = dirname(target);
  const tmp = `${target}.restoring-${process.pid}`;
  const present = existsSync(target);
  if (present && sqliteInUse(target))
    throw new BackupError(
      `${target} is open in another process: a running Attune server (or a backup in progress). ` +
        "Stop the server, then run the restore again.",
      exitCodes.inUse,
    );
  if (present && !force)
    throw new BackupError(
      `${target} already exists. Restoring replaces it: run again with --force to do so ` +
        "(the database it replaces is kept beside it under a dated name).",
      exitCodes.exists,
    );

  let migrations = 0;
  try {
    copyFileSync(backupFile, tmp);
    const copy = new SQLite(tmp, { fileMustExist: true });
    try {
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok")
        throw new BackupError(`${backupFile} is damaged (quick_check: ${check}).`, exitCodes.badBackup);
      const table = copy
        .prepare("select name from sqlite_master where type = 'table' and name = 'schema_migrations'")
        .get();
      if (!table)
        throw new BackupError(
          `${backupFile} is a SQLite database but not an Attune one (it has no schema_migrations table).`,
          exitCodes.badBackup,
        );
      migrations = (copy.prepare("select count(*) as n from schema_migrations").get() as { n: number }).n;
      // The server turns WAL back on when it opens the database.
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof BackupError) throw error;
    if (sqliteCode(error) === "SQLITE_NOTADB")
      throw new BackupError(`${backupFile} is not a SQLite database.`, exitCodes.badBackup);
    if (isFull(error))
      throw new BackupError(`The disk holding ${dir} is full: nothing was restored.`, exitCodes.io);
    throw error;
  }

  let replacedKeptAs: string | undefined;
  if (present) {
    // sqliteInUse's connection was the last one: closing it checkpointed the WAL into the file.
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
    replacedKeptAs = join(dir, `attune-before-restore-${stamp}.db`);
    renameSync(target, replacedKeptAs);
  }
  // A WAL or shared-memory file left beside the target belongs to the old database: SQLite would replay it
  // onto the restored one.
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(tmp, target);
  fsyncDir(dir);
  return { migrations, ...(replacedKeptAs ? { replacedKeptAs } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Postgres

/** The full path of a program on PATH, or undefined. */
export function findProgram(name: string, path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return undefined;
}

/** The connection string without its password (which goes in PGPASSWORD, out of `ps`). */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  return { url: parsed.toString(), password };
}

/** Runs a pg tool with the password in the environment; resolves with its exit code and what it said. */
export function runPgTool(
  program: string,
  args: string[],
  password: string | undefined,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** pg_dump or pg_restore is not installed: say what would work instead. */
export function postgresHowTo(missing: "pg_dump" | "pg_restore", file: string): string {
  return [
    `${missing} was not found on PATH, so nothing was done.`,
    "Install the PostgreSQL client tools, at least the server's version (Debian or Ubuntu:",
    "`apt install postgresql-client`; other systems: https://www.postgresql.org/download/), then run this",
    "again. Or do it by hand:",
    `  back up:  pg_dump --format=custom --file=${file} "$DATABASE_URL"`,
    `  restore:  pg_restore --no-owner --no-privileges --single-transaction --dbname="$DATABASE_URL" ${file}`,
    "and keep DATA_DIR/session-secret (or SESSION_SECRET) with the backup.",
  ].join("\n");
}

/** How pg_dump's complaint about a newer server reads, in plain words. */
export function explainPgFailure(tool: string, stderr: string): string {
  const [, server, own] = /server version: ([\d.]+)[^\n]*; \S+ version: ([\d.]+)/.exec(stderr) ?? [];
  if (server && own)
    return (
      `${tool} ${own} cannot read a PostgreSQL ${server} server: install the PostgreSQL client tools of ` +
      `version ${server.split(".")[0]} or later, then run this again.`
    );
  return `${tool} failed (its messages are above).`;
}

/** The Attune servers connected to this database, by the name they give Postgres. */
export async function postgresServersConnected(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where datname = current_database() " +
        "and application_name = $1 and pid <> pg_backend_pid()",
      [postgresApplicationName],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Does the database already hold Attune's tables? */
export async function postgresHasAttune(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: string | null }>(
      "select to_regclass('schema_migrations')::text as found",
    );
    return Boolean(rows[0]?.found);
  } finally {
    await client.end();
  }
}

/** Empties the current schema (drops it and makes it again), for a restore with --force. */
export async function postgresEmptySchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string }>("select current_schema() as schema");
    const schema = rows[0]?.schema ?? "public";
    const quoted = `"${schema.replace(/"/g, '""')}"`;
    await client.query("begin");
    await client.query(`drop schema if exists ${quoted} cascade`);
    await client.query(`create schema ${quoted}`);
    await client.query("commit");
  } finally {
    await client.end();
  }
}
