// Whether a new or changed entry overlaps another of the same kind for the same baby. Checked here, on this
// phone's copy of the log, because saving goes to the local outbox first: the server's rule (the same
// function, src/domain/entries/rules.ts) only runs later, when no one is looking at the screen any more.
import { overlaps } from "../../domain/entries/rules";
import { type EntryType, MAX_DURATION_MS } from "../../domain/entries/vocabulary";
import type { LogDb } from "./db";
import type { LocalEntry } from "./types";

export interface Candidate {
  /** The entry being edited, so it is not compared with its own saved copy. */
  id?: string;
  type: EntryType;
  startedAt: string;
  endedAt: string | null;
}

/** The closest entry that overlaps the candidate, or null. */
export async function findOverlap(
  db: LogDb,
  babyId: string,
  candidate: Candidate,
  now = Date.now(),
): Promise<LocalEntry | null> {
  const start = Date.parse(candidate.startedAt);
  const end = candidate.endedAt ? Date.parse(candidate.endedAt) : Math.max(now, start);
  // No entry lasts a day or more, so anything that overlaps started at most a day before this one.
  const from = new Date(start - MAX_DURATION_MS).toISOString();
  const to = new Date(end + 1).toISOString();
  const near = await db.entries
    .where("[babyId+startedAt]")
    .between([babyId, from], [babyId, to], true, true)
    .filter((e) => !e.deletedAt && e.type === candidate.type && e.id !== candidate.id)
    .toArray();
  const timing = (e: { type: EntryType; startedAt: string; endedAt: string | null }) => ({
    type: e.type,
    startedAt: Date.parse(e.startedAt),
    endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
  });
  const mine = timing(candidate);
  const hits = near.filter((e) => overlaps(mine, timing(e), now));
  hits.sort((a, b) => Math.abs(Date.parse(a.startedAt) - start) - Math.abs(Date.parse(b.startedAt) - start));
  return hits[0] ?? null;
}
