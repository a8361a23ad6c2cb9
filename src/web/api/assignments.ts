// What a clinician asks of a family (things to read or try, and check-ins), from both sides: the clinician
// sends and follows them in the case; the family answers them on "From your care team". The replies'
// shapes are the contract's (src/contract/assignments.ts), checked against it in development.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type Assignment,
  assignmentPage,
  assignmentSchema,
  type CaseCheckIn,
  type CheckInSchedule,
  caseCheckinSchema,
  caseCheckinsReply,
  type FamilyCheckIn,
  familyCheckinsReply,
} from "../../contract/assignments";
import type { AssignmentKind } from "../../domain/assignment";
import { api } from "./client";

export type { Assignment, CaseCheckIn, CheckInSchedule, FamilyCheckIn };

export type NewCheckIn = {
  caregiverId: string;
  instrumentId: string;
  startsOn?: string;
  everyWeeks?: number;
  until?: string;
  times?: number;
};

const enc = encodeURIComponent;
const caseKey = (caseId: string, part: string) => ["case", caseId, part] as const;
const familyKey = (familyId: string, part: string) => ["care-team", familyId, part] as const;

// ---- The clinician, in a case ----

export function useCaseAssignments(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "assignments"),
    queryFn: async () => (await api.get(`/api/cases/${enc(caseId)}/assignments`, assignmentPage)).items,
    retry: false,
  });
}

export function useSendAssignment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: AssignmentKind; ref: string; note?: string }) =>
      api.post(`/api/cases/${enc(caseId)}/assignments`, input, assignmentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "assignments") }),
  });
}

export function useCaseCheckIns(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "checkins"),
    queryFn: () => api.get(`/api/cases/${enc(caseId)}/checkins`, caseCheckinsReply),
    retry: false,
  });
}

export function useAskCheckIn(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCheckIn) =>
      api.post(`/api/cases/${enc(caseId)}/checkins`, input, caseCheckinSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "checkins") }),
  });
}

export function useStopCheckIn(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/cases/${enc(caseId)}/checkins/${enc(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "checkins") }),
  });
}

// ---- The family ----

export function useFamilyAssignments(familyId: string, lang: string) {
  return useQuery({
    queryKey: [...familyKey(familyId, "assignments"), lang],
    queryFn: async () =>
      (await api.get(`/api/families/${enc(familyId)}/assignments?lang=${enc(lang)}`, assignmentPage)).items,
  });
}

export function useAnswerAssignment(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...answer }: { id: string; status: "read" | "tried"; reflection?: string }) =>
      api.patch(`/api/assignments/${enc(id)}`, answer, assignmentSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "assignments") }),
  });
}

export function useFamilyCheckIns(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "checkin-requests"),
    queryFn: () => api.get(`/api/families/${enc(familyId)}/checkin-requests`, familyCheckinsReply),
  });
}
