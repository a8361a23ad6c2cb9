// A new application's draft, kept in this tab while it is filled in: it survives a reload, and a detour to
// sign in with an existing account, and is forgotten once sent. Session storage, not local: a listing draft
// should not wait on a shared computer for the next person. (Edits start from the listing itself.)
import { type Draft, restoreDraft } from "./listingDraft";

const KEY = "attune.directoryApplication";

export function savedDraft(): Draft | null {
  try {
    return restoreDraft(JSON.parse(sessionStorage.getItem(KEY) ?? "null"));
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage can be full or blocked: the form still works, it just is not kept.
  }
}

export function forgetDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
