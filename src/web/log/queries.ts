// Reading the log on this device. Deleted entries stay stored as tombstones until synced, so every read
// leaves them out here.
import { durationTypes, type EntryType } from "../../domain/entries/vocabulary";
import type { LogDb } from "./db";
import type { LocalEntry } from "./types";

const visible = (e: LocalEntry) => !e.deletedAt;

/** Entries that started in [from, to), oldest first. */
export function entriesBetween(db: LogDb, babyId: string, from: Date, to: Date): Promise<LocalEntry[]> {
  return db.entries
    .where("[babyId+startedAt]")
    .between([babyId, from.toISOString()], [babyId, to.toISOString()], true, false)
    .filter(visible)
    .toArray();
}

/** Timers still running: duration entries with no end yet, whoever started them. */
export function runningEntries(db: LogDb, babyId: string): Promise<LocalEntry[]> {
  return db.entries
    .where("[babyId+startedAt]")
    .between([babyId, ""], [babyId, "\uffff"])
    .filter((e) => visible(e) && e.endedAt === null && durationTypes.has(e.type))
    .toArray();
}

export async function lastOfType(db: LogDb, babyId: string, type: EntryType): Promise<LocalEntry | null> {
  const found = await db.entries
    .where("[babyId+startedAt]")
    .between([babyId, ""], [babyId, "\uffff"])
    .reverse()
    .filter((e) => visible(e) && e.type === type)
    .first();
  return found ?? null;
}

export function newestFirst(db: LogDb, babyId: string, type: EntryType | "all", limit: number) {
  return db.entries
    .where("[babyId+startedAt]")
    .between([babyId, ""], [babyId, "\uffff"])
    .reverse()
    .filter((e) => visible(e) && (type === "all" || e.type === type))
    .limit(limit)
    .toArray();
}

export function countWaiting(db: LogDb): Promise<number> {
  return db.entries.where("dirty").equals(1).count();
}

/** Timers running for any of these babies (a family's twins), oldest first. */
export async function runningForBabies(db: LogDb, babyIds: string[]): Promise<LocalEntry[]> {
  const all = await Promise.all(babyIds.map((id) => runningEntries(db, id)));
  return all.flat().sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
