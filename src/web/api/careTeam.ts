// What a clinician sends a family from a case (shared observations and referrals), from both sides: the
// clinician writes them in the case, the family reads them on "From your care team" and moves referrals along.
// Types mirror src/server/presenters/{observation,referral}.ts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ServiceType } from "../../domain/directory/taxonomy";
import type { ReferralStatus } from "../../domain/referral";
import { api } from "./client";
import type { ProviderCard } from "./directory";

export interface Observation {
  id: string;
  clinician: { id: string; name: string } | null;
  baby: { id: string; name: string } | null;
  caregiver: { id: string; name: string } | null;
  text: string;
  createdAt: string;
  seenAt: string | null;
}

export interface ReferralContact {
  phone?: string;
  email?: string;
  website?: string;
}

export interface Referral {
  id: string;
  clinician: { id: string; name: string } | null;
  provider: {
    source: "directory" | "written_in";
    id: string | null;
    name: string;
    contact: ReferralContact | null;
    listed: boolean;
  };
  service: ServiceType;
  note: string | null;
  status: ReferralStatus;
  statusChangedAt: string;
  nextStatuses: ReferralStatus[];
  createdAt: string;
}

type Page<T> = { items: T[]; nextCursor: string | null };

const enc = encodeURIComponent;
const caseKey = (caseId: string, part: string) => ["case", caseId, part] as const;
const familyKey = (familyId: string, part: string) => ["care-team", familyId, part] as const;

// ---- The clinician, in a case ----

export function useCaseObservations(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "observations"),
    queryFn: async () => (await api.get<Page<Observation>>(`/api/cases/${enc(caseId)}/observations`)).items,
    retry: false,
  });
}

export function useShareObservation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; babyId?: string; caregiverId?: string }) =>
      api.post<Observation>(`/api/cases/${enc(caseId)}/observations`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "observations") }),
  });
}

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "referrals"),
    queryFn: async () => (await api.get<Page<Referral>>(`/api/cases/${enc(caseId)}/referrals`)).items,
    retry: false,
  });
}

export type NewReferral = { service: ServiceType; note?: string } & (
  | { providerId: string }
  | { name: string; contact?: ReferralContact }
);

export function useMakeReferral(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewReferral) => api.post<Referral>(`/api/cases/${enc(caseId)}/referrals`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "referrals") }),
  });
}

export function useMoveCaseReferral(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ReferralStatus }) =>
      api.patch<Referral>(`/api/cases/${enc(caseId)}/referrals/${enc(id)}`, { status }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "referrals") }),
  });
}

/** Public directory listings by name, for the referral form (the directory's own public search). */
export function useProviderLookup(q: string) {
  return useQuery({
    queryKey: ["directory", "lookup", q],
    queryFn: async () =>
      (await api.get<Page<ProviderCard>>(`/api/directory/providers?q=${enc(q)}&limit=10`)).items,
    enabled: q.trim().length > 0,
    retry: false,
  });
}

// ---- The family ----

export function useFamilyObservations(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "observations"),
    queryFn: async () =>
      (await api.get<Page<Observation>>(`/api/families/${enc(familyId)}/observations`)).items,
  });
}

export function useMarkObservationSeen(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Observation>(`/api/observations/${enc(id)}/seen`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "observations") }),
  });
}

export function useFamilyReferrals(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "referrals"),
    queryFn: async () => (await api.get<Page<Referral>>(`/api/families/${enc(familyId)}/referrals`)).items,
  });
}

export function useMoveReferral(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ReferralStatus }) =>
      api.patch<Referral>(`/api/referrals/${enc(id)}`, { status }),
    // Refetch even after a 409: another caregiver may have moved it, and the page should show where it is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "referrals") }),
  });
}
