// A clinician's closed cases (types mirror src/server/routes/closed-cases.ts): their own notes and
// formulations, kept after the family behind a case deleted its data. Nothing of the family is in them.
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";

export type ClosedCaseReason = "family_erased" | "family_deleted" | "caregiver_erased" | "baby_deleted";

export interface ClosedCase {
  id: string;
  reason: ClosedCaseReason;
  openedAt: string;
  closedAt: string;
  notes: number;
  formulations: number;
}

export type ClosedCaseRecord =
  | {
      id: string;
      kind: "note";
      createdAt: string;
      note: {
        kind: string;
        text: string;
        updatedAt: string;
        signedAt: string | null;
        amendments: { text: string; createdAt: string }[];
      };
    }
  | {
      id: string;
      kind: "formulation";
      createdAt: string;
      formulation: { dyad: number; version: number; parts: Record<string, Record<string, string>> };
    };

export function useClosedCases() {
  return useQuery({
    queryKey: ["closed-cases"],
    queryFn: () => api.get<{ items: ClosedCase[] }>("/api/closed-cases"),
  });
}

export function useClosedCase(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["closed-cases", id],
    queryFn: () => api.get<ClosedCase & { records: ClosedCaseRecord[] }>(`/api/closed-cases/${id}`),
    enabled,
  });
}
