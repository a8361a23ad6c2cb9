import type { Kysely } from "kysely";
import type { ValidEntry } from "../../domain/entries/entry.js";
import type { Database } from "../schema.js";

/**
 * What an entry says, however it arrives: a phone's write, a sync push, an import, a family's export (whose
 * type may be one of the family's own, so any text).
 */
export type EntryContent = Omit<ValidEntry, "id" | "type"> & { type: string };

/**
 * An entry's content as the `entries` columns hold it: the lists and details as JSON text. The one
 * mapping every writer uses, so an entry written by a phone and one written by an import read back alike.
 */
export function entryContentColumns(e: EntryContent) {
  return {
    type: e.type,
    started_at: e.startedAt,
    ended_at: e.endedAt,
    details: JSON.stringify(e.details),
    moments: JSON.stringify(e.moments),
    cues: JSON.stringify(e.cues),
    feeling: e.feeling,
    note: e.note,
  };
}

/**
 * Takes `count` steps of the change counter at once and returns the first of them (the others follow it
 * one by one). Taking the counter row inside the writer's transaction serialises writers, so sync, which
 * asks for changes "greater than" the last it saw, never misses one.
 */
export async function takeChangeNumbers(tx: Kysely<Database>, count: number): Promise<number> {
  const row = await tx
    .updateTable("change_counter")
    .set((eb) => ({ value: eb("value", "+", count) }))
    .where("id", "=", 1)
    .returning("value")
    .executeTakeFirstOrThrow();
  return Number(row.value) - count + 1;
}
