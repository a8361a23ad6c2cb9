// The log on this device (IndexedDB through Dexie). One database per account, so a shared phone never
// shows one person's family to the next person who signs in.
import { Dexie, type EntityTable } from "dexie";
import type { LocalEntry } from "./types";

interface Meta {
  key: string;
  value: string;
}

export type LogDb = Dexie & {
  entries: EntityTable<LocalEntry, "id">;
  meta: EntityTable<Meta, "key">;
};

// Dexie turns on its debug mode by itself when the page's address is localhost or 127.0.0.1: every read and
// write then records an async stack for DevTools, several times slower. Attune runs the same everywhere, so a
// phone on a home server, a test and a benchmark measure what a family gets in production.
Dexie.debug = false;

const open = new Map<string, LogDb>();

export function logDb(userId: string): LogDb {
  let db = open.get(userId);
  // Signing out deletes the database, which closes this copy; the next sign-in opens a fresh one.
  if (!db || db.hasBeenClosed()) {
    db = new Dexie(`attune-log-${userId}`) as LogDb;
    db.version(1).stores({ entries: "id, [babyId+startedAt], dirty", meta: "key" });
    open.set(userId, db);
  }
  return db;
}
