// The app's first answer from the server: the account, its families and the family the log opens on, in one
// request (GET /api/bootstrap). index.html preloads it while the scripts download, so on a slow phone network
// the first screen waits for one round trip, not a chain of three. It is used once; later questions about
// the account go to /api/me, and families to their own routes.
import { api } from "./client";
import { type Family, type FamilySummary, seedFamilies } from "./families";
import type { Me } from "./types";

interface BootstrapReply extends Me {
  families: FamilySummary[];
  family: Family | null;
}

let taken = false;

/**
 * The account from the bootstrap reply, with its families put in the query cache; undefined once it has
 * been taken (the caller then asks /api/me). Errors are the client's: ApiError 401 means signed out.
 */
export async function takeBootstrap(): Promise<Me | undefined> {
  if (taken) return undefined;
  taken = true;
  // The URL must stay exactly the preloaded one (index.html), or the browser fetches it a second time.
  const { families, family, ...me } = await api.get<BootstrapReply>("/api/bootstrap");
  seedFamilies(families, family);
  return me;
}
