// An entry as the web app holds it: the server's shape, plus whether this device still has to send it.
import type { Cue, EntryType, Moment } from "../../domain/entries/vocabulary";

export interface Entry {
  id: string;
  babyId: string;
  caregiverId: string | null;
  type: EntryType;
  startedAt: string;
  endedAt: string | null;
  details: Record<string, unknown>;
  moments: Moment[];
  cues: Cue[];
  feeling: number | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface LocalEntry extends Entry {
  /** 1 while the latest edit (or delete) on this device has not reached the server. IndexedDB can't index booleans. */
  dirty: 0 | 1;
  /** Why the server would not store the last edit (shown with the entry, so nothing vanishes silently). */
  refused?: string;
}

export type EntryDraft = Pick<Entry, "type" | "startedAt" | "details"> &
  Partial<Pick<Entry, "endedAt" | "moments" | "cues" | "feeling" | "note">>;
