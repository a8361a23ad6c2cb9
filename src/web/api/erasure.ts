// What deleting an account would delete (asked before confirming), handing a family over, and deleting a
// family. Deleting the account itself is useDeleteAccount in account.ts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "./client";
import { type Caregiver, familiesKey, familyKey, type Permission } from "./families";

export interface FamilyErasure {
  id: string;
  name: string;
  permission: Permission;
  /** delete: only you care for it; leave: others keep it; blocked: hand it over or delete it first. */
  fate: "delete" | "leave" | "blocked";
  babies: { id: string; name: string; entries: number }[];
  entries: number;
  ownEntries: number;
  otherCaregivers: { userId: string; name: string }[];
  shares: { id: string; clinician: { name: string; email: string } | null }[];
  /** Where an owner downloads the family's data first. */
  exportPath: string | null;
}

export interface ErasurePreview {
  canDelete: boolean;
  families: FamilyErasure[];
  screenings: number;
  thoughtRecords: number;
  listings: { id: string; name: string }[];
  cases: number;
}

export const erasurePreviewKey = ["erasure-preview"] as const;

/** Asked fresh each time the person opens the confirmation: it must say what is true now. */
export function useErasurePreview(enabled: boolean) {
  return useQuery({
    queryKey: erasurePreviewKey,
    queryFn: () => api.get<ErasurePreview>("/api/me/erasure-preview"),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSetPermission(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, permission }: { userId: string; permission: Permission }) =>
      api.patch<Caregiver>(`/api/families/${familyId}/caregivers/${userId}`, { permission }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: familyKey(familyId) });
      void queryClient.invalidateQueries({ queryKey: familiesKey });
      void queryClient.invalidateQueries({ queryKey: erasurePreviewKey });
    },
  });
}

export function useDeleteFamily(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // DELETE with a body (the password): api.delete sends none.
    mutationFn: (password: string) => apiRequest<null>("DELETE", `/api/families/${familyId}`, { password }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: familyKey(familyId) });
      void queryClient.invalidateQueries({ queryKey: familiesKey });
    },
  });
}
