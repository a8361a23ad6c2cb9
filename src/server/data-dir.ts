import { accessSync, constants, mkdirSync, rmSync, type Stats, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** DATA_DIR cannot be used; the message names the path and says what would work. */
export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataDirError";
  }
}

const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "it is on a read-only file system",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENOTDIR: "a part of the path is a file, not a directory",
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * DATA_DIR must be a directory this process can write: the SQLite database, its WAL and the generated session
 * secret live there. A missing one is created, with its parents, when that is possible; when it cannot be
 * created or written (a read-only mount, the wrong owner, a full disk), the server stops at once with the
 * path named, rather than failing later on the first write. `files` (the database, its WAL) must be
 * writable too when they exist.
 */
export function ensureDataDir(dataDir: string, files: string[] = []): void {
  const fix = "make it writable by the user that runs Attune, or set DATA_DIR to a directory it may write";
  let stat: Stats;
  try {
    stat = statSync(dataDir);
  } catch (error) {
    if (!["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? ""))
      throw new DataDirError(
        `DATA_DIR ${dataDir} cannot be used: ${reason(error)}. Check the path, or ${fix}.`,
      );
    try {
      mkdirSync(dataDir, { recursive: true });
      stat = statSync(dataDir);
    } catch (mkdirError) {
      throw new DataDirError(
        `DATA_DIR ${dataDir} does not exist and could not be created: ${reason(mkdirError)}. ` +
          "Create it, or set DATA_DIR to a directory Attune may write.",
      );
    }
  }
  if (!stat.isDirectory())
    throw new DataDirError(`DATA_DIR ${dataDir} is not a directory. Set DATA_DIR to a directory.`);
  // A real write, not access(2) alone: as root access() says yes to a directory whose mode forbids writing,
  // and only a write finds a full disk.
  const probe = join(dataDir, `.attune-write-test-${process.pid}`);
  try {
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
  } catch (error) {
    throw new DataDirError(
      `DATA_DIR ${dataDir} is read-only or cannot be written: ${reason(error)}. Please ${fix}.`,
    );
  }
  for (const file of files) {
    try {
      accessSync(file, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw new DataDirError(`${file} (in DATA_DIR) is read-only: ${reason(error)}. Please ${fix}.`);
    }
  }
}
