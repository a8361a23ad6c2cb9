// The directory through the API: public search and profiles, a provider's own listings, and moderation.
// Types mirror the server's presenters (src/server/presenters/directory*.ts).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ListingStatus } from "../../domain/directory/listing";
import type { ListingInput } from "../../domain/directory/listing-input";
import { api } from "./client";

export interface ProviderCard {
  id: string;
  name: string;
  kind: "individual" | "organization";
  organization: string | null;
  services: string[];
  focus: string[];
  approaches: string[];
  credentials: { type: string; verified: boolean; verifiedOn: string | null }[];
  languages: string[];
  insurance: string[];
  slidingScale: boolean;
  accepting: boolean;
  acceptingConfirmedOn: string;
  inPerson: {
    address: string | null;
    city: string;
    region: string | null;
    postcode: string | null;
    country: string;
  } | null;
  telehealth: string[];
  distanceKm?: number;
}

export interface Provider extends ProviderCard {
  about: string;
  fees: string | null;
  contact: { phone?: string; email?: string; website?: string };
  coordinates: { lat: number; lon: number } | null;
  reconfirmDue: boolean;
}

export interface SearchPage {
  items: ProviderCard[];
  total: number;
  nextCursor: string | null;
  near: { label: string; lat: number; lon: number; radiusKm: number } | null;
}

export interface OwnListing extends Provider {
  status: ListingStatus;
  freshness: "fresh" | "reconfirm_due" | "stale";
  reconfirmBy: string;
  hiddenAfter: string;
  moderationNote: string | null;
  pendingCredentials: ListingInput["credentials"] | null;
  input: ListingInput;
  history: { action: string; reason: string | null; at: string }[];
}

export interface ModeratorListing extends OwnListing {
  review: "new" | "credential_change" | "none";
  source: string;
  owner: { id: string; name: string; email: string } | null;
  /** Set when someone applied without an account and no account has taken the listing over. */
  applicantEmail: string | null;
  /** What the listing still lacks before it can be approved (empty when it is whole). */
  missing: string[];
  verifications: {
    type: string;
    detail: string | null;
    verified: { by: string; at: string; method: string } | null;
  }[];
  events: { action: string; reason: string | null; at: string; actorId: string | null }[];
  createdAt: string;
}

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
