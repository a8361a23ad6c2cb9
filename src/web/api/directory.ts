// The directory through the API: public search and profiles, a provider's own listings, and moderation.
// The replies' types are the contract's (src/contract/directory.ts). Imported as types only: the app's shell
// asks for the person's own listings, and the first screen should not load zod to check them.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ModeratorListing,
  OwnListing,
  Provider,
  ProviderCard,
  SearchPage,
} from "../../contract/directory";
import type { ListingStatus } from "../../domain/directory/listing";
import type { ListingInput } from "../../domain/directory/listing-input";
import { api } from "./client";

export type { ModeratorListing, OwnListing, Provider, ProviderCard, SearchPage };

/** Searches by the same query string the page's address holds, so a shared link searches the same. */
export function useProviderSearch(query: string) {
  return useInfiniteQuery({
    queryKey: ["directory", "search", query],
    queryFn: ({ pageParam }) =>
      api.get<SearchPage>(
        `/api/directory/providers?${query}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: ["directory", "provider", id],
    queryFn: () => api.get<Provider>(`/api/directory/providers/${encodeURIComponent(id)}`),
    retry: false,
  });
}

const mineKey = ["directory", "mine"] as const;

export function useMyListings(enabled = true) {
  return useQuery({
    queryKey: mineKey,
    queryFn: async () => (await api.get<{ items: OwnListing[] }>("/api/directory/mine")).items,
    enabled,
  });
}

export function useSaveListing(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ListingInput) =>
      id
        ? api.put<OwnListing>(`/api/directory/providers/${encodeURIComponent(id)}`, input)
        : api.post<OwnListing>("/api/directory/applications", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["directory"] }),
  });
}

export function useReconfirm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accepting }: { id: string; accepting: boolean }) =>
      api.post<OwnListing>(`/api/directory/providers/${encodeURIComponent(id)}/reconfirm`, { accepting }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["directory"] }),
  });
}

export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/directory/providers/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["directory"] }),
  });
}

/** The moderation queue, oldest first, a page at a time (the API's cursor). */
export function useModerationQueue(status: ListingStatus, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["directory", "moderation", status],
    queryFn: ({ pageParam }) =>
      api.get<{ items: ModeratorListing[]; nextCursor: string | null }>(
        `/api/directory/moderation/queue?status=${status}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export type ModerationDecision =
  | { kind: "approve" }
  | { kind: "reject" | "request-changes"; reason: string }
  | { kind: "verify"; credential: string; method: string }
  | { kind: "credentials-approve" }
  | { kind: "credentials-reject"; reason: string };

export function useModerate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (d: ModerationDecision) => {
      const base = `/api/directory/moderation/${encodeURIComponent(id)}`;
      switch (d.kind) {
        case "approve":
          return api.post<ModeratorListing>(`${base}/approve`, {});
        case "reject":
        case "request-changes":
          return api.post<ModeratorListing>(`${base}/${d.kind}`, { reason: d.reason });
        case "verify":
          return api.post<ModeratorListing>(`${base}/credentials/${d.credential}/verify`, {
            method: d.method,
          });
        case "credentials-approve":
          return api.post<ModeratorListing>(`${base}/credential-changes/approve`, {});
        case "credentials-reject":
          return api.post<ModeratorListing>(`${base}/credential-changes/reject`, { reason: d.reason });
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["directory"] }),
  });
}
