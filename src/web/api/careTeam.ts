// What a clinician sends a family from a case (shared observations and referrals), from both sides: the
// clinician writes them in the case, the family reads them on "From your care team" and moves referrals along.
// The replies' shapes are the contract's (src/contract/care-team.ts), checked against it in development.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReferralContact } from "../../contract/care-team";
import { observationPage, observationSchema, referralPage, referralSchema } from "../../contract/care-team";
import { searchPageSchema } from "../../contract/directory";
import type { ServiceType } from "../../domain/directory/taxonomy";
import type { ReferralStatus } from "../../domain/referral";
import { api } from "./client";

export type { Observation, Referral, ReferralContact } from "../../contract/care-team";

const enc = encodeURIComponent;
const caseKey = (caseId: string, part: string) => ["case", caseId, part] as const;
const familyKey = (familyId: string, part: string) => ["care-team", familyId, part] as const;

// ---- The clinician, in a case ----

export function useCaseObservations(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "observations"),
    queryFn: async () => (await api.get(`/api/cases/${enc(caseId)}/observations`, observationPage)).items,
    retry: false,
  });
}

export function useShareObservation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; babyId?: string; caregiverId?: string }) =>
      api.post(`/api/cases/${enc(caseId)}/observations`, input, observationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "observations") }),
  });
}

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "referrals"),
    queryFn: async () => (await api.get(`/api/cases/${enc(caseId)}/referrals`, referralPage)).items,
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
    mutationFn: (input: NewReferral) =>
      api.post(`/api/cases/${enc(caseId)}/referrals`, input, referralSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "referrals") }),
  });
}

export function useMoveCaseReferral(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ReferralStatus }) =>
      api.patch(`/api/cases/${enc(caseId)}/referrals/${enc(id)}`, { status }, referralSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "referrals") }),
  });
}

/** Public directory listings by name, for the referral form (the directory's own public search). */
export function useProviderLookup(q: string) {
  return useQuery({
    queryKey: ["directory", "lookup", q],
    queryFn: async () =>
      (await api.get(`/api/directory/providers?q=${enc(q)}&limit=10`, searchPageSchema)).items,
    enabled: q.trim().length > 0,
    retry: false,
  });
}

// ---- The family ----

export function useFamilyObservations(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "observations"),
    queryFn: async () =>
      (await api.get(`/api/families/${enc(familyId)}/observations`, observationPage)).items,
  });
}

export function useMarkObservationSeen(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/observations/${enc(id)}/seen`, {}, observationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "observations") }),
  });
}

export function useFamilyReferrals(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "referrals"),
    queryFn: async () => (await api.get(`/api/families/${enc(familyId)}/referrals`, referralPage)).items,
  });
}

export function useMoveReferral(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ReferralStatus }) =>
      api.patch(`/api/referrals/${enc(id)}`, { status }, referralSchema),
    // Refetch even after a 409: another caregiver may have moved it, and the page should show where it is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "referrals") }),
  });
}
