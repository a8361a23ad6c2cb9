// Consent, both sides: a family's shares with clinicians and its access log; a clinician's caseload and cases.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";

export const shareScopes = ["entries", "moments", "screenings", "thought_records", "visit_summary"] as const;
export type ShareScope = (typeof shareScopes)[number];

export interface Share {
  id: string;
  familyId: string;
  familyName: string;
  scopes: ShareScope[];
  state: "waiting" | "active" | "expired" | "revoked" | "unused";
  createdAt: string;
  acceptBy: string;
  acceptedAt: string | null;
  expiresAt: string;
  revokedAt: string | null;
  grantedBy: { id: string; name: string } | null;
  clinician: { id: string; name: string; email: string } | null;
}

export interface AccessEvent {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  /** For a clinician's read or change (case.read, case.write): which part, and for a change what was done. */
  details?: { part?: string; change?: string; scopes?: ShareScope[] };
}

export interface CaseBaby {
  id: string;
  name: string;
  status: "expected" | "born";
  dueDate: string | null;
  ageDays: number | null;
  correctedAgeDays: number | null;
}

export interface CaseSummary {
  id: string;
  familyName: string;
  /** The family's time zone: the log's days begin and end there. */
  timeZone: string;
  scopes: ShareScope[];
  sharedUntil: string;
  openedAt: string;
  babies: CaseBaby[];
  caregivers: { userId: string; name: string; relationship: string }[];
  lastActivityAt: string | null;
  screenings: {
    instrumentId: string;
    userId: string;
    latest: { total: number; completedAt: string };
    previous: { total: number; completedAt: string } | null;
    trend: "up" | "down" | "same" | "first";
  }[];
  safetyFlags: { userId: string; instrumentId: string; completedAt: string }[];
  checkinsDue: {
    requestId: string;
    instrumentId: string;
    caregiverId: string;
    dueOn: string;
    overdue: boolean;
  }[];
}

const sharesKey = (familyId: string) => ["shares", familyId] as const;

export function useShares(familyId: string | undefined) {
  return useQuery({
    queryKey: sharesKey(familyId ?? ""),
    queryFn: async () =>
      (await api.get<{ items: Share[] }>(`/api/consents?familyId=${encodeURIComponent(familyId ?? "")}`))
        .items,
    enabled: Boolean(familyId),
  });
}

export function useAccessLog(familyId: string | undefined) {
  return useQuery({
    queryKey: ["access-log", familyId ?? ""],
    queryFn: async () =>
      (
        await api.get<{ items: AccessEvent[] }>(
          `/api/audit?familyId=${encodeURIComponent(familyId ?? "")}&limit=50`,
        )
      ).items,
    enabled: Boolean(familyId),
  });
}

function useShareMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["shares"] });
      void queryClient.invalidateQueries({ queryKey: ["access-log"] });
    },
  });
}

export const useCreateShare = () =>
  useShareMutation((input: { familyId: string; scopes: ShareScope[]; days: number }) =>
    api.post<Share & { code: string }>("/api/consents", input),
  );
export const useUpdateShare = () =>
  useShareMutation(({ id, scopes }: { id: string; scopes: ShareScope[] }) =>
    api.patch<Share>(`/api/consents/${encodeURIComponent(id)}`, { scopes }),
  );
export const useEndShare = () =>
  useShareMutation((id: string) => api.delete<Share>(`/api/consents/${encodeURIComponent(id)}`));

export function useCaseload(query: { sort: string; q: string; flagged: boolean; due: boolean }) {
  const params = new URLSearchParams({ sort: query.sort, ...(query.q ? { q: query.q } : {}) });
  if (query.flagged) params.set("flagged", "true");
  if (query.due) params.set("due", "true");
  return useQuery({
    queryKey: ["caseload", params.toString()],
    queryFn: () => api.get<{ items: CaseSummary[]; total: number }>(`/api/caseload?${params}`),
  });
}

export function useAcceptShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api.post<{ caseId: string }>(`/api/consents/${encodeURIComponent(code.trim())}/accept`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["caseload"] }),
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ["case", id ?? ""],
    queryFn: () => api.get<CaseSummary>(`/api/cases/${encodeURIComponent(id ?? "")}`),
    enabled: Boolean(id),
    retry: false,
  });
}
