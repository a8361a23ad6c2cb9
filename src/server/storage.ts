import type { AttuneDb } from "../db/database.js";
import { writeLockProbe } from "../db/probe.js";
import { HttpError } from "./errors.js";

/**
 * When the database cannot write: the disk (or quota) is full, or the database became read-only.
 *
 * Such a failure is answered with a status that says so (507 Insufficient Storage, 503 for read-only) and
 * the error's own name in the log (SQLITE_FULL, not the "cannot rollback" that used to hide it: see
 * database.ts), and it is remembered so that `/api/health` reports the database as not writable until a
 * later write succeeds.
 */
export type StorageProblem = "full" | "read_only";

const fullCodes = new Set(["SQLITE_FULL", "ENOSPC", "EDQUOT", "53100" /* Postgres disk_full */]);
const readOnlyCodes = new Set(["EROFS", "25006" /* Postgres read_only_sql_transaction */]);

/** The storage problem behind an error, looking through a few layers of `cause`. */
export function storageProblem(error: unknown): { problem: StorageProblem; code: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") {
      if (fullCodes.has(code)) return { problem: "full", code };
      if (readOnlyCodes.has(code) || code.startsWith("SQLITE_READONLY"))
        return { problem: "read_only", code };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function storageHttpError(problem: StorageProblem): HttpError {
  return problem === "full"
    ? new HttpError(
        507,
        "storage_full",
        "The server has run out of disk space, so this was not saved. Please try again later: the server's " +
          "owner needs to free some space.",
      )
    : new HttpError(
        503,
        "storage_read_only",
        "The server cannot save anything right now: its database is read-only. Please try again later.",
      );
}

interface StorageState {
  problem?: { problem: StorageProblem; code: string; at: number };
  /** The last lock probe, reused for a second so that a load balancer hammering health costs nothing. */
  probe?: { at: number; result: Writability };
}
const states = new WeakMap<AttuneDb, StorageState>();

function stateOf(database: AttuneDb): StorageState {
  let state = states.get(database);
  if (!state) {
    state = {};
    states.set(database, state);
  }
  return state;
}

/**
 * A write failed for lack of space: health says so until a write succeeds. (Read-only needs no memory:
 * the probe below sees it by itself, and sees it end.)
 */
export function noteStorageProblem(database: AttuneDb, found: { problem: StorageProblem; code: string }) {
  if (found.problem === "full") stateOf(database).problem = { ...found, at: Date.now() };
}

/** A write went through: whatever stopped writes before has been fixed. */
export function noteWriteSucceeded(database: AttuneDb) {
  const state = states.get(database);
  if (state) state.problem = undefined;
}

export type Writability = { writable: true } | { writable: false; problem: StorageProblem; code: string };

/**
 * Can the database write now? Cheap enough for a monitor to ask every few seconds, and it changes nothing:
 * SQLite takes the write lock (`BEGIN IMMEDIATE`) and lets it go, which fails on a read-only file or
 * directory; Postgres is asked whether a transaction would be read-only (a standby, or
 * default_transaction_read_only), which is what a write would fail with (25006). Neither finds a full disk
 * without writing, so a write that failed for lack of space since the last successful one counts too.
 * The probe's answer is reused for a second.
 */
export async function probeWritable(database: AttuneDb): Promise<Writability> {
  const state = stateOf(database);
  const now = Date.now();
  if (!state.probe || now - state.probe.at > 1_000)
    state.probe = { at: now, result: await lockProbe(database) };
  if (!state.probe.result.writable) return state.probe.result;
  const remembered = state.problem;
  return remembered
    ? { writable: false, problem: remembered.problem, code: remembered.code }
    : { writable: true };
}

async function lockProbe(database: AttuneDb): Promise<Writability> {
  try {
    if ((await writeLockProbe(database)) === "read_only")
      return { writable: false, problem: "read_only", code: "25006" };
  } catch (error) {
    const found = storageProblem(error);
    if (found) return { writable: false, ...found };
    throw error;
  }
  return { writable: true };
}
