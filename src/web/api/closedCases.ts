// A clinician's closed cases, shaped by the contract (src/contract/closed-cases.ts): their own notes and
// formulations, kept after the family behind a case deleted its data. Nothing of the family is in them.
import { useQuery } from "@tanstack/react-query";
import {
  type ClosedCase,
  type ClosedCaseReason,
  type ClosedCaseRecord,
  closedCaseReply,
  closedCasesReply,
} from "../../contract/closed-cases";
import { api } from "./client";

export type { ClosedCase, ClosedCaseReason, ClosedCaseRecord };

export function useClosedCases() {
  return useQuery({
    queryKey: ["closed-cases"],
    queryFn: () => api.get("/api/closed-cases", closedCasesReply),
  });
}

export function useClosedCase(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["closed-cases", id],
    queryFn: () => api.get(`/api/closed-cases/${id}`, closedCaseReply),
    enabled,
  });
}
