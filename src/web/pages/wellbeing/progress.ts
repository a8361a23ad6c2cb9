// Save and resume: a check-in's answers stay on this phone, per instrument, until it is submitted.
import { CHECK_IN_KEYS } from "../../api/checkInQueue";

export interface Progress {
  answers: Record<string, number>;
  index: number;
  babyId?: string;
  /**
   * Made the first time the check-in is finished and kept with its answers, so that sending it again (after
   * a lost reply, or from the offline queue) is the same check-in to the server, stored once.
   */
  clientId?: string;
}

const key = (instrumentId: string) => `${CHECK_IN_KEYS.progress}${instrumentId}`;

export function loadProgress(instrumentId: string): Progress {
  try {
    const stored = JSON.parse(localStorage.getItem(key(instrumentId)) ?? "null") as Progress | null;
    if (stored && typeof stored.answers === "object" && typeof stored.index === "number") return stored;
  } catch {
    // A broken or blocked store: start fresh.
  }
  return { answers: {}, index: 0 };
}

export function saveProgress(instrumentId: string, progress: Progress): void {
  try {
    localStorage.setItem(key(instrumentId), JSON.stringify(progress));
  } catch {
    // Not kept across visits; the check-in still works now.
  }
}

export function clearProgress(instrumentId: string): void {
  try {
    localStorage.removeItem(key(instrumentId));
  } catch {
    // Nothing to clear.
  }
}

export function hasProgress(instrumentId: string): boolean {
  return Object.keys(loadProgress(instrumentId).answers).length > 0;
}
