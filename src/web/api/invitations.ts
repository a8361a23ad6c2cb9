// A clinician's invitations to share: the clinician makes a code; a caregiver looks it up (who asks) and
// shares a family with them, choosing what and for how long.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";
import type { Share, ShareScope } from "./sharing";

export interface Invitation {
  id: string;
  code: string;
  useBy: string;
  state: "waiting" | "used" | "expired";
}

export interface InvitationAsker {
  /** emailVerified: the clinician followed the link mailed to that address. */
  clinician: { name: string; email: string; emailVerified?: boolean };
  useBy: string;
}

const path = (code: string) => `/api/share-invitations/${encodeURIComponent(code.trim())}`;

export const useCreateInvitation = () =>
  useMutation({ mutationFn: () => api.post<Invitation>("/api/share-invitations", {}) });

export function useInvitation(code: string | undefined) {
  return useQuery({
    queryKey: ["share-invitation", code ?? ""],
    queryFn: () => api.get<InvitationAsker>(path(code ?? "")),
    enabled: Boolean(code),
    retry: false,
  });
}

export function useAcceptInvitation(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { familyId: string; scopes: ShareScope[]; days: number }) =>
      api.post<Share>(`${path(code)}/accept`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["shares"] });
      void queryClient.invalidateQueries({ queryKey: ["access-log"] });
    },
  });
}
