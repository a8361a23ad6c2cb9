// Which family the log shows, for someone in more than one (a nanny for two families, a grandparent of
// cousins). Remembered on this device like the baby choice; one shared store, so the header and the log
// screens never disagree about it.
import { useSyncExternalStore } from "react";
import { type FamilySummary, useFamilies } from "../api/families";
import { LOG_CHOICES } from "../api/storedKeys";

const FAMILY_CHOICE_KEY = LOG_CHOICES.family;
const listeners = new Set<() => void>();
let memory: string | null = null;

function read(): string | null {
  try {
    return localStorage.getItem(FAMILY_CHOICE_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab switching families switches this one too.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function chooseFamily(id: string): void {
  try {
    localStorage.setItem(FAMILY_CHOICE_KEY, id);
  } catch {
    // No storage (private browsing): the choice lasts until the page closes.
    memory = id;
  }
  for (const listener of listeners) listener();
}

function chosenId(): string | null {
  return read() ?? memory;
}

/**
 * The families this person is in, and the one the log is about (the remembered one, else the first).
 * `enabled: false` asks the server nothing (signed out), leaving what this device last knew.
 */
export function useChosenFamily(options: { enabled?: boolean } = {}): {
  families: ReturnType<typeof useFamilies>;
  summary: FamilySummary | undefined;
} {
  const families = useFamilies(options);
  const id = useSyncExternalStore(subscribe, chosenId, () => null);
  const list = families.data ?? [];
  // A family left or removed since it was chosen falls back to the first one.
  const summary = list.find((f) => f.id === id) ?? list[0];
  return { families, summary };
}
