// What every reader checks before it offers a row: Attune could keep it (a length under a day, details its
// schema accepts). One place, so a preview's errors are the same whichever app made the file.
import { detailSchemas } from "../entries/details.js";
import { type EntryType, MAX_DURATION_MS } from "../entries/vocabulary.js";

/** A column name as headers write it, for matching by name: no byte-order mark, no case, no padding. */
export const columnName = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

/** Why Attune could not keep a row it has read (a 30-hour sleep, a 90 kg baby), or null when it can. */
export function unstorable(read: {
  type: EntryType;
  startedAt: number;
  endedAt: number | null;
  details: Record<string, unknown>;
}): string | null {
  if (read.endedAt !== null && read.endedAt - read.startedAt >= MAX_DURATION_MS)
    return "It lasts 24 hours or more, longer than one entry can.";
  const details = detailSchemas[read.type].safeParse(read.details);
  if (details.success) return null;
  const issue = details.error.issues[0];
  return `Its ${issue?.path.join(".") || "details"} cannot be kept: ${issue?.message ?? "not a value Attune records"}.`;
}
