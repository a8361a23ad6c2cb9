// What a clinician asks of a family (things to read or try, and check-ins), from both sides: the clinician
// sends and follows them in the case; the family answers them on "From your care team".
// Types mirror src/server/presenters/{assignment,checkin-request}.ts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AssignmentKind, AssignmentStatus } from "../../domain/assignment";
import { api } from "./client";

type Person = { id: string; name: string };

export interface Assignment {
  id: string;
  clinician: Person | null;
  kind: AssignmentKind;
  ref: string;
  title: string;
  summary: string;
  path: string | null;
  note: string | null;
  status: AssignmentStatus;
  statusAt: string | null;
  answeredBy: Person | null;
  reflection: string | null;
  createdAt: string;
}

export interface CheckInSchedule {
  startsOn: string;
  everyWeeks: number | null;
  until: string | null;
  times: number | null;
}

export interface CaseCheckIn {
  id: string;
  caregiver: Person;
  instrumentId: string;
  instrumentName: string;
  schedule: CheckInSchedule;
  dueDates: string[];
  latestDueOn: string | null;
  nextDueOn: string | null;
  result: "shared" | "not_shared_yet" | "not_due_yet";
  shared: { screeningId: string; completedAt: string; total: number } | null;
  running: boolean;
  createdAt: string;
  stoppedAt: string | null;
}

export interface FamilyCheckIn {
  id: string;
  clinician: Person | null;
  caregiver: Person;
  mine: boolean;
  instrumentId: string;
  instrumentName: string;
  path: string;
  everyWeeks: number | null;
  state: "due" | "done" | "upcoming" | null;
  dueOn: string | null;
  nextDueOn: string | null;
}

export type NewCheckIn = {
  caregiverId: string;
  instrumentId: string;
  startsOn?: string;
  everyWeeks?: number;
  until?: string;
  times?: number;
};

type Page<T> = { items: T[]; nextCursor: string | null };

const enc = encodeURIComponent;
const caseKey = (caseId: string, part: string) => ["case", caseId, part] as const;
const familyKey = (familyId: string, part: string) => ["care-team", familyId, part] as const;

// ---- The clinician, in a case ----

export function useCaseAssignments(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "assignments"),
    queryFn: async () => (await api.get<Page<Assignment>>(`/api/cases/${enc(caseId)}/assignments`)).items,
    retry: false,
  });
}

export function useSendAssignment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: AssignmentKind; ref: string; note?: string }) =>
      api.post<Assignment>(`/api/cases/${enc(caseId)}/assignments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(caseId, "assignments") }),
  });
}

export function useCaseCheckIns(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId, "checkins"),
    queryFn: () =>
      api.get<{ today: string; resultsShared: boolean; items: CaseCheckIn[] }>(
        `/api/cases/${enc(caseId)}/checkins`,
      ),
    retry: false,
  });
}

export function useAskCheckIn(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCheckIn) => api.post<CaseCheckIn>(`/api/cases/${enc(caseId)}/checkins`, input),
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
      (await api.get<Page<Assignment>>(`/api/families/${enc(familyId)}/assignments?lang=${enc(lang)}`)).items,
  });
}

export function useAnswerAssignment(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...answer }: { id: string; status: "read" | "tried"; reflection?: string }) =>
      api.patch<Assignment>(`/api/assignments/${enc(id)}`, answer),
    onSettled: () => queryClient.invalidateQueries({ queryKey: familyKey(familyId, "assignments") }),
  });
}

export function useFamilyCheckIns(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId, "checkin-requests"),
    queryFn: () =>
      api.get<{ today: string; items: FamilyCheckIn[] }>(`/api/families/${enc(familyId)}/checkin-requests`),
  });
}
