// Every change to the log goes through here: saved on this device at once, then sent by the outbox.
import { uuidv7 } from "../../domain/ids";
import type { LogSync } from "./sync";
import type { Entry, EntryDraft, LocalEntry } from "./types";

export async function addEntry(sync: LogSync, babyId: string, draft: EntryDraft): Promise<LocalEntry> {
  const now = new Date().toISOString();
  const entry: LocalEntry = {
    id: uuidv7(),
    babyId,
    caregiverId: null,
    endedAt: null,
    moments: [],
    cues: [],
    feeling: null,
    note: null,
    ...draft,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    dirty: 1,
  };
  await sync.db.entries.put(entry);
  sync.nudge();
  return entry;
}

export type EntryPatch = Partial<
  Pick<Entry, "startedAt" | "endedAt" | "details" | "moments" | "cues" | "feeling" | "note">
>;

export async function editEntry(sync: LogSync, id: string, patch: EntryPatch): Promise<void> {
  // Strictly later than the last edit, so two quick taps on the same phone keep their order.
  const current = await sync.db.entries.get(id);
  if (!current) return;
  const updatedAt = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1)).toISOString();
  await sync.db.entries.update(id, { ...patch, updatedAt, dirty: 1, refused: undefined });
  sync.nudge();
}

export async function removeEntry(sync: LogSync, id: string): Promise<void> {
  await sync.db.entries.update(id, {
    deletedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    dirty: 1,
  });
  sync.nudge();
}

/** Undo a delete: the entry comes back as a later edit, which wins over the tombstone. */
export async function restoreEntry(sync: LogSync, id: string): Promise<void> {
  const current = await sync.db.entries.get(id);
  if (!current) return;
  const updatedAt = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1)).toISOString();
  await sync.db.entries.update(id, { deletedAt: null, updatedAt, dirty: 1, refused: undefined });
  sync.nudge();
}
